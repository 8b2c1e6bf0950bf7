#include "gold.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "schema/edit_distance.h"

namespace letterbox::eval {
namespace {

constexpr std::array<std::string_view, 9> kFields{"date",   "type", "sender", "recipient", "minister",
                                                  "person", "body", "grade",  "place"};
constexpr std::array<std::string_view, 4> kTypes{"letter", "minutes", "report", "email"};

std::string trim(std::string_view text) {
  const auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!text.empty() && is_space(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && is_space(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// '#' starts a comment at the start of a line or after a space, so that a
// '#' inside a value ("Room #4") survives.
std::string_view strip_comment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  return line;
}


std::optional<std::string_view> closest_field(std::string_view key) {
  for (const auto field : kFields)
    if (edit_distance(key, field) <= 2) return field;
  return std::nullopt;
}

bool is_valid_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::vector<std::string> split_bars(const std::string& value) {
  std::vector<std::string> parts;
  std::istringstream stream(value);
  std::string part;
  while (std::getline(stream, part, '|')) parts.push_back(trim(part));
  if (!value.empty() && value.back() == '|') parts.emplace_back();
  return parts;
}

// Reads the lines of one gold file, remembering where each single-valued
// field and each list entry was first given.
class GoldParser {
 public:
  explicit GoldParser(std::string source_name) : source_(std::move(source_name)) {}

  void line(std::string_view raw, int number) {
    number_ = number;
    const std::string text = trim(strip_comment(raw));
    if (text.empty()) return;
    const size_t colon = text.find(':');
    if (colon == std::string::npos) fail("expected 'field: value', got '" + text + "'");
    const std::string key = lower_ascii(trim(std::string_view(text).substr(0, colon)));
    const std::string value = trim(std::string_view(text).substr(colon + 1));
    if (value.empty()) fail("'" + key + ":' has no value");
    field(key, value);
  }

  Annotation finish() {
    for (const auto* required : {"date", "type", "sender"})
      if (!first_line_.contains(required))
        throw GoldError(source_ + ": no '" + required + ":' line (write '" + required +
                        (std::string_view(required) == "type" ? ": letter'" : ": none'") + " if so)");
    return std::move(annotation_);
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw GoldError(source_ + ":" + std::to_string(number_) + ": " + message);
  }

  void once(const std::string& key) {
    const auto [it, inserted] = first_line_.emplace(key, number_);
    if (!inserted) fail("second '" + key + ":' line (first on line " + std::to_string(it->second) + ")");
  }

  void unique_entry(const std::string& key, const std::string& value) {
    const auto [it, inserted] = first_line_.emplace(key + ":" + lower_ascii(value), number_);
    if (!inserted) fail("'" + key + ": " + value + "' repeated (first on line " + std::to_string(it->second) + ")");
  }

  PartyAnnotation party(const std::string& key, const std::string& value) const {
    const auto parts = split_bars(value);
    if (parts.size() > 3) fail("'" + key + ":' takes at most 3 fields (name | role | organisation), got '" + value + "'");
    PartyAnnotation result;
    result.name = parts.size() > 0 ? parts[0] : "";
    result.role = parts.size() > 1 ? parts[1] : "";
    result.organisation = parts.size() > 2 ? parts[2] : "";
    if (result.empty()) fail("'" + key + ":' has only empty fields");
    return result;
  }

  GradeAnnotation grade(const std::string& value) const {
    const auto parts = split_bars(value);
    if (parts.size() > 2) fail("'grade:' takes 'grade | aspect', got '" + value + "'");
    if (parts.empty() || parts[0].empty()) fail("'grade:' has no grade in '" + value + "'");
    return {lower_ascii(parts[0]), parts.size() > 1 ? parts[1] : ""};
  }

  void field(const std::string& key, const std::string& value) {
    if (key == "date") {
      once(key);
      if (lower_ascii(value) == "none") return;
      if (!is_valid_iso_date(value)) fail("date '" + value + "' is not YYYY-MM-DD or 'none'");
      annotation_.date = value;
    } else if (key == "type") {
      once(key);
      if (std::find(kTypes.begin(), kTypes.end(), value) == kTypes.end())
        fail("type '" + value + "' is not one of letter, minutes, report, email");
      annotation_.type = value;
    } else if (key == "sender") {
      once(key);
      if (lower_ascii(value) != "none") annotation_.sender = party(key, value);
    } else if (key == "recipient") {
      annotation_.recipients.push_back(party(key, value));
    } else if (key == "grade") {
      // A grade given to the same aspect twice is one judgement, as an entity is listed once.
      GradeAnnotation judgement = grade(value);
      unique_entry(key, judgement.grade + " | " + judgement.aspect);
      annotation_.grades.push_back(std::move(judgement));
    } else if (key == "minister" || key == "person" || key == "body" || key == "place") {
      unique_entry(key, value);
      list(key).push_back(value);
    } else if (const auto suggestion = closest_field(key)) {
      fail("unknown field '" + key + ":' (did you mean '" + std::string(*suggestion) + ":'?)");
    } else {
      fail("unknown field '" + key + ":'");
    }
  }

  std::vector<std::string>& list(const std::string& key) {
    if (key == "minister") return annotation_.ministers;
    if (key == "person") return annotation_.people;
    if (key == "body") return annotation_.bodies;
    return annotation_.places;
  }

  std::string source_;
  int number_ = 0;
  std::map<std::string, int> first_line_;
  Annotation annotation_;
};

}  // namespace

Annotation parse_gold(std::string_view text, const std::string& source_name) {
  GoldParser parser(source_name);
  int number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    parser.line(text.substr(0, end), ++number);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return parser.finish();
}

Annotation read_gold_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GoldError(path.string() + ": cannot read gold file");
  std::ostringstream contents;
  contents << in.rdbuf();
  return parse_gold(contents.str(), path.string());
}

std::vector<AnnotatedLetter> find_annotated_letters(const std::filesystem::path& folder) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(folder, error)) throw GoldError(folder.string() + ": no such folder");
  fs::path base = folder.lexically_normal();
  if (base.filename().empty()) base = base.parent_path();
  const fs::path reported_from = base.parent_path();

  std::vector<AnnotatedLetter> letters;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".gold") continue;
    fs::path letter = entry.path();
    letter.replace_extension(".txt");
    if (!fs::is_regular_file(letter))
      throw GoldError(entry.path().string() + ": gold file without its letter " + letter.filename().string());
    const fs::path shown = letter.lexically_normal();
    letters.push_back({letter, entry.path(),
                       reported_from.empty() ? shown.string() : shown.lexically_relative(reported_from).string()});
  }
  if (letters.empty()) throw GoldError(folder.string() + ": no annotated letters (NAME.txt with NAME.gold)");
  std::sort(letters.begin(), letters.end(),
            [](const AnnotatedLetter& a, const AnnotatedLetter& b) { return a.letter < b.letter; });
  return letters;
}

}  // namespace letterbox::eval
