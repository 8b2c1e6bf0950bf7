// The document formats: each yields the same letter as the plain text it was
// made from.
#include <atomic>
#include <fstream>
#include <iterator>
#include <random>

#include <catch2/catch.hpp>

#include "indexer/formats/detect_format.h"
#include "indexer/formats/extract.h"
#include "indexer/formats/read_email.h"
#include "indexer/formats/read_html.h"
#include "indexer/formats/read_pdf.h"
#include "indexer/pipeline.h"
#include "schema/document_data.h"
#include "schema/schema.h"
#include "tests/formats/fixtures.h"

using namespace letterbox;
using namespace letterbox::testing;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
  TempFolder() {
    path = fs::temp_directory_path() / ("letterbox-formats-" + std::to_string(std::random_device{}()));
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return path / name;
  }
  fs::path path;
};

PipelineOptions with_jobs(unsigned jobs) {
  PipelineOptions options;
  options.jobs = jobs;
  return options;
}

const Tagger& tagger() {
  static const Tagger instance(load_reference_data(default_reference_folder()));
  return instance;
}

std::vector<std::string> entity_ids(const AnalysedLetter& analysed) {
  std::vector<std::string> ids;
  for (const Entity& entity : analysed.entities.items) ids.push_back(to_string(entity.kind) + ":" + entity.name);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> names(const std::vector<Party>& parties) {
  std::vector<std::string> out;
  for (const Party& party : parties) out.push_back(party.name);
  return out;
}

// The same date, sender, recipients and entities as the plain letter.
void check_same_letter(const std::string& extracted, const std::string& plain) {
  const AnalysedLetter expected = analyse(plain, tagger());
  const AnalysedLetter got = analyse(extracted, tagger());
  REQUIRE(expected.letter.date.valid());
  CHECK(got.letter.date == expected.letter.date);
  CHECK(got.letter.sender.name == expected.letter.sender.name);
  CHECK(names(got.letter.recipients) == names(expected.letter.recipients));
  CHECK(entity_ids(got) == entity_ids(expected));
}

Extraction extract(const std::string& bytes, const std::string& name, OcrMode ocr = OcrMode::auto_,
                   const OcrCache& cache = {}) {
  return extract_bytes(bytes, name, {ReadOptions{}, ocr, cache, {}});
}

// Doncaster, 2005: a second letter, for mbox and attachments.
std::string doncaster_letter() {
  return "Beverley Hughes MP\nMinister for Children, Young People and Families\n\n"
         "Mr Martin Winter\nMayor of Doncaster\nCivic Office\nDoncaster\nDN1 3BU\n\n"
         "3 October 2005\n\nDear Mr Winter,\n\n"
         "Thank you for your letter about the joint area review of children's services in Doncaster.\n\n"
         "Yours sincerely,\n\nBeverley Hughes\n";
}

std::string email_with_pdf_attachment(const std::string& pdf) {
  return "From: Jane Cole <jane.cole@ofsted.gov.uk>\r\n"
         "To: \"Cllr Kate Hewitt\" <kate.hewitt@slough.gov.uk>\r\n"
         "Cc: Private Office <private.office@education.gov.uk>\r\n"
         "Date: Tue, 12 Mar 2013 09:30:00 +0000\r\n"
         "Subject: =?UTF-8?Q?Slough_=E2=80=93_inspection_outcome?=\r\n"
         "MIME-Version: 1.0\r\n"
         "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
         "--b1\r\n"
         "Content-Type: text/plain; charset=iso-8859-1\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
         "Dear Kate,\r\n\r\nPlease find attached the minister's letter on the Slough inspection; the =\r\n"
         "fee of =A3200 is waived.\r\n\r\nRegards,\r\nJane Cole\r\n"
         "--b1\r\n"
         "Content-Type: application/pdf; name=\"Birmingham letter.pdf\"\r\n"
         "Content-Disposition: attachment; filename=\"Birmingham letter.pdf\"\r\n"
         "Content-Transfer-Encoding: base64\r\n\r\n" +
         base64(pdf) + "\r\n--b1--\r\n";
}

std::string mbox_of(const std::vector<std::string>& messages) {
  std::string mbox;
  for (const std::string& message : messages) mbox += "From sender@example.org Mon Jan  1 00:00:00 2018\n" + message + "\n";
  return mbox;
}

std::string plain_message(const std::string& from, const std::string& to, const std::string& date,
                          const std::string& body) {
  return "From: " + from + "\nTo: " + to + "\nDate: " + date + "\nSubject: Rotherham improvement board\n\n" + body;
}

}  // namespace

