#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unicode/ustring.h>
#include <unistd.h>
#include <xxhash.h>

#include "indexer/read.h"

namespace fs = std::filesystem;
using letterbox::hash_hex;
using letterbox::is_indexable_name;
using letterbox::read_bytes;
using letterbox::read_file;
using letterbox::ReadOptions;

namespace {

// A fresh folder under the system temporary folder, removed afterwards.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (fs::temp_directory_path() / "letterbox-read-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed: " + pattern);
    path_ = pattern;
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  ~TempFolder() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
  }

  fs::path write(const std::string& name, const std::string& bytes) const {
    const fs::path file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string utf16le(const std::u16string& text) {
  std::string bytes;
  for (const char16_t unit : text) {
    bytes += static_cast<char>(unit & 0xFF);
    bytes += static_cast<char>(unit >> 8);
  }
  return bytes;
}

std::string utf16be(const std::u16string& text) {
  std::string bytes;
  for (const char16_t unit : text) {
    bytes += static_cast<char>(unit >> 8);
    bytes += static_cast<char>(unit & 0xFF);
  }
  return bytes;
}

const std::u16string kWelshLetter =
    u"Annwyl Gynghorydd \u0174yn,\n\nCyngor Caerdydd \u2013 gwasanaethau plant.\n\u4E2D\u6587\n";
const std::string kWelshLetterUtf8 =
    "Annwyl Gynghorydd \u0174yn,\n\nCyngor Caerdydd \u2013 gwasanaethau plant.\n\u4E2D\u6587\n";

bool is_valid_utf8(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
  return status != U_INVALID_CHAR_FOUND && status != U_ILLEGAL_CHAR_FOUND;
}

}  // namespace

TEST_CASE("read_file returns UTF-8 text and the xxh64 of its bytes", "[read]") {
  TempFolder folder;
  const std::string letter = "Dear Cllr Ward,\n\nBirmingham City Council \u2014 Improvement Notice, 2014.\n";
  const auto result = read_file(folder.write("birmingham.txt", letter));
  REQUIRE(result.text);
  CHECK(*result.text == letter);
  CHECK(result.skip_reason.empty());
  CHECK(result.warnings.empty());
  CHECK(result.content_hash == XXH64(letter.data(), letter.size(), 0));
  CHECK(read_bytes(letter).content_hash == result.content_hash);
}

TEST_CASE("a UTF-8 byte-order mark is dropped from the text but hashed", "[read]") {
  const std::string bytes = "\xEF\xBB\xBFMinutes of the Doncaster Improvement Board";
  const auto result = read_bytes(bytes);
  REQUIRE(result.text);
  CHECK(*result.text == "Minutes of the Doncaster Improvement Board");
  CHECK(result.warnings.empty());
  CHECK(result.content_hash == XXH64(bytes.data(), bytes.size(), 0));
}

TEST_CASE("UTF-16 files with a byte-order mark are converted to UTF-8", "[read]") {
  TempFolder folder;
  const auto little = read_file(folder.write("le.txt", "\xFF\xFE" + utf16le(kWelshLetter)));
  REQUIRE(little.text);
  CHECK(*little.text == kWelshLetterUtf8);
  CHECK(little.warnings.empty());

  const auto big = read_file(folder.write("be.txt", "\xFE\xFF" + utf16be(kWelshLetter)));
  REQUIRE(big.text);
  CHECK(*big.text == kWelshLetterUtf8);
  CHECK(big.warnings.empty());
}

TEST_CASE("UTF-16 without a byte-order mark is detected, with a warning", "[read]") {
  const std::u16string email = u"From: Rotherham MBC\nTo: Minister of State\nSubject: Ofsted \u2018inadequate\u2019\n";
  const auto little = read_bytes(utf16le(email));
  REQUIRE(little.text);
  CHECK(little.text->rfind("From: Rotherham MBC\n", 0) == 0);
  CHECK(little.text->find("Ofsted \u2018inadequate\u2019") != std::string::npos);
  REQUIRE(little.warnings.size() == 1);
  CHECK(little.warnings[0].find("UTF-16LE") != std::string::npos);

  const auto big = read_bytes(utf16be(email));
  REQUIRE(big.text);
  CHECK(big.text->rfind("From: Rotherham MBC\n", 0) == 0);
  REQUIRE(big.warnings.size() == 1);
  CHECK(big.warnings[0].find("UTF-16BE") != std::string::npos);
}

