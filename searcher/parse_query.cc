#include "searcher/parse_query.h"

#include <algorithm>
#include <optional>

#include "schema/edit_distance.h"
#include "schema/schema.h"
#include "schema/text_analysis.h"
#include "searcher/dates.h"
#include "searcher/errors.h"

namespace letterbox::search {
namespace {

constexpr std::string_view kTypeField = "type";
constexpr std::string_view kFormatField = "format";  // pdf, pdf-ocr, image-ocr, html, email, text
constexpr std::string_view kYearField = "year";
constexpr std::string_view kDateField = "date";
constexpr std::string_view kSubjectField = "subject";
constexpr std::string_view kRangeSeparator = "..";

// Date ranges on the date slot; bare years and year-months widen to whole
// days. A bad date is remembered, not thrown through the parser: the parser
// then reports an unknown range and parse() replaces that by this message.
class DateRangeProcessor : public Xapian::RangeProcessor {
 public:
  explicit DateRangeProcessor(std::optional<std::string>& error)
      : Xapian::RangeProcessor(schema::kDateSlot, std::string(kDateField) + ":"), error_(error) {}

  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    try {
      const DateRange range = make_date_range(begin, end);
      return Xapian::RangeProcessor::operator()(range.start, range.end);
    } catch (const UsageError& e) {
      if (!error_) error_ = e.what();
      return Xapian::Query(Xapian::Query::OP_INVALID);
    }
  }

 private:
  std::optional<std::string>& error_;
};

// "grade:*", letters with any value of the field: the parser has no word
// for that, so check_fields() rewrites it to this internal field, whose
// processor asks for any value in the field's slot (every slot but the
// content hash is set only when the letter has a value).
constexpr std::string_view kAnyValueField = "letterboxanyvalue";

std::optional<Xapian::valueno> slot_of_field(std::string_view name) {
  for (const auto& field : schema::kEntityFields)
    if (field.name == name) return field.facet_slot;
  if (name == kTypeField) return schema::kTypeSlot;
  if (name == kFormatField) return schema::kFormatSlot;
  if (name == kYearField) return schema::kYearSlot;
  if (name == kDateField) return schema::kDateSlot;
  return std::nullopt;
}

class AnyValueProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& field) override {
    const auto slot = slot_of_field(field);
    if (!slot) return Xapian::Query::MatchNothing;  // check_fields() writes only fields with a slot
    // Not "": Xapian takes a bound of "" as every document, with a value or not.
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, *slot, std::string(1, '\0'));
  }
};

std::string unknown_field_message(std::string_view field) {
  std::string message = "unknown field '" + std::string(field) + ":'";
  std::string closest;
  size_t best = 3;  // suggest only fields at most two edits away
  for (const auto& known : query_fields()) {
    const size_t distance = edit_distance(field, known);
    if (distance < best) best = distance, closest = known;
  }
  if (!closest.empty()) return message + " (did you mean '" + closest + ":'?)";
  std::string list;
  for (const auto& known : query_fields()) list += (list.empty() ? "" : ", ") + known + ":";
  return message + " (fields are " + list + ")";
}

bool is_field_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// Where a field name may start: the text's start, after a space, a bracket
// or a +/- sign.
bool starts_token(std::string_view text, size_t i) {
  return i == 0 || is_space(text[i - 1]) || text[i - 1] == '(' || text[i - 1] == '+' || text[i - 1] == '-';
}

size_t token_end(std::string_view text, size_t from) {
  size_t end = from;
  while (end < text.size() && !is_space(text[end]) && text[end] != ')') ++end;
  return end;
}

bool is_known_field(std::string_view name) {
  const auto fields = query_fields();
  return std::find(fields.begin(), fields.end(), name) != fields.end();
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_operator(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR" || word == "ADJ";
}

// The index's best spelling for a word it does not hold, or "". Xapian
// suggests a more frequent neighbour even for a word the index holds
// ("inspections" -> "inspection"), so words the index has are left alone.
std::string spelling_of(const Xapian::Database& db, const std::string& word) {
  if (is_operator(word) || db.term_exists(word)) return "";
  return db.get_spelling_suggestion(word);
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Where a field's value ends: after its closing quote, else at a space or ')'.
size_t field_value_end(std::string_view text, size_t start) {
  if (start < text.size() && text[start] == '"') {
    const size_t quote = text.find('"', start + 1);
    return quote == std::string_view::npos ? text.size() : quote + 1;
  }
  return token_end(text, start);
}

// The query with each word the index does not hold replaced by its best
// spelling: works both ways round, a typo finding the right word and a
// right word finding an OCR slip ("quickly" -> "guickly"), as long as the
// word typed is not in the index. Fields and their values, numbers,
// wildcards and operators are kept. Empty when nothing changes.
std::string corrected_query(const Xapian::Database& db, std::string_view text) {
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i]) || (i > 0 && is_word_byte(text[i - 1]))) {
      out += text[i++];
      continue;
    }
    size_t end = i;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    const std::string word(text.substr(i, end - i));
    if (end < text.size() && text[end] == ':') {  // a field: keep its name and value
      const size_t value_end = field_value_end(text, end + 1);
      out.append(text.substr(i, value_end - i));
      i = value_end;
      continue;
    }
    const bool is_wildcard = end < text.size() && text[end] == '*';
    const std::string better = is_wildcard || has_digit(word) ? "" : spelling_of(db, word);
    out += better.empty() ? word : better;
    changed = changed || !better.empty();
    i = end;
  }
  return changed ? out : "";
}

}  // namespace