TEST_CASE("formats are told by content, names only break ties", "[formats]") {
  const std::string pdf = text_pdf({{"A short letter about Cornwall Council and its inspection."}});
  CHECK(detect_format(pdf, "letter.txt").format == FileFormat::pdf);
  CHECK(detect_format(pdf, "letter").format == FileFormat::pdf);
  CHECK(detect_format("Dear Sir,\nThank you.\n", "letter.pdf").format == FileFormat::unknown);
  CHECK(detect_format("<!DOCTYPE html><html><body><p>Hello</p></body></html>", "page.htm").format == FileFormat::html);
  CHECK(detect_format("From: a@b.org\nTo: c@d.org\nSubject: x\n\nbody\n", "note.eml").format == FileFormat::email);
  CHECK(detect_format("Dear Sir,\nThank you.\n", "letter.md").format == FileFormat::text);
  CHECK(detect_format(std::string("\x1f\x8b\x08\0\0\0\0\0\0\x03", 10), "letters").format == FileFormat::unknown);
}

TEST_CASE("a PDF's text layer reads page by page, with its metadata kept apart", "[formats][pdf]") {
  const std::string plain = birmingham_letter();
  const std::string pdf = text_pdf(paginate(plain, 20), {"Draft notice", "DfE Private Office", "D:20150102090000Z"});
  const Extraction extraction = extract(pdf, "notice.pdf");
  REQUIRE(extraction.skip_reason.empty());
  REQUIRE(extraction.documents.size() == 1);
  const ExtractedText& text = extraction.documents.front();
  CHECK(text.format == "pdf");
  CHECK_FALSE(text.ocr);
  REQUIRE(text.page_starts.size() == 2);
  CHECK(text.text[text.page_starts[1] - 1] == '\f');
  CHECK(text.text.find("Birmingham, which judged") < text.page_starts[1]);
  CHECK(text.text.find("Lord Norman Warner") >= text.page_starts[1]);
  CHECK(text.source_title == "Draft notice");
  CHECK(text.source_author == "DfE Private Office");
  CHECK(text.source_date == "2015-01-02");
  check_same_letter(text.text, plain);
  // The creation date is the PDF's, never the letter's.
  CHECK(analyse(text.text, tagger()).letter.date.iso() == "2014-05-14");
}

TEST_CASE("pages are found from text offsets", "[formats][pdf]") {
  schema::DocumentData data;
  data.text = "page one\fpage two\fpage three";
  data.pages = {0, 9, 18};
  CHECK(schema::page_at(data, 0) == 1);
  CHECK(schema::page_at(data, 10) == 2);
  CHECK(schema::page_at(data, 20) == 3);
  CHECK(schema::page_text(data, 2) == "page two");
  CHECK(schema::page_text(data, 3) == "page three");
  CHECK(schema::page_text(data, 4).empty());
  data.pages.clear();
  CHECK(schema::page_at(data, 5) == 0);
}

TEST_CASE("damaged, empty-of-text and misnamed PDFs are skipped with a reason", "[formats][pdf]") {
  const std::string pdf = text_pdf({{"Tower Hamlets Council: a letter that will be cut short."}});
  CHECK_THAT(extract(pdf.substr(0, pdf.size() / 3), "cut.pdf").skip_reason, Catch::Contains("PDF"));
  CHECK_THAT(extract("%PDF-1.4\nthis is not really a pdf\n", "fake.pdf").skip_reason, Catch::Contains("PDF"));
  CHECK_THAT(extract(text_pdf({{""}}), "blank.pdf", OcrMode::never).skip_reason, Catch::Contains("OCR is off"));
  CHECK_THAT(extract("just words\n", "letter.pdf").skip_reason, Catch::Contains("not a format"));
  CHECK_FALSE(has_usable_text("  ~ . , 3 "));
  CHECK(has_usable_text("Dear Councillor Bore, I am writing"));
}

