// The structure of one letter, as parse_letter finds it.
#pragma once

#include <string>
#include <vector>

namespace letterbox {

enum class DocType { letter, minutes, report, email };
std::string to_string(DocType type);

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  bool valid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31; }
  std::string iso() const;      // "2011-12-21", or "" when not valid
  std::string compact() const;  // "20111221", or "" when not valid
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Someone who sends, receives, is copied in or attends.
struct Party {
  std::string name;          // "Keith Wakefield" (honorifics such as Cllr, Rt Hon, MP removed)
  std::string title;         // the honorifics removed from the name: "Councillor", "Rt Hon ... MP"
  std::string role;          // "Leader of Leeds City Council"
  std::string organisation;  // "Leeds City Council"
  std::string address;       // address lines joined by ", "
  friend bool operator==(const Party&, const Party&) = default;
};

struct Letter {
  DocType type = DocType::letter;
  Date date;              // the letter's own date (dateline), not dates it mentions
  std::string date_text;  // the text the date was read from
  Party sender;
  std::vector<Party> recipients;
  std::string salutation;  // "Dear Councillor Wakefield"
  std::string subject;     // "LEEDS CITY COUNCIL: OFSTED SINGLE INSPECTION ..."
  std::string signoff;     // "Yours sincerely"
  std::vector<Party> cc;
  std::vector<Party> attendees;
  std::string title;  // subject, else a heading, else a description such as
                      // "Letter from Tim Loughton to Keith Wakefield"
  std::string body;   // the text from the salutation to the sign-off
};

}  // namespace letterbox
