#include "searcher/run_search.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include "schema/schema.h"
#include "searcher/database.h"
#include "searcher/errors.h"
#include "searcher/parse_query.h"

namespace letterbox::search {
namespace {

void set_sort(Xapian::Enquire& enquire, SortOrder sort) {
  // Undated letters have no date value and sort before all dated ones.
  if (sort == SortOrder::date_ascending) enquire.set_sort_by_value_then_relevance(schema::kDateSlot, false);
  if (sort == SortOrder::date_descending) enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
}

Hit make_hit(const Xapian::MSetIterator& match, const Xapian::MSet& mset, std::size_t snippet_length) {
  Hit hit;
  hit.rank = match.get_rank() + 1;
  hit.docid = *match;
  hit.score = match.get_weight();
  hit.data = schema::decode_document_data(match.get_document().get_data());
  hit.snippet = make_snippet(mset, hit.data.text, snippet_length);
  const bool matched_words =
      std::any_of(hit.snippet.begin(), hit.snippet.end(), [](const SnippetPart& part) { return part.highlighted; });
  if (!matched_words) hit.snippet = opening_snippet(hit.data, snippet_length);
  hit.page = snippet_page(hit.snippet, hit.data);
  hit.data.text.clear();
  return hit;
}

MatchCount match_count(const Xapian::MSet& mset) {
  return {mset.get_matches_estimated(), mset.get_matches_lower_bound(), mset.get_matches_upper_bound()};
}

// The exact number of documents a query matches.
std::uint64_t count_matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

std::optional<Suggestion> suggest(const Xapian::Database& db, QueryTranslator& translator,
                                  const std::string& corrected, const Xapian::Query& filter) {
  if (corrected.empty()) return std::nullopt;
  std::uint64_t total = 0;
  try {
    total = count_matches(db, apply_filter(translator.parse(corrected, false).query, filter));
  } catch (const UsageError&) {
    return std::nullopt;  // the correction broke the query: no suggestion
  }
  if (total == 0) return std::nullopt;  // a correction that finds nothing does not help
  return Suggestion{corrected, total};
}

// One counting pass: the query (or its sample) matched to the end, in no
// order (counting needs no weights), with counters for the given facets.
struct CountingPass {
  std::unique_ptr<FacetSpy> spy;
  FacetCounting counting;
};

CountingPass count_pass(const Xapian::Database& db, const Xapian::Query& query, std::vector<FacetField> facets,
                        bool timeline, double fraction) {
  const Sample sample = sample_of(query, fraction);
  Xapian::Enquire enquire(db);
  enquire.set_query(sample.query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  auto spy = std::make_unique<FacetSpy>(std::move(facets), timeline);
  spy->attach(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  const FacetCounting counting{sample.fraction >= 1, spy->documents_seen(), sample.fraction};
  return {std::move(spy), counting};
}

// The counts of a pass that saw every match: exact.
void take_all_counts(const FacetSpy& spy, const SearchRequest& request, SearchResults& results) {
  const FacetCounting all{true, spy.documents_seen(), 1};
  for (const auto& facet : request.facets)
    results.facets.push_back({std::string(facet.name), spy.top(facet.name, request.facet_limit), all});
  if (request.timeline) {
    results.timeline = spy.timeline();
    results.timeline_counting = all;
  }
}

// Counts the facets and timeline of a match set too large for the entity
// bound, whose size the page's match estimated. Within a bound every
// document is counted; beyond it a uniform sample of about the bound's
// size, scaled up. The summary facets and the timeline, cheap per document,
// have the larger bound.
void count_facets(const Xapian::Database& db, const Xapian::Query& query, const SearchRequest& request,
                  SearchResults& results) {
  std::vector<FacetField> summary, entities;
  for (const auto& facet : request.facets) (is_summary_facet(facet) ? summary : entities).push_back(facet);
  const std::uint64_t matches = std::max(results.total.estimate, results.total.lower);
  const double summary_fraction = sample_fraction(matches, request.facet_bounds.summary);
  const double entity_fraction = sample_fraction(matches, request.facet_bounds.entities);
  const bool summary_wanted = request.timeline || !summary.empty();

  std::vector<CountingPass> passes;
  // A second pass costs about as much matching as the entity counters save
  // when their sample would be half the summary's or more: count in one.
  if (entities.empty() || !summary_wanted || entity_fraction * 2 >= summary_fraction) {
    const double fraction = entities.empty()  ? summary_fraction
                            : !summary_wanted ? entity_fraction
                                              : std::min(summary_fraction, 2 * entity_fraction);
    passes.push_back(count_pass(db, query, request.facets, request.timeline, fraction));
  } else {
    passes.push_back(count_pass(db, query, summary, request.timeline, summary_fraction));
    passes.push_back(count_pass(db, query, entities, false, entity_fraction));
  }
  // A pass that counted everything knows the exact number of matches.
  for (const auto& pass : passes)
    if (pass.counting.exact) {
      const std::uint64_t seen = pass.counting.documents_counted;
      results.total = {seen, seen, seen};
    }
  for (const auto& facet : request.facets)
    for (const auto& pass : passes)
      if (pass.spy->counts(facet))
        results.facets.push_back({std::string(facet.name),
                                  scale_counts(pass.spy->top(facet.name, request.facet_limit),
                                               pass.counting.sample_fraction),
                                  pass.counting});
  if (request.timeline) {
    const CountingPass& pass = passes.front();
    results.timeline = scale_counts(pass.spy->timeline(), pass.counting.sample_fraction);
    results.timeline_counting = pass.counting;
  }
}

SearchResults search_once(Xapian::Database& db, const SearchRequest& request) {
  QueryTranslator translator(db);
  const ParsedQuery parsed = translator.parse(request.query_text);
  const Xapian::Query filter = filter_query(request.filters);
  const Xapian::Query query = apply_filter(parsed.query, filter);

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  set_sort(enquire, request.sort);
  const bool counting = !request.facets.empty() || request.timeline;
  // The counters ride along the page's match, which checks one document
  // beyond the entity bound (every document for --exact-facets): a match
  // set within it is then counted exactly in this one pass. A larger one is
  // counted apart (count_facets), and what these counters saw is dropped.
  FacetSpy spy(request.facets, request.timeline);
  if (counting) spy.attach(enquire);
  const std::size_t check_at_least = !counting              ? 0
                                     : request.exact_facets ? db.get_doccount()
                                                            : request.facet_bounds.entities + 1;
  const Xapian::MSet mset =
      enquire.get_mset(static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit),
                       static_cast<Xapian::doccount>(std::min<std::size_t>(check_at_least, db.get_doccount())));

  SearchResults results;
  results.query = request.query_text;
  results.total = match_count(mset);
  for (auto match = mset.begin(); match != mset.end(); ++match)
    results.hits.push_back(make_hit(match, mset, request.snippet_length));
  if (counting && results.total.exact() && spy.documents_seen() == results.total.estimate)
    take_all_counts(spy, request, results);
  else if (counting)
    count_facets(db, query, request, results);
  results.suggestion = suggest(db, translator, parsed.corrected, filter);
  return results;
}

std::optional<Xapian::docid> docid_of_term(const Xapian::Database& db, const std::string& term) {
  const auto posting = db.postlist_begin(term);
  if (posting == db.postlist_end(term)) return std::nullopt;
  return *posting;
}

std::optional<Xapian::docid> docid_from_number(const std::string& text) {
  if (text.empty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return static_cast<Xapian::docid>(std::stoul(text));
}

std::optional<Xapian::docid> docid_of(const Xapian::Database& db, const std::string& id_or_path) {
  if (auto docid = docid_of_term(db, schema::id_term(id_or_path))) return docid;
  std::error_code error;
  const auto canonical = std::filesystem::weakly_canonical(id_or_path, error);
  if (!error)
    if (auto docid = docid_of_term(db, schema::id_term(canonical.string()))) return docid;
  return docid_from_number(id_or_path);
}

DocumentView find_document_once(Xapian::Database& db, const std::string& id_or_path) {
  const auto docid = docid_of(db, id_or_path);
  if (!docid) throw UsageError("no document '" + id_or_path + "' in the index (give its path, id or docid)");
  try {
    return {*docid, schema::decode_document_data(db.get_document(*docid).get_data())};
  } catch (const Xapian::DocNotFoundError&) {
    throw UsageError("no document '" + id_or_path + "' in the index (give its path, id or docid)");
  }
}

IndexStats index_stats_once(Xapian::Database& db, const std::filesystem::path& path, std::size_t top_limit) {
  IndexStats stats;
  stats.path = path;
  stats.size_bytes = size_on_disk(path);
  stats.documents = db.get_doccount();
  stats.first_date = iso_date(db.get_value_lower_bound(schema::kDateSlot));
  stats.last_date = iso_date(db.get_value_upper_bound(schema::kDateSlot));
  const auto facets = select_facets("type,person,minister,body,grade");
  FacetSpy spy(facets, true);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query::MatchAll);
  spy.attach(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  for (const auto& facet : facets) stats.top.push_back({std::string(facet.name), spy.top(facet.name, top_limit)});
  stats.timeline = spy.timeline();
  return stats;
}

}  // namespace

std::string iso_date(std::string_view compact) {
  if (compact.size() != 8) return std::string(compact);
  return std::string(compact.substr(0, 4)) + "-" + std::string(compact.substr(4, 2)) + "-" +
         std::string(compact.substr(6, 2));
}

SortOrder parse_sort_order(std::string_view text) {
  if (text == "relevance") return SortOrder::relevance;
  if (text == "date") return SortOrder::date_ascending;
  if (text == "-date") return SortOrder::date_descending;
  throw UsageError("unknown sort order '" + std::string(text) + "' (use relevance, date or -date)");
}

SearchResults run_search(Xapian::Database& db, const SearchRequest& request) {
  return read_with_retry(db, [&](Xapian::Database& current) { return search_once(current, request); });
}

DocumentView find_document(Xapian::Database& db, const std::string& id_or_path) {
  return read_with_retry(db, [&](Xapian::Database& current) { return find_document_once(current, id_or_path); });
}

IndexStats index_stats(Xapian::Database& db, const std::filesystem::path& path, std::size_t top_limit) {
  return read_with_retry(db, [&](Xapian::Database& current) { return index_stats_once(current, path, top_limit); });
}

}  // namespace letterbox::search