TEST_CASE("a saved web page gives its text without scripts, styles or navigation", "[formats][html]") {
  std::string body;
  const auto lines = paginate(birmingham_letter(), 1000).front();
  for (const auto& line : lines)
    body += line.empty() ? "\n" : "<p>" + line + "</p>\n";
  const std::string html = "<!DOCTYPE html><html><head><title>Letter to  Birmingham\n City Council</title>"
                           "<style>p { color: red }</style><script>var tracking = 'Slough';</script></head><body>"
                           "<nav><a href='/'>Home</a> <a href='/news'>News and communications</a></nav>"
                           "<div class='breadcrumb'>GOV.UK &gt; Education</div><main>" +
                           body + "</main><footer>Published 14 May 2014</footer></body></html>";
  const Extraction extraction = extract(html, "page.html");
  REQUIRE(extraction.documents.size() == 1);
  const ExtractedText& text = extraction.documents.front();
  CHECK(text.format == "html");
  CHECK(text.source_title == "Letter to Birmingham City Council");
  CHECK(text.text.find("tracking") == std::string::npos);
  CHECK(text.text.find("color") == std::string::npos);
  CHECK(text.text.find("News and communications") == std::string::npos);
  CHECK(text.text.find("GOV.UK") == std::string::npos);
  check_same_letter(text.text, birmingham_letter());
}

TEST_CASE("html entities, line breaks and preformatted text", "[formats][html]") {
  const HtmlText html = read_html("<html><body><p>Children&#39;s services &amp; schools<br>Leeds</p><pre>a\n  b</pre></body></html>");
  CHECK(html.text == "Children's services & schools\nLeeds\n\na\n  b");
}

TEST_CASE("an e-mail's headers make the letter and its PDF attachment is a document of its own",
          "[formats][email]") {
  const std::string pdf = text_pdf(paginate(birmingham_letter(), 60));
  const Extraction extraction = extract(email_with_pdf_attachment(pdf), "inspection.eml");
  REQUIRE(extraction.skip_reason.empty());
  REQUIRE(extraction.documents.size() == 2);
  const ExtractedText& message = extraction.documents[0];
  CHECK(message.format == "email");
  CHECK(message.id_suffix.empty());
  CHECK_THAT(message.text, Catch::Contains("fee of \xC2\xA3" "200 is waived"));  // quoted-printable, Latin-1
  const AnalysedLetter analysed = analyse(message.text, tagger());
  CHECK(analysed.letter.type == DocType::email);
  CHECK(analysed.letter.date.iso() == "2013-03-12");
  CHECK(analysed.letter.sender.name == "Jane Cole");
  CHECK(names(analysed.letter.recipients) == std::vector<std::string>{"Kate Hewitt"});
  CHECK(message.source_title == "Slough \xE2\x80\x93 inspection outcome");  // RFC 2047, UTF-8
  CHECK(analysed.letter.subject == "Slough - inspection outcome");

  const ExtractedText& attachment = extraction.documents[1];
  CHECK(attachment.id_suffix == "#attachment-1-Birmingham-letter.pdf");
  CHECK(attachment.has_parent);
  CHECK(attachment.parent_suffix.empty());
  CHECK(attachment.format == "pdf");
  check_same_letter(attachment.text, birmingham_letter());
}

TEST_CASE("an mbox is one document per message", "[formats][email]") {
  const std::string mbox = mbox_of({plain_message("Sharon Kemp <sharon.kemp@rotherham.gov.uk>",
                                                  "Nick Gibb <nick.gibb@education.gov.uk>", "Fri, 6 Feb 2015 10:00:00 +0000",
                                                  "The board met on Tuesday.\n"),
                                    plain_message("Nick Gibb <nick.gibb@education.gov.uk>",
                                                  "Sharon Kemp <sharon.kemp@rotherham.gov.uk>",
                                                  "Mon, 9 Feb 2015 16:45:00 +0000", "Thank you for the update.\n")});
  const Extraction extraction = extract(mbox, "board.mbox");
  REQUIRE(extraction.documents.size() == 2);
  CHECK(extraction.documents[0].id_suffix == "#message-1");
  CHECK(extraction.documents[1].id_suffix == "#message-2");
  const AnalysedLetter second = analyse(extraction.documents[1].text, tagger());
  CHECK(second.letter.date.iso() == "2015-02-09");
  CHECK(second.letter.sender.name == "Nick Gibb");
  CHECK(names(second.letter.recipients) == std::vector<std::string>{"Sharon Kemp"});
  CHECK_THAT(extract("no messages here\n", "empty.mbox").skip_reason, Catch::Contains("mbox"));
}

