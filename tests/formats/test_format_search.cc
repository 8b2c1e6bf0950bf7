// The search side of the formats: pages of hits, the format facet and
// filter, OCR marks, and `show --page`.
#include <atomic>
#include <fstream>
#include <random>
#include <sstream>

#include <catch2/catch.hpp>

#include "indexer/pipeline.h"
#include "searcher/output.h"
#include "searcher/run_search.h"
#include "searcher/snippets.h"
#include "tests/formats/fixtures.h"

using namespace letterbox;
using namespace letterbox::testing;
namespace fs = std::filesystem;

namespace {

struct IndexedFormats {
  IndexedFormats() {
    folder = fs::temp_directory_path() / ("letterbox-format-search-" + std::to_string(std::random_device{}()));
    fs::create_directories(folder / "letters");
    // The phrase "Lord Norman Warner" falls on page 2 of this PDF.
    std::ofstream(folder / "letters" / "notice.pdf", std::ios::binary) << text_pdf(paginate(birmingham_letter(), 20));
    std::ofstream(folder / "letters" / "cornwall.html", std::ios::binary)
        << "<html><head><title>Cornwall</title></head><body><p>14 June 2012</p><p>Dear Mr Wright,</p>"
           "<p>Cornwall Council children's services were judged inadequate.</p></body></html>";
    struct Quiet : IndexObserver {
      void warning(const std::string&, const std::string&) override {}
      void skipped(const std::string&, const std::string&) override {}
      void progress(std::size_t, std::size_t, std::uintmax_t) override {}
    } observer;
    const Tagger tagger(load_reference_data(default_reference_folder()));
    IndexWriter writer(folder / "db", 100);
    const std::atomic<bool> stop{false};
    index_files(list_files({folder / "letters"}), tagger, writer, observer, PipelineOptions{}, stop);
  }
  ~IndexedFormats() { fs::remove_all(folder); }
  fs::path folder;
};

search::SearchResults search_for(const fs::path& db_path, const std::string& query) {
  Xapian::Database db((db_path).string());
  search::SearchRequest request;
  request.query_text = query;
  request.facets = search::select_facets("format");
  request.timeline = false;
  return search::run_search(db, request);
}

}  // namespace

TEST_CASE("a PDF hit says the page of its match; format is a facet and a filter", "[formats][search]") {
  const IndexedFormats index;
  const fs::path db = index.folder / "db";

  const auto warner = search_for(db, "\"Lord Norman Warner\"");
  REQUIRE(warner.hits.size() == 1);
  CHECK(warner.hits[0].page == 2);
  CHECK(warner.hits[0].data.format == "pdf");
  CHECK(search::to_json(warner)["hits"][0]["page"] == 2);

  const auto early = search_for(db, "\"persistent failure\"");
  REQUIRE(early.hits.size() == 1);
  CHECK(early.hits[0].page == 2);
  const auto first_page = search_for(db, "judged");
  REQUIRE(first_page.hits.size() == 2);  // the PDF and the web page
  for (const auto& hit : first_page.hits) CHECK(hit.page == (hit.data.format == "pdf" ? 1u : 0u));

  REQUIRE(first_page.facets.size() == 1);
  CHECK(first_page.facets[0].name == "format");
  CHECK(first_page.facets[0].values.size() == 2);
  const auto html_only = search_for(db, "judged format:html");
  REQUIRE(html_only.hits.size() == 1);
  CHECK(html_only.hits[0].data.source_title == "Cornwall");
  CHECK(search::to_json(html_only)["hits"][0].count("page") == 0);
}

TEST_CASE("show prints one page of a PDF", "[formats][search]") {
  const IndexedFormats index;
  Xapian::Database db((index.folder / "db").string());
  search::DocumentView view = search::find_document(db, (index.folder / "letters" / "notice.pdf").string());
  REQUIRE(view.data.pages.size() == 2);
  view.page = 2;
  std::ostringstream out;
  search::make_printer(search::Format::text, out, false)->print(view);
  CHECK_THAT(out.str(), Catch::Contains("Lord Norman Warner"));
  CHECK_THAT(out.str(), !Catch::Contains("Dear Councillor Bore"));
  CHECK_THAT(out.str(), Catch::Contains("format:"));
  CHECK(search::to_json(view)["page_text"].get<std::string>().starts_with("Lord Norman Warner"));
}

TEST_CASE("a highlighted phrase over a line or page break still gives its page", "[formats][search]") {
  schema::DocumentData data;
  data.text = "Dear Ms Miller,\nthe new trust for children's\nsocial care.\fThe new trust for\n\n  children's  social care board.";
  data.pages = {0, data.text.find('\f') + 1};
  const auto page_of = [&](const std::string& highlighted) {
    return search::snippet_page({{"... ", false}, {highlighted, true}, {" ...", false}}, data);
  };
  CHECK(page_of("new trust for children's social care") == 1);
  CHECK(page_of("children's social care board") == 2);  // its spacing differs from the text's
  CHECK(page_of("social care. The") == 1);               // over the page break
  CHECK(page_of("care board") == 2);
  CHECK(page_of("trust for adults") == 0);
}
