// letterbox-index and letterbox-search on a folder of PDFs, a scan, a web
// page and e-mail, each made from a plain-text letter indexed beside it:
// every document must read as the letter it was made from.
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "tests/e2e/run_program.h"
#include "tests/formats/fixtures.h"

namespace fs = std::filesystem;
using letterbox::e2e::ProgramResult;
using letterbox::e2e::run_index;
using letterbox::e2e::run_search;
using letterbox::e2e::search_json;
using letterbox::e2e::TempDir;
using nlohmann::json;
namespace fixtures = letterbox::testing;

namespace {

void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string mime_message(const std::string& headers, const std::string& body, const std::string& attachment_name,
                         const std::string& pdf) {
  return headers +
         "MIME-Version: 1.0\r\n"
         "Content-Type: multipart/mixed; boundary=\"part\"\r\n\r\n"
         "--part\r\n"
         "Content-Type: text/plain; charset=utf-8\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
         body +
         "\r\n--part\r\n"
         "Content-Type: application/pdf; name=\"" + attachment_name + "\"\r\n"
         "Content-Disposition: attachment; filename=\"" + attachment_name + "\"\r\n"
         "Content-Transfer-Encoding: base64\r\n\r\n" +
         fixtures::base64(pdf) + "\r\n--part--\r\n";
}

// An e-mail as a plain-text letter: its headers, a blank line, its body.
std::string email_text(const std::string& from, const std::string& to, const std::string& date,
                       const std::string& subject, const std::string& body) {
  return "From: " + from + "\nTo: " + to + "\nDate: " + date + "\nSubject: " + subject + "\n\n" + body;
}

const std::string kCommissionerFrom = "Sir Derek Myers <derek.myers@rotherham.gov.uk>";
const std::string kCommissionerTo = "Nicky Morgan <nicky.morgan@education.gov.uk>";
const std::string kCommissionerDate = "Tue, 10 Mar 2015 08:15:00 +0000";
const std::string kCommissionerSubject = "Rotherham: letter from the Leader";
const std::string kCommissionerBody =
    "Secretary of State,\n\nI attach the Leader's letter about the Commissioners in Rotherham.\n\n"
    "Regards,\nDerek Myers\nLead Commissioner\n";

struct BoardMessage {
  std::string from, to, date, body;
};
const BoardMessage kBoardMessages[] = {
    {"Eleanor Brazil <eleanor.brazil@slough.gov.uk>", "Vicky Ford <vicky.ford@education.gov.uk>",
     "Thu, 4 Feb 2021 09:00:00 +0000",
     "Minister,\n\nThe Slough Children First board met on Tuesday and agreed the improvement plan.\n\n"
     "Eleanor Brazil\nCommissioner for Children's Services in Slough\n"},
    {"Vicky Ford <vicky.ford@education.gov.uk>", "Eleanor Brazil <eleanor.brazil@slough.gov.uk>",
     "Mon, 8 Feb 2021 17:30:00 +0000",
     "Eleanor,\n\nThank you for the plan for Slough Borough Council; I look forward to the first report.\n\n"
     "Vicky Ford\n"},
};
const std::string kBoardSubject = "Slough improvement board";

// The folder: each format beside the plain letter it was made from, and
// two files that must be skipped.
void write_corpus(const fs::path& folder) {
  using namespace fixtures;
  write_file(folder / "plain" / "cornwall.txt", cornwall_letter());
  write_file(folder / "formats" / "cornwall.pdf",
             text_pdf(paginate(cornwall_letter(), 30), {"APA outcome", "Private Office", "D:20170101090000Z"}));

  write_file(folder / "plain" / "trust.txt", doncaster_trust_letter());
  const GrayImage scan = render_page(text_pdf(paginate(doncaster_trust_letter(), 60)), 0, 150);
  write_file(folder / "formats" / "trust-scan.pdf", image_pdf(scan, 150));

  write_file(folder / "plain" / "tower-hamlets.txt", tower_hamlets_letter());
  write_file(folder / "formats" / "tower-hamlets.html", web_page(tower_hamlets_letter(), "Letter to Tower Hamlets"));

  write_file(folder / "plain" / "rotherham.txt", rotherham_letter());
  write_file(folder / "plain" / "commissioner-email.txt", email_text(kCommissionerFrom, kCommissionerTo, kCommissionerDate,
                                                                      kCommissionerSubject, kCommissionerBody));
  write_file(folder / "formats" / "commissioner.eml",
             mime_message("From: " + kCommissionerFrom + "\r\nTo: " + kCommissionerTo + "\r\nDate: " + kCommissionerDate +
                              "\r\nSubject: " + kCommissionerSubject + "\r\n",
                          kCommissionerBody, "Rotherham letter.pdf", text_pdf(paginate(rotherham_letter(), 60))));

  std::string mbox;
  int number = 0;
  for (const BoardMessage& message : kBoardMessages) {
    ++number;
    write_file(folder / "plain" / ("board-" + std::to_string(number) + ".txt"),
               email_text(message.from, message.to, message.date, kBoardSubject, message.body));
    mbox += "From board@slough.gov.uk Mon Feb  8 17:30:00 2021\nFrom: " + message.from + "\nTo: " + message.to +
            "\nDate: " + message.date + "\nSubject: " + kBoardSubject + "\n\n" + message.body + "\n";
  }
  write_file(folder / "formats" / "board.mbox", mbox);

  const std::string cut = text_pdf({{"Birmingham City Council: a letter cut short in the post room."}});
  write_file(folder / "damaged" / "cut.pdf", cut.substr(0, cut.size() / 3));
  write_file(folder / "damaged" / "archive", std::string("\x1f\x8b\x08\0\0\0\0\0\0\x03 compressed letters", 30));
}

// Indexed once for all the checks here: the scan costs an OCR run.
struct Corpus {
  Corpus() : letters(fs::canonical(dir.path()) / "letters"), db(dir.path() / "db") {
    write_corpus(letters);
    first_run = run_index({"--db", db.string(), "--jobs", "2", letters.string()});
  }
  TempDir dir;
  fs::path letters;
  fs::path db;
  ProgramResult first_run;
};

Corpus& corpus() {
  static Corpus instance;
  return instance;
}

std::string id_of(const std::string& relative) { return (corpus().letters / relative).string(); }

json show(const std::string& id) { return search_json(corpus().db, {"show", id}); }

std::vector<std::string> party_names(const json& parties) {
  std::vector<std::string> names;
  for (const auto& party : parties) names.push_back(party["name"].get<std::string>());
  return names;
}

std::set<std::string> entity_ids(const json& entities) {
  std::set<std::string> ids;
  for (const auto& entity : entities) ids.insert(entity["kind"].get<std::string>() + ":" + entity["id"].get<std::string>());
  return ids;
}

// The same date, sender, recipients and entities, through show's JSON.
void check_same_letter(const std::string& document_id, const std::string& plain_id) {
  INFO("document " << document_id << " against " << plain_id);
  const json got = show(document_id);
  const json expected = show(plain_id);
  CHECK_FALSE(expected["date"].get<std::string>().empty());
  CHECK(got["date"] == expected["date"]);
  CHECK(got["sender"]["name"] == expected["sender"]["name"]);
  CHECK(party_names(got["recipients"]) == party_names(expected["recipients"]));
  CHECK(entity_ids(got["entities"]) == entity_ids(expected["entities"]));
}

std::set<std::string> hit_ids(const json& results) {
  std::set<std::string> ids;
  for (const auto& hit : results["hits"]) ids.insert(hit["id"].get<std::string>());
  return ids;
}

const json* find_hit(const json& results, const std::string& id) {
  for (const auto& hit : results["hits"])
    if (hit["id"] == id) return &hit;
  return nullptr;
}

std::size_t files_in(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}


// Damaged and unknown files are skipped with their reason and the rest indexed.
void skipped_with_reasons() {
  const ProgramResult& run = corpus().first_run;
  INFO("stderr: " << run.err);
  CHECK(run.exit_code == 1);  // documented: some files skipped
  CHECK_THAT(run.err, Catch::Contains("skipped " + id_of("damaged/cut.pdf") + ": damaged PDF"));
  CHECK_THAT(run.err, Catch::Contains("skipped " + id_of("damaged/archive") + ": not a format Letterbox reads"));
  const json stats = search_json(corpus().db, {"stats"});
  // 7 plain letters; a PDF, a scan, a page, a message with its attachment,
  // and two messages of an mbox.
  CHECK(stats["documents"] == 7 + 7);
}

// Each format reads as the plain letter it was made from.
void same_as_plain_letters() {
  check_same_letter(id_of("formats/cornwall.pdf"), id_of("plain/cornwall.txt"));
  check_same_letter(id_of("formats/trust-scan.pdf"), id_of("plain/trust.txt"));
  check_same_letter(id_of("formats/tower-hamlets.html"), id_of("plain/tower-hamlets.txt"));
  check_same_letter(id_of("formats/commissioner.eml"), id_of("plain/commissioner-email.txt"));
  check_same_letter(id_of("formats/commissioner.eml#attachment-1-Rotherham-letter.pdf"), id_of("plain/rotherham.txt"));
  check_same_letter(id_of("formats/board.mbox#message-1"), id_of("plain/board-1.txt"));
  check_same_letter(id_of("formats/board.mbox#message-2"), id_of("plain/board-2.txt"));
  // The scan keeps the whole recipient block.
  const json scan = show(id_of("formats/trust-scan.pdf"));
  REQUIRE(scan["recipients"].size() == 1);
  CHECK(scan["recipients"][0]["name"] == "Jo Miller");
  CHECK(scan["recipients"][0]["organisation"] == "Doncaster Metropolitan Borough Council");
}

// Documents record their format, metadata and the message they came with.
void formats_recorded() {
  const json pdf = show(id_of("formats/cornwall.pdf"));
  CHECK(pdf["format"] == "pdf");
  CHECK(pdf["pages"].size() == 2);
  CHECK(pdf["source_title"] == "APA outcome");
  CHECK(pdf["source_date"] == "2017-01-01");
  CHECK(pdf["date"] == "2006-11-21");  // the dateline, not the PDF's creation date
  CHECK(show(id_of("formats/tower-hamlets.html"))["source_title"] == "Letter to Tower Hamlets");
  const json attachment = show(id_of("formats/commissioner.eml#attachment-1-Rotherham-letter.pdf"));
  CHECK(attachment["format"] == "pdf");
  CHECK(attachment["parent"] == id_of("formats/commissioner.eml"));
  const json message = show(id_of("formats/board.mbox#message-2"));
  CHECK(message["format"] == "email");
  CHECK(message["type"] == "email");
  CHECK(message["parent"] == "");
}

// A phrase from the scan finds it, marked as OCR in JSON and text.
void scan_found_and_marked() {
  const json results = search_json(corpus().db, {"\"new trust for children's social care\""});
  const std::string scan_id = id_of("formats/trust-scan.pdf");
  CHECK(hit_ids(results) == std::set<std::string>{scan_id, id_of("plain/trust.txt")});
  const json* scan = find_hit(results, scan_id);
  REQUIRE(scan != nullptr);
  INFO("hit: " << scan->dump(1));
  CHECK((*scan)["format"] == "pdf-ocr");
  CHECK((*scan)["ocr"] == true);
  CHECK((*scan)["page"] == 1);
  CHECK(show(id_of("plain/trust.txt"))["ocr"] == false);

  const ProgramResult text =
      run_search({"--db", corpus().db.string(), "format:pdf-ocr", "\"new trust for children's social care\""});
  REQUIRE(text.exit_code == 0);
  CHECK_THAT(text.out, Catch::Contains(scan_id + "  page 1  [OCR]"));
  const ProgramResult shown = run_search({"--db", corpus().db.string(), "show", scan_id});
  REQUIRE(shown.exit_code == 0);
  CHECK_THAT(shown.out, Catch::Contains("text recognised by OCR"));
}

// A hit in a PDF says its page and show prints that page.
void pdf_pages() {
  const std::string pdf_id = id_of("formats/cornwall.pdf");
  const json results = search_json(corpus().db, {"\"Lys Kernow\""});
  CHECK(hit_ids(results) == std::set<std::string>{pdf_id, id_of("plain/cornwall.txt")});
  const json* pdf = find_hit(results, pdf_id);
  REQUIRE(pdf != nullptr);
  CHECK((*pdf)["page"] == 2);
  CHECK_FALSE(find_hit(results, id_of("plain/cornwall.txt"))->contains("page"));

  const ProgramResult page = run_search({"--db", corpus().db.string(), "show", pdf_id, "--page", "2"});
  INFO("stderr: " << page.err);
  REQUIRE(page.exit_code == 0);
  CHECK_THAT(page.out, Catch::Contains("Lys Kernow"));
  CHECK_THAT(page.out, !Catch::Contains("Dear Mr Hillier"));
  const json page_one = search_json(corpus().db, {"show", pdf_id, "--page", "1"});
  CHECK_THAT(page_one["page_text"].get<std::string>(), Catch::Contains("Dear Mr Hillier"));
  CHECK_THAT(page_one["page_text"].get<std::string>(), !Catch::Contains("Lys Kernow"));
  const ProgramResult missing = run_search({"--db", corpus().db.string(), "show", pdf_id, "--page", "3"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("no page 3"));
}

// The format facet counts each format and format: filters.
void format_facet() {
  const json results = search_json(corpus().db, {"date:2000..2030", "--facets", "format", "--limit", "0"});
  std::map<std::string, int> counts;
  for (const auto& value : results["facets"]["format"]) counts[value["value"].get<std::string>()] = value["count"].get<int>();
  CHECK(counts == std::map<std::string, int>{{"text", 7}, {"pdf", 2}, {"pdf-ocr", 1}, {"html", 1}, {"email", 3}});
  CHECK(hit_ids(search_json(corpus().db, {"format:html"})) == std::set<std::string>{id_of("formats/tower-hamlets.html")});
}

// A re-run skips unchanged files and never recognises a page twice.
void ocr_cache() {
  Corpus& indexed = corpus();
  const fs::path cache = indexed.db.string() + ".ocr-cache";
  REQUIRE(fs::is_directory(cache));
  REQUIRE(files_in(cache) == 1);  // the scan's one page

  const ProgramResult again = run_index({"--db", indexed.db.string(), indexed.letters.string()});
  CHECK(again.exit_code == 1);  // the damaged files are still there
  CHECK(files_in(cache) == 1);

  // The same scan under another name takes its text from the cache: the
  // cached text is marked so that only the cache could have given it.
  const fs::path entry = fs::directory_iterator(cache)->path();
  std::ofstream(entry, std::ios::app) << "\nTaken from the cache, not recognised again.\n";
  fs::copy_file(indexed.letters / "formats" / "trust-scan.pdf", indexed.letters / "formats" / "trust-scan-copy.pdf");
  const ProgramResult copy = run_index({"--db", indexed.db.string(), indexed.letters.string()});
  INFO("stderr: " << copy.err);
  CHECK(copy.exit_code == 1);
  CHECK(files_in(cache) == 1);
  const json results = search_json(indexed.db, {"\"taken from the cache\""});
  CHECK(hit_ids(results) == std::set<std::string>{id_of("formats/trust-scan-copy.pdf")});
}

}  // namespace

// One test case, so the folder is indexed (and its scan recognised) once;
// the sections run in order, the one that changes the folder last.
TEST_CASE("PDFs, a scan, a web page and e-mail through the programs", "[e2e][formats]") {
  SECTION("damaged and unknown files are skipped with their reason and the rest indexed") skipped_with_reasons();
  SECTION("each format reads as the plain letter it was made from") same_as_plain_letters();
  SECTION("documents record their format, metadata and the message they came with") formats_recorded();
  SECTION("a phrase from the scan finds it, marked as OCR in JSON and text") scan_found_and_marked();
  SECTION("a hit in a PDF says its page and show prints that page") pdf_pages();
  SECTION("the format facet counts each format and format: filters") format_facet();
  SECTION("a re-run skips unchanged files and never recognises a page twice") ocr_cache();
}