TEST_CASE("document identifiers of messages and attachments lead back to their file", "[formats]") {
  CHECK(file_of_id("/data/board.mbox#message-12") == "/data/board.mbox");
  CHECK(file_of_id("/data/note.eml#attachment-1-report.pdf") == "/data/note.eml");
  CHECK(file_of_id("/data/board.mbox#message-2#attachment-3-x.pdf") == "/data/board.mbox");
  CHECK(file_of_id("/data/letters#2/a.txt") == "/data/letters#2/a.txt");
  CHECK(file_of_id("/data/a#message-draft.txt") == "/data/a#message-draft.txt");
}

TEST_CASE("scans are read by OCR, marked as such, and recognised once", "[formats][ocr]") {
  const std::string plain = birmingham_letter();
  const GrayImage scan = render_page(text_pdf(paginate(plain, 60)), 0, 150);
  TempFolder cache_folder;
  const OcrCache cache(cache_folder.path / "cache");

  const Extraction image = extract(png(scan), "scan.png", OcrMode::auto_, cache);
  REQUIRE(image.skip_reason.empty());
  const ExtractedText& image_text = image.documents.at(0);
  CHECK(image_text.format == "image-ocr");
  CHECK(image_text.ocr);
  CHECK_THAT(image_text.text, Catch::Contains("Improvement Notice"));
  CHECK(analyse(image_text.text, tagger()).letter.date.iso() == "2014-05-14");
  CHECK(std::distance(fs::directory_iterator(cache.folder()), fs::directory_iterator()) == 1);

  // The same image again comes from the cache, not from Tesseract.
  const std::string cached_text = extract(png(scan), "again.png", OcrMode::auto_, cache).documents.at(0).text;
  CHECK(cached_text == image_text.text);
  CHECK_THAT(extract(png(scan), "scan.png", OcrMode::never).skip_reason, Catch::Contains("OCR is off"));

  std::size_t pages_reported = 0;
  const Extraction scanned_pdf = extract_bytes(image_pdf(scan, 150), "scan.pdf",
                                               {ReadOptions{}, OcrMode::auto_, cache, [&](std::size_t, std::size_t) { ++pages_reported; }});
  REQUIRE(scanned_pdf.skip_reason.empty());
  const ExtractedText& pdf_text = scanned_pdf.documents.at(0);
  CHECK(pages_reported == 1);
  CHECK(pdf_text.format == "pdf-ocr");
  CHECK(pdf_text.ocr);
  CHECK_THAT(pdf_text.text, Catch::Contains("Lord Norman Warner"));
  // The recipient block reads as one block, as on the page: "Councillor
  // Sir Albert Bore", not "Bore" run into the letterhead.
  check_same_letter(pdf_text.text, plain);
  const AnalysedLetter got = analyse(pdf_text.text, tagger());
  REQUIRE(got.letter.recipients.size() == 1);
  CHECK(got.letter.recipients.front().name == "Albert Bore");
  CHECK(got.letter.recipients.front().organisation == "Birmingham City Council");
}

TEST_CASE("a scanned letter signed at the foot keeps its parties", "[formats][ocr]") {
  const std::string plain = doncaster_trust_letter();
  const GrayImage scan = render_page(text_pdf(paginate(plain, 60)), 0, 150);
  const Extraction extraction = extract(image_pdf(scan, 150), "trust.pdf");
  REQUIRE(extraction.skip_reason.empty());
  const ExtractedText& text = extraction.documents.at(0);
  CHECK(text.format == "pdf-ocr");
  // Lines stay lines, and paragraphs are parted where the page parts them.
  CHECK_THAT(text.text, Catch::Contains("Ms Jo Miller\nChief Executive\nDoncaster Metropolitan Borough Council\n"));
  CHECK_THAT(text.text, Catch::Contains("London SW1P 3BT\n\nMs Jo Miller"));
  check_same_letter(text.text, plain);
  const AnalysedLetter got = analyse(text.text, tagger());
  CHECK(got.letter.sender.name == "Edward Timpson");
  REQUIRE(got.letter.recipients.size() == 1);
  CHECK(got.letter.recipients.front().name == "Jo Miller");
}