std::vector<std::string> query_fields() {
  std::vector<std::string> fields;
  for (const auto& field : schema::kEntityFields) fields.emplace_back(field.name);
  for (auto name : {kTypeField, kFormatField, kYearField, kDateField, kSubjectField}) fields.emplace_back(name);
  return fields;
}

std::string check_fields(std::string_view text) {
  std::string out;
  bool in_quotes = false;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') in_quotes = !in_quotes;
    if (in_quotes || !starts_token(text, i) || !is_field_char(text[i])) {
      out += text[i++];
      continue;
    }
    size_t name_end = i;
    while (name_end < text.size() && is_field_char(text[name_end])) ++name_end;
    const bool is_field = name_end + 1 < text.size() && text[name_end] == ':' && !is_space(text[name_end + 1]) &&
                          text[name_end + 1] != '/';  // http://... is a URL
    const std::string_view name = text.substr(i, name_end - i);
    if (is_field && !is_known_field(name)) throw UsageError(unknown_field_message(name));
    if (is_field && token_end(text, name_end + 1) == name_end + 2 && text[name_end + 1] == '*') {
      if (!slot_of_field(name))
        throw UsageError("'" + std::string(name) + ":*' cannot be searched: any value can be asked of every field but " +
                         std::string(name) + ":");
      out.append(kAnyValueField).append(":").append(name);
      i = name_end + 2;
      continue;
    }
    if (is_field && name == kDateField) {
      const size_t value_start = name_end + 1;
      const size_t value_end = token_end(text, value_start);
      const std::string_view value = text.substr(value_start, value_end - value_start);
      out.append(text.substr(i, value_start - i));
      out.append(value);
      // A single date is the range of that year, month or day.
      if (value.find(kRangeSeparator) == std::string_view::npos) out.append(kRangeSeparator).append(value);
      i = value_end;
      continue;
    }
    out.append(text.substr(i, name_end - i));
    i = name_end;
  }
  return out;
}

struct QueryTranslator::Impl {
  Xapian::Database db;
  Xapian::QueryParser parser;
  std::optional<std::string> range_error;

  explicit Impl(const Xapian::Database& database) : db(database) {
    text::configure(parser);
    parser.set_database(db);
    parser.set_default_op(Xapian::Query::OP_AND);
    for (const auto& field : schema::kEntityFields)
      parser.add_prefix(std::string(field.name), std::string(field.word_prefix));
    parser.add_prefix(std::string(kSubjectField), std::string(schema::kSubjectPrefix));
    parser.add_boolean_prefix(std::string(kTypeField), std::string(schema::kTypePrefix));
    parser.add_boolean_prefix(std::string(kFormatField), std::string(schema::kFormatPrefix));
    parser.add_boolean_prefix(std::string(kYearField), std::string(schema::kYearPrefix));
    parser.add_rangeprocessor((new DateRangeProcessor(range_error))->release());
    parser.add_boolean_prefix(std::string(kAnyValueField), (new AnyValueProcessor)->release());
  }
};

QueryTranslator::QueryTranslator(const Xapian::Database& db) : impl_(std::make_unique<Impl>(db)) {}
QueryTranslator::~QueryTranslator() = default;

ParsedQuery QueryTranslator::parse(std::string_view text, bool correct_spelling) {
  const std::string normalised = text::normalise_query(text);
  if (std::all_of(normalised.begin(), normalised.end(), is_space)) return {Xapian::Query::MatchAll, ""};
  const std::string checked = check_fields(normalised);
  unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                   Xapian::QueryParser::FLAG_PURE_NOT;
  impl_->range_error.reset();
  ParsedQuery parsed;
  try {
    parsed.query = impl_->parser.parse_query(checked, flags);
  } catch (const Xapian::QueryParserError& e) {
    if (impl_->range_error) throw UsageError(*impl_->range_error);
    throw UsageError("cannot read the query '" + std::string(text) + "': " + e.get_msg());
  }
  if (impl_->range_error) throw UsageError(*impl_->range_error);
  if (correct_spelling) parsed.corrected = corrected_query(impl_->db, checked);
  return parsed;
}

}  // namespace letterbox::search
