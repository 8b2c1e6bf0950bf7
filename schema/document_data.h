// The document data stored with each letter: what the searcher shows without
// going back to the file. Encoded as JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace letterbox::schema {

struct PartyData {
  std::string name;
  std::string role;
  std::string organisation;
  std::string address;
};

struct EntityData {
  std::string kind;     // person, body, grade, place
  std::string id;       // canonical slug, as in the X?I terms
  std::string name;     // canonical display name
  std::string role;     // a person's role where the letter states it
  std::string aspect;   // for a grade: what was graded, where stated
  bool minister = false;  // a person holding ministerial office on the date
  std::string office;   // that office
};

struct DocumentData {
  std::string id;            // canonical path, as in the Q term
  std::string path;          // the path as the user gave it
  std::string title;
  std::string date;          // YYYY-MM-DD, or empty
  std::string type;          // letter, minutes, report, email
  PartyData sender;
  std::vector<PartyData> recipients;
  std::vector<PartyData> cc;
  std::vector<PartyData> attendees;
  std::string salutation;
  std::string subject;
  std::string signoff;
  std::vector<EntityData> entities;
  std::string content_hash;  // as in kContentHashSlot
  std::string text;          // the original text, for display and snippets
  // Where the text came from. Indexes made before these fields decode them
  // with the defaults.
  std::string format = "text";    // pdf, pdf-ocr, image-ocr, html, email, text; as the F term
  bool ocr = false;               // some text was recognised from images: words may be misread
  std::vector<std::size_t> pages;  // byte offset in text where each page begins (PDFs, images);
                                   // pages are parted by a form feed
  std::string parent;             // identifier of the message an attachment came with
  std::string source_title;       // the file's own metadata (PDF Title, HTML <title>),
  std::string source_author;      // kept but never trusted over the letter's own text
  std::string source_date;        // PDF creation date, YYYY-MM-DD
};

// The page (1-based) that holds the text at this byte offset; 0 when the
// document has no pages.
std::size_t page_at(const DocumentData& data, std::size_t offset);
// The text of one page (1-based); empty when there is no such page.
std::string_view page_text(const DocumentData& data, std::size_t page);

std::string encode_document_data(const DocumentData& data);
// Throws std::runtime_error when the data is not a Letterbox document.
DocumentData decode_document_data(std::string_view encoded);

}  // namespace letterbox::schema