TEST_CASE("the pipeline indexes every document of a file and knows them unchanged by the file's hash",
          "[formats][pipeline]") {
  TempFolder folder;
  const fs::path letters = folder.path / "letters";
  fs::create_directories(letters);
  std::ofstream(letters / "inspection.eml", std::ios::binary)
      << email_with_pdf_attachment(text_pdf(paginate(birmingham_letter(), 60)));
  std::ofstream(letters / "board.mbox", std::ios::binary)
      << mbox_of({plain_message("a@rotherham.gov.uk", "b@education.gov.uk", "Fri, 6 Feb 2015 10:00:00 +0000", "One.\n"),
                  plain_message("b@education.gov.uk", "a@rotherham.gov.uk", "Mon, 9 Feb 2015 10:00:00 +0000", "Two.\n")});
  std::ofstream(letters / "doncaster.pdf", std::ios::binary) << text_pdf(paginate(doncaster_letter(), 8));

  struct Quiet : IndexObserver {
    void warning(const std::string&, const std::string&) override {}
    void skipped(const std::string& path, const std::string& reason) override { skips.push_back(path + reason); }
    void progress(std::size_t, std::size_t, std::uintmax_t) override {}
    std::vector<std::string> skips;
  } observer;
  const std::atomic<bool> stop{false};
  const fs::path db = folder.path / "db";
  const FileList files = list_files({letters});
  REQUIRE(files.files.size() == 3);
  {
    IndexWriter writer(db, 100);
    const IndexSummary summary = index_files(files, tagger(), writer, observer, with_jobs(2), stop);
    CHECK(observer.skips.empty());
    CHECK(summary.added == 5);
  }
  {
    IndexWriter writer(db, 100);
    const IndexSummary again = index_files(files, tagger(), writer, observer, with_jobs(2), stop);
    CHECK(again.unchanged == 3);
    CHECK(again.added + again.updated == 0);
    CHECK(writer.ids_of_missing_files().empty());  // sub-documents are not "missing files"
  }
  // An mbox that lost a message loses its document.
  std::ofstream(letters / "board.mbox", std::ios::binary | std::ios::trunc)
      << mbox_of({plain_message("a@rotherham.gov.uk", "b@education.gov.uk", "Fri, 6 Feb 2015 10:00:00 +0000", "One.\n")});
  {
    IndexWriter writer(db, 100);
    const IndexSummary changed = index_files(list_files({letters}), tagger(), writer, observer, with_jobs(1), stop);
    CHECK(changed.updated == 1);
    CHECK(writer.document_count() == 4);
  }
  // --prune: a file that is gone takes all its documents with it.
  fs::remove(letters / "inspection.eml");
  {
    IndexWriter writer(db, 100);
    const std::string eml_id = document_id(letters / "inspection.eml");
    CHECK(writer.ids_of_missing_files() ==
          std::vector<std::string>{eml_id, eml_id + "#attachment-1-Birmingham-letter.pdf"});
  }
  Xapian::Database index(db.string());
  const std::string eml_id = document_id(letters / "inspection.eml");
  Xapian::Enquire enquire(index);
  enquire.set_query(Xapian::Query(schema::id_term(eml_id + "#attachment-1-Birmingham-letter.pdf")));
  const Xapian::MSet match = enquire.get_mset(0, 1);
  REQUIRE(match.size() == 1);
  const schema::DocumentData data = schema::decode_document_data(match.begin().get_document().get_data());
  CHECK(data.parent == eml_id);
  CHECK(data.format == "pdf");
  CHECK(data.pages.size() == 1);
  CHECK(data.date == "2014-05-14");
}

TEST_CASE("the format fuzzer's seeds extract as the fuzzer reads them", "[formats][fuzz]") {
  // tests/fuzz/fuzz_formats.cc: the first byte picks the file name. The
  // fuzz targets are built only with clang, so their seeds are read here too.
  static const std::vector<std::string> kNames = {"page.html", "message.eml", "folder.mbox",
                                                  "letter.pdf", "letter.txt", "letter"};
  const fs::path seeds = fs::path(LETTERBOX_SOURCE_DIR) / "tests" / "fuzz" / "format_seeds";
  std::size_t documents = 0;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(bytes.empty());
    const std::string name = kNames[static_cast<unsigned char>(bytes[0]) % kNames.size()];
    INFO(entry.path().filename().string() << " read as " << name);
    const Extraction extraction = extract(bytes.substr(1), name, OcrMode::never);
    CHECK(extraction.skip_reason.empty());
    documents += extraction.documents.size();
  }
  // A page, a message with an HTML attachment, two messages, a PDF, a text.
  CHECK(documents == 1 + 2 + 2 + 1 + 1);
}
