#include "searcher/filters.h"

#include <algorithm>
#include <map>

#include "schema/schema.h"
#include "schema/text_analysis.h"
#include "searcher/dates.h"
#include "searcher/errors.h"

namespace letterbox::search {
namespace {

constexpr std::string_view kTypes[] = {"letter", "minutes", "report", "email"};

// The words of a name as the indexer's term generator splits them, in order.
std::vector<std::string> name_terms(std::string_view prefix, std::string_view value) {
  Xapian::TermGenerator generator;  // no stemmer: unstemmed, positional terms only
  Xapian::Document scratch;
  generator.set_document(scratch);
  generator.index_text(text::fold_case(text::normalise(value)), 1, std::string(prefix));
  std::map<Xapian::termpos, std::string> by_position;
  for (auto term = scratch.termlist_begin(); term != scratch.termlist_end(); ++term)
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) by_position[*pos] = *term;
  std::vector<std::string> terms;
  for (auto& [position, term] : by_position) terms.push_back(std::move(term));
  return terms;
}

Xapian::Query any_of(const std::vector<Xapian::Query>& queries) {
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

Xapian::Query entity_filter(std::string_view field_name, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> alternatives;
  for (const auto& value : values) alternatives.push_back(entity_name_query(field_name, value));
  return any_of(alternatives);
}

std::string checked_type(const std::string& value) {
  const std::string folded = text::fold_case(value);
  if (std::find(std::begin(kTypes), std::end(kTypes), folded) != std::end(kTypes)) return folded;
  throw UsageError("unknown document type '" + value + "' (types are letter, minutes, report, email)");
}

std::string checked_year(const std::string& value) {
  const bool four_digits =
      value.size() == 4 && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!four_digits) throw UsageError("bad year '" + value + "' (use four digits, e.g. 2011)");
  return value;
}

template <typename Check>
Xapian::Query boolean_filter(std::string_view prefix, const std::vector<std::string>& values, Check check) {
  std::vector<Xapian::Query> alternatives;
  for (const auto& value : values) alternatives.emplace_back(std::string(prefix) + check(value));
  return any_of(alternatives);
}

Xapian::Query date_filter(const std::string& since, const std::string& until) {
  const DateRange range = make_date_range(since, until);
  if (range.end.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, range.start);
  if (range.start.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, range.end);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, range.start, range.end);
}

}  // namespace

Xapian::Query entity_name_query(std::string_view field_name, std::string_view value) {
  const auto& field = schema::entity_field(field_name);
  const Xapian::Query by_id(schema::entity_term(field, value));
  const auto words = name_terms(field.word_prefix, value);
  if (words.empty()) return by_id;
  const Xapian::Query by_words(Xapian::Query::OP_PHRASE, words.begin(), words.end());
  return Xapian::Query(Xapian::Query::OP_OR, by_id, by_words);
}

Xapian::Query filter_query(const FilterOptions& options) {
  const std::pair<std::string_view, const std::vector<std::string>*> entity_options[] = {
      {"person", &options.person}, {"minister", &options.minister}, {"from", &options.from},
      {"to", &options.to},         {"body", &options.body},         {"grade", &options.grade},
      {"place", &options.place}};
  std::vector<Xapian::Query> parts;
  for (const auto& [field, values] : entity_options)
    if (!values->empty()) parts.push_back(entity_filter(field, *values));
  if (!options.type.empty()) parts.push_back(boolean_filter(schema::kTypePrefix, options.type, checked_type));
  if (!options.year.empty()) parts.push_back(boolean_filter(schema::kYearPrefix, options.year, checked_year));
  if (!options.since.empty() || !options.until.empty()) parts.push_back(date_filter(options.since, options.until));
  if (parts.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

Xapian::Query apply_filter(const Xapian::Query& query, const Xapian::Query& filter) {
  if (filter.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

}  // namespace letterbox::search
