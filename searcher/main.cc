// letterbox-search: the command line. Parses options, runs the search side's
// library and prints through a Printer; nothing else.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "searcher/database.h"
#include "searcher/errors.h"
#include "searcher/output.h"
#include "searcher/run_search.h"

namespace {

using namespace letterbox::search;

constexpr int kExitUsage = 2;
constexpr int kExitFailure = 1;

constexpr const char* kQueryHelp = R"(QUERY LANGUAGE
  words              stemmed: inspections finds inspection; all words must match
  "a phrase"         the words together, in this order
  AND OR NOT ( )     operators in capitals; + requires a word, - excludes it
  safeguard*         words starting with safeguard
  person:mccarthy    a person named anywhere; person:"Bill McCarthy"
  minister:loughton  a minister in office on the letter's date (sender or recipient or named)
  from:NAME to:NAME  the sender / a recipient (a person or an organisation)
  body:ofsted        an organisation, by name or acronym (body:dfe)
  grade:"performs poorly"   an inspection grade; place:leeds   a place
  subject:WORDS      words of the subject or title
  type:letter        letter, minutes, report or email
  year:2011          letters dated in 2011
  date:2009..2011    a date range; also date:2011-12-01..2012-03-31,
                     date:2010.. and date:..2012-06; date:2011-12 is that month
  grade:*            letters with any grade (any field but subject); -date:* undated

EXAMPLES
  letterbox-search '"Improvement Notice"'
  letterbox-search --sort date minister:loughton
  letterbox-search 'grade:"performs poorly" OR grade:inadequate' --format json
  letterbox-search --minister "Dawn Primarolo" --since 2009-06 --until 2010
  letterbox-search --body ofsted --year 2011            (filters alone list all matches)
  letterbox-search show corpus/letters/000_1b777cbff75d175f.txt
  letterbox-search stats
  letterbox-search -- show      (searches for the word "show"; -- ends the options)

The index is --db PATH, else $LETTERBOX_DB, else ./letterbox.db.
It may be sharded (letterbox-index --shards N), or a Xapian stub file listing
shards, local ("auto PATH") or served by xapian-tcpsrv ("remote HOST:PORT").
Exit status: 0 success (even with no hits), 2 a bad query, option or index, 1 other failures.)";

struct CommonOptions {
  std::string db;
  bool allow_partial = false;
  double timeout_seconds = 10;
  std::string format = "text";
  std::string color = "auto";
};

struct SearchOptions {
  std::vector<std::string> query;
  FilterOptions filters;
  std::string sort = "relevance";
  std::size_t limit = 10;
  std::size_t offset = 0;
  std::string facets = "all";
  std::size_t facet_limit = 10;
  bool no_timeline = false;
  bool exact_facets = false;
};

struct ShowOptions {
  std::string id;
  std::size_t page = 0;
};

struct StatsOptions {
  std::size_t top = 10;
};

void setup_common(CLI::App& app, CommonOptions& options) {
  app.add_option("--db", options.db, "The index (default $LETTERBOX_DB, else ./letterbox.db)");
  app.add_option("--format", options.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--allow-partial", options.allow_partial,
               "With a sharded index: when a shard does not answer, search the others (with a warning "
               "naming it) instead of failing");
  app.add_option("--timeout", options.timeout_seconds,
                 "Seconds to wait for a remote shard to connect or answer (default 10)")
      ->check(CLI::Range(0.001, 3600.0));
  app.add_option("--color,--colour", options.color, "Colour in text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

void setup_search(CLI::App& app, SearchOptions& options) {
  app.add_option("QUERY", options.query, "The query (see QUERY LANGUAGE below)");
  auto& filters = options.filters;
  const auto filter = [&app](const char* name, std::vector<std::string>& values, const char* help) {
    app.add_option(name, values, help)->take_last()->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  };
  filter("--minister", filters.minister, "Only letters naming this minister (repeatable)");
  filter("--person", filters.person, "Only letters naming this person (repeatable)");
  filter("--from", filters.from, "Only letters from this sender (repeatable)");
  filter("--to", filters.to, "Only letters to this recipient (repeatable)");
  filter("--body", filters.body, "Only letters naming this organisation (repeatable)");
  filter("--grade", filters.grade, "Only letters naming this grade (repeatable)");
  filter("--place", filters.place, "Only letters naming this place (repeatable)");
  filter("--type", filters.type, "Only documents of this type: letter, minutes, report, email (repeatable)");
  filter("--year", filters.year, "Only letters dated in this year (repeatable)");
  app.add_option("--since", filters.since, "Only letters dated on or after YYYY[-MM[-DD]]");
  app.add_option("--until", filters.until, "Only letters dated on or before YYYY[-MM[-DD]]");
  app.add_option("--sort", options.sort, "relevance, date (oldest first) or -date (newest first)")
      ->check(CLI::IsMember({"relevance", "date", "-date"}));
  app.add_option("--limit", options.limit, "How many hits to show (default 10)");
  app.add_option("--offset", options.offset, "How many hits to skip");
  app.add_option("--facets", options.facets,
                 "Facets to count: all (year,minister,person,body,grade,type), none, or a list; "
                 "place, from and to on request");
  app.add_option("--facet-limit", options.facet_limit, "Values shown per facet (default 10)");
  app.add_flag("--no-timeline", options.no_timeline, "Do not count matches per year");
  const FacetBounds bounds;
  app.add_flag("--exact-facets", options.exact_facets,
               "Count facets and timeline over every match however many (slower on large match sets). "
               "By default, beyond " + std::to_string(bounds.summary) + " matches (" +
                   std::to_string(bounds.entities) +
                   " for person, body, place, from, to) they are estimated from a uniform sample of about "
                   "that many matches and marked 'about'");
}

void setup_show(CLI::App& app, ShowOptions& options) {
  app.add_option("ID", options.id, "The document's path, id (canonical path) or docid")->required();
  app.add_option("--page", options.page, "Print only this page of a PDF or scan (as search hits give it)")
      ->check(CLI::PositiveNumber);
}

void setup_stats(CLI::App& app, StatsOptions& options) {
  app.add_option("--top", options.top, "Values shown per list (default 10)");
}

// Where the command word ("show", "stats") is: the first argument that is
// not an option or an option's value, before any "--". Anywhere else the
// word is part of the query.
std::optional<std::size_t> command_position(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") return std::nullopt;
    if (arg.size() > 1 && arg[0] == '-') {
      const bool is_flag = arg == "-h" || arg == "--help" || arg == "--no-timeline" || arg == "--allow-partial" ||
                           arg == "--exact-facets";
      if (!is_flag && arg.find('=') == std::string::npos) ++i;  // skip the option's value
      continue;
    }
    if (arg == "show" || arg == "stats") return i;
    return std::nullopt;
  }
  return std::nullopt;
}

bool use_color(const std::string& choice) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* term = std::getenv("TERM");
  return isatty(fileno(stdout)) && std::getenv("NO_COLOR") == nullptr && term != nullptr &&
         std::string(term) != "dumb";
}

