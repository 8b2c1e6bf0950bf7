// letterbox-bench-query: query latency without process start-up. Opens an
// index once and runs each query of a query file, printing one JSON line per
// run: {"class": ..., "query": ..., "seconds": ..., "matches": ...}.
//   --engine letterbox  the searcher library's run_search(), as letterbox-search
//                       runs it (limit 10, snippets; facets for the facets class,
//                       each such query also timed without facets as class
//                       "facets-off", so the facets' own cost shows, and with
//                       --exact-facets too as "facets-exact" when asked)
//   --engine plain      a stock QueryParser (English stemming, AND) and Enquire,
//                       for indexes made by omindex or letterbox-bench-termgen
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "searcher/database.h"
#include "searcher/facets.h"
#include "searcher/run_search.h"

namespace {

// One line of benchmarks/queries.txt: "class | letterbox query | plain query".
struct BenchQuery {
  std::string query_class;
  std::string letterbox;
  std::string plain;  // empty when the query uses Letterbox fields
};

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::vector<BenchQuery> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read query file '" + path + "'");
  std::vector<BenchQuery> queries;
  for (std::string line; std::getline(in, line);) {
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    const auto first_bar = line.find('|');
    const auto second_bar = line.find('|', first_bar + 1);
    if (first_bar == std::string::npos) throw std::runtime_error("no '|' in query line '" + line + "'");
    BenchQuery query{trim(line.substr(0, first_bar)), trim(line.substr(first_bar + 1, second_bar - first_bar - 1)), ""};
    if (second_bar != std::string::npos) query.plain = trim(line.substr(second_bar + 1));
    queries.push_back(query);
  }
  return queries;
}

using Clock = std::chrono::steady_clock;

struct Timed {
  double seconds;
  Xapian::doccount matches;
  std::size_t shown;  // hits whose data was read, as a CLI would print them
  bool facets_exact = true;    // every facet counted over the whole match set
  bool timeline_exact = true;
};

enum class Facets { off, bounded, exact };

Timed run_letterbox(Xapian::Database& db, const BenchQuery& query, Facets facets,
                    const letterbox::search::FacetBounds& bounds) {
  namespace search = letterbox::search;
  search::SearchRequest request;
  request.query_text = query.letterbox;
  request.limit = 10;
  if (facets != Facets::off) request.facets = search::select_facets("all");
  request.timeline = facets != Facets::off;
  request.exact_facets = facets == Facets::exact;
  request.facet_bounds = bounds;
  const auto start = Clock::now();
  const auto results = search::run_search(db, request);
  const std::chrono::duration<double> elapsed = Clock::now() - start;
  bool exact = true;
  for (const auto& facet : results.facets) exact = exact && facet.counting.exact;
  return {elapsed.count(), static_cast<Xapian::doccount>(results.total.estimate), results.hits.size(), exact,
          !results.timeline || results.timeline_counting.exact};
}

Timed run_plain(Xapian::Database& db, const BenchQuery& query) {
  const auto start = Clock::now();
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  Xapian::Enquire enquire(db);
  enquire.set_query(parser.parse_query(query.plain));
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  std::size_t shown = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it, ++shown) it.get_document().get_data();
  const std::chrono::duration<double> elapsed = Clock::now() - start;
  return {elapsed.count(), mset.get_matches_estimated(), shown};
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path;
  std::string queries_path;
  std::string engine = "letterbox";
  int rounds = 5;
  bool exact_too = false;
  letterbox::search::FacetBounds bounds;
  CLI::App app{"Time queries in one process against an open index"};
  app.add_option("--db", db_path, "The index")->required();
  app.add_option("--queries", queries_path, "Query file (class | letterbox query | plain query)")->required();
  app.add_option("--engine", engine, "letterbox or plain")->check(CLI::IsMember({"letterbox", "plain"}));
  app.add_option("--rounds", rounds, "Times each query is run")->check(CLI::Range(1, 1000));
  app.add_flag("--exact-facets-too", exact_too, "Time each facets query with --exact-facets too");
  app.add_option("--summary-bound", bounds.summary, "Matches counted exactly for the timeline and summary facets");
  app.add_option("--entity-bound", bounds.entities, "Matches counted exactly for person, body, place, from, to");
  CLI11_PARSE(app, argc, argv);

  auto print = [](const std::string& query_class, const std::string& text, const Timed& timed) {
    const nlohmann::json line{{"class", query_class},
                              {"query", text},
                              {"seconds", timed.seconds},
                              {"matches", timed.matches},
                              {"shown", timed.shown},
                              {"facets_exact", timed.facets_exact},
                              {"timeline_exact", timed.timeline_exact}};
    std::puts(line.dump().c_str());
  };

  try {
    Xapian::Database db = engine == "letterbox" ? letterbox::search::open_database(db_path) : Xapian::Database(db_path);
    for (const auto& query : read_queries(queries_path)) {
      if (engine == "plain" && query.plain.empty()) continue;
      for (int round = 0; round < rounds; ++round) {
        if (engine == "plain") {
          print(query.query_class, query.plain, run_plain(db, query));
          continue;
        }
        const bool facets = query.query_class == "facets";
        const Facets counted = facets ? Facets::bounded : Facets::off;
        print(query.query_class, query.letterbox, run_letterbox(db, query, counted, bounds));
        if (!facets) continue;
        print("facets-off", query.letterbox, run_letterbox(db, query, Facets::off, bounds));
        if (exact_too) print("facets-exact", query.letterbox, run_letterbox(db, query, Facets::exact, bounds));
      }
    }
  } catch (const Xapian::Error& error) {
    std::fprintf(stderr, "letterbox-bench-query: %s\n", error.get_description().c_str());
    return 1;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "letterbox-bench-query: %s\n", error.what());
    return 1;
  }
  return 0;
}