TEST_CASE("unpaired UTF-16 surrogates become U+FFFD", "[read]") {
  std::u16string text = u"Slough ";
  text += static_cast<char16_t>(0xD800);
  text += u" Trust";
  const auto result = read_bytes("\xFF\xFE" + utf16le(text));
  REQUIRE(result.text);
  CHECK(*result.text == "Slough \uFFFD Trust");
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].find("UTF-16") != std::string::npos);
}

TEST_CASE("binary data is skipped", "[read]") {
  using namespace std::string_literals;
  CHECK(read_bytes("Dear Sir\0\0\0\x01\x02 binary"s).skip_reason == "binary data, not text");
  CHECK(read_bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s).skip_reason == "binary data, not text");
  std::string controls;
  for (int i = 0; i < 200; ++i) controls += i % 3 == 0 ? "\x01\x02" : "ab";
  const auto result = read_bytes(controls);
  CHECK(result.skip_reason == "binary data, not text");
  CHECK_FALSE(result.text);
}

TEST_CASE("a few stray control bytes do not make a letter binary", "[read]") {
  std::string letter(2000, 'x');
  letter[100] = '\x07';
  letter[900] = '\x1b';
  const auto result = read_bytes(letter);
  CHECK(result.text);
}

TEST_CASE("invalid UTF-8 is repaired with one warning", "[read]") {
  // Windows-1252 bytes in a Cornwall letter: a lone lead byte, two bytes that
  // are never UTF-8, and a truncated three-byte sequence at the end.
  const std::string bytes = "Cornwall Council caf\xE9 inspection \xFF\xFE ends \xE2\x80";
  const auto result = read_bytes(bytes);
  REQUIRE(result.text);
  CHECK(*result.text == "Cornwall Council caf\uFFFD inspection \uFFFD\uFFFD ends \uFFFD");
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0] == "invalid UTF-8 repaired (4 bad sequences)");
  CHECK(result.content_hash == XXH64(bytes.data(), bytes.size(), 0));
}

TEST_CASE("overlong encodings and encoded surrogates are invalid", "[read]") {
  const auto result = read_bytes("a\xC0\xAF b\xED\xA0\x80 c");
  REQUIRE(result.text);
  CHECK(result.text->find('\xC0') == std::string::npos);
  CHECK(result.text->find('\xED') == std::string::npos);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].rfind("invalid UTF-8 repaired", 0) == 0);
}

TEST_CASE("text over the size limit is cut at a character boundary", "[read]") {
  TempFolder folder;
  std::string letter;
  for (int i = 0; i < 100; ++i) letter += "Tower Hamlets \u00E9\u4E2D ";
  const ReadOptions options{.max_bytes = 1001};
  const fs::path file = folder.write("tower-hamlets.md", letter);

  for (const auto& result : {read_file(file, options), read_bytes(letter, options)}) {
    REQUIRE(result.text);
    CHECK(result.text->size() <= 1001);
    CHECK(result.text->size() >= 998);
    CHECK(letter.rfind(*result.text, 0) == 0);
    CHECK(is_valid_utf8(*result.text));
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].find(std::to_string(letter.size())) != std::string::npos);
    CHECK(result.warnings[0].find("1001") != std::string::npos);
    // The hash covers the whole file, so any change to it is noticed.
    CHECK(result.content_hash == XXH64(letter.data(), letter.size(), 0));
  }
}

TEST_CASE("UTF-16 over the size limit is not cut inside a surrogate pair", "[read]") {
  std::u16string text = u"ab";
  text += u"\U0001F600";  // a surrogate pair
  text += u"cd";
  // BOM (2) + "ab" (4) + the lead surrogate (2): the cut falls inside the pair.
  const auto result = read_bytes("\xFF\xFE" + utf16le(text), ReadOptions{.max_bytes = 8});
  REQUIRE(result.text);
  CHECK(*result.text == "ab");
  CHECK(result.warnings.size() == 1);
}