std::string join_words(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

std::unique_ptr<Printer> printer_for(const CommonOptions& common) {
  return make_printer(parse_format(common.format), std::cout, use_color(common.color));
}

// Runs read on the index --db names, warning of each shard left out by
// --allow-partial.
template <typename Read>
auto read_common(const CommonOptions& common, Read&& read) {
  const OpenOptions options{.allow_partial = common.allow_partial,
                            .timeout = std::chrono::milliseconds(
                                static_cast<std::int64_t>(common.timeout_seconds * 1000))};
  std::vector<MissingShard> missing;
  auto result = read_index(resolve_db_path(common.db), options, missing, std::forward<Read>(read));
  for (const auto& shard : missing)
    std::cerr << "letterbox-search: warning: shard " << shard.shard << " left out (" << shard.reason
              << "); the results are from the other shards\n";
  return result;
}

int run_search_command(const CommonOptions& common, const SearchOptions& options) {
  SearchRequest request{.query_text = join_words(options.query),
                        .filters = options.filters,
                        .sort = parse_sort_order(options.sort),
                        .offset = options.offset,
                        .limit = options.limit,
                        .facets = select_facets(options.facets),
                        .facet_limit = options.facet_limit,
                        .timeline = !options.no_timeline,
                        .exact_facets = options.exact_facets};
  const auto results = read_common(common, [&](Xapian::Database& db) { return run_search(db, request); });
  printer_for(common)->print(results);
  return 0;
}

int run_show(const CommonOptions& common, const ShowOptions& options) {
  DocumentView view = read_common(common, [&](Xapian::Database& db) { return find_document(db, options.id); });
  if (options.page > view.data.pages.size())
    throw UsageError("no page " + std::to_string(options.page) + " in " + view.data.id + " (it has " +
                     std::to_string(view.data.pages.size()) + " pages)");
  view.page = options.page;
  printer_for(common)->print(view);
  return 0;
}

int run_stats(const CommonOptions& common, const StatsOptions& options) {
  const auto path = resolve_db_path(common.db);
  const auto stats = read_common(common, [&](Xapian::Database& db) { return index_stats(db, path, options.top); });
  printer_for(common)->print(stats);
  return 0;
}

int fail(int code, const std::string& message) {
  std::cout.flush();
  std::cerr << "letterbox-search: " << message << '\n';
  return code;
}


// Parses args (without the program name) with app; returns the exit code
// when the program must stop here (help, or a usage error).
std::optional<int> parse_arguments(CLI::App& app, std::vector<std::string> args) {
  std::reverse(args.begin(), args.end());  // CLI11 takes them last first
  try {
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return fail(kExitUsage, e.what());
  }
  return std::nullopt;
}

int run_command(const std::vector<std::string>& args) {
  CommonOptions common;
  const auto command = command_position(args);
  std::vector<std::string> rest = args;
  if (command) rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(*command));
  if (command && args[*command] == "show") {
    CLI::App app{"Print one document: its metadata, entities and full text.", "letterbox-search show"};
    ShowOptions show;
    setup_common(app, common);
    setup_show(app, show);
    if (auto stop = parse_arguments(app, rest)) return *stop;
    return run_show(common, show);
  }
  if (command) {
    CLI::App app{"Print the index's path, size, dates, types and most frequent names.", "letterbox-search stats"};
    StatsOptions stats;
    setup_common(app, common);
    setup_stats(app, stats);
    if (auto stop = parse_arguments(app, rest)) return *stop;
    return run_stats(common, stats);
  }
  CLI::App app{"Search letters indexed by letterbox-index.\n\n"
               "  letterbox-search [OPTIONS] QUERY...   search\n"
               "  letterbox-search show ID              print one document (show --help)\n"
               "  letterbox-search stats                describe the index (stats --help)",
               "letterbox-search"};
  app.footer(kQueryHelp);
  SearchOptions search;
  setup_common(app, common);
  setup_search(app, search);
  if (auto stop = parse_arguments(app, rest)) return *stop;
  return run_search_command(common, search);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run_command(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const UsageError& e) {
    return fail(kExitUsage, e.what());
  } catch (const Xapian::Error& e) {
    return fail(kExitFailure, e.get_description());
  } catch (const std::exception& e) {
    return fail(kExitFailure, e.what());
  }
}