TEST_CASE("empty and whitespace-only files are skipped", "[read]") {
  TempFolder folder;
  CHECK(read_file(folder.write("empty.txt", "")).skip_reason == "empty file");
  CHECK(read_file(folder.write("blank.txt", "  \n\t\r\n \n")).skip_reason == "empty file");
  CHECK(read_bytes("\xEF\xBB\xBF\n\n").skip_reason == "empty file");
  CHECK_FALSE(read_bytes("\n\n").text);
}

TEST_CASE("I/O errors become skip reasons naming the OS error", "[read]") {
  TempFolder folder;
  const auto missing = read_file(folder.path() / "deleted-meanwhile.txt");
  CHECK_FALSE(missing.text);
  CHECK(missing.skip_reason.find(std::strerror(ENOENT)) != std::string::npos);

  const auto directory = read_file(folder.path());
  CHECK_FALSE(directory.text);
  CHECK(directory.skip_reason.find(std::strerror(EISDIR)) != std::string::npos);
}

TEST_CASE("an unreadable file is skipped with the permission error", "[read]") {
  TempFolder folder;
  const fs::path file = folder.write("locked.txt", "Dear Minister,\n");
  fs::permissions(file, fs::perms::none);
  // root reads files whatever their permissions; there is nothing to check then.
  if (::access(file.c_str(), R_OK) == 0) {
    WARN("running with permission to read mode-000 files; permission check skipped");
    CHECK(read_file(file).text);
    return;
  }
  const auto result = read_file(file);
  CHECK_FALSE(result.text);
  CHECK(result.skip_reason.find(std::strerror(EACCES)) != std::string::npos);
}

TEST_CASE("a FIFO is skipped without blocking", "[read]") {
  TempFolder folder;
  const fs::path fifo = folder.path() / "pipe.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto result = read_file(fifo);
  CHECK_FALSE(result.text);
  CHECK(result.skip_reason == "not a regular file");
}

TEST_CASE("hash_hex gives 16 lowercase hex digits", "[read]") {
  CHECK(hash_hex(0) == "0000000000000000");
  CHECK(hash_hex(0xDEADBEEFull) == "00000000deadbeef");
  CHECK(hash_hex(0xFEDCBA9876543210ull) == "fedcba9876543210");
}

TEST_CASE("is_indexable_name takes text and markdown files and bare names", "[read]") {
  CHECK(is_indexable_name("letters/000_1b777cbff75d175f.txt"));
  CHECK(is_indexable_name("minutes/doncaster-2012.MD"));
  CHECK(is_indexable_name("reports/Slough.Markdown"));
  CHECK(is_indexable_name("letters/README"));
  CHECK(is_indexable_name("Letter.TXT"));
  CHECK_FALSE(is_indexable_name("letters/.hidden.txt"));
  CHECK_FALSE(is_indexable_name(".DS_Store"));
  CHECK_FALSE(is_indexable_name("letters/setup.exe"));
  CHECK_FALSE(is_indexable_name("letters/letters.zip"));
  CHECK_FALSE(is_indexable_name("letters/notes.txt.bak"));
  CHECK_FALSE(is_indexable_name("letters/archive.tar.gz"));
}

TEST_CASE("names_pages tells PDFs and page images, which may need OCR, by their names", "[read]") {
  CHECK(letterbox::names_pages("scans/walsall-2009.PDF"));
  CHECK(letterbox::names_pages("scans/page-3.tiff"));
  CHECK(letterbox::names_pages("scans/photo.jpeg"));
  CHECK_FALSE(letterbox::names_pages("letters/walsall-2009.txt"));
  CHECK_FALSE(letterbox::names_pages("mail/inbox.mbox"));
  CHECK_FALSE(letterbox::names_pages("letters/README"));
  CHECK(is_indexable_name("scans/walsall-2009.PDF"));
}
