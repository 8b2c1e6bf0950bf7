#include "schema/text_analysis.h"

#include <array>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace letterbox::text {
namespace {

// The value U8_NEXT gives for an ill-formed sequence.
constexpr UChar32 kIllFormed = -1;
constexpr UChar32 kReplacement = 0xFFFD;
// What a code point becomes before and after NFKC.
constexpr UChar32 kDrop = -2;

// Decodes the code point at s[i] and advances i past it; kIllFormed for a bad
// sequence (i then skips its maximal ill-formed subpart, as ICU does).
UChar32 next_code_point(std::string_view s, size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const size_t length = s.size();
  UChar32 c;
  U8_NEXT(bytes, i, length, c);
  return c < 0 ? kIllFormed : c;
}

void append_code_point(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  // c is always a scalar value here: decoding never yields surrogates.
  U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), length, c);
  out.append(buffer, static_cast<size_t>(length));
}

// Printable ASCII, '\n' and '\t': bytes that normalise() never changes. A
// table, because this test runs on every byte of every letter.
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> plain{};
  for (int byte = 0x20; byte < 0x7F; ++byte) plain[static_cast<size_t>(byte)] = true;
  plain['\n'] = plain['\t'] = true;
  return plain;
}();

bool is_plain_byte(unsigned char byte) { return kPlainBytes[byte]; }

// Where the run of bytes at s[i] that normalise() keeps as they are ends.
size_t end_of_plain_ascii(std::string_view s, size_t i) {
  while (i < s.size() && is_plain_byte(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

bool is_plain_ascii(std::string_view s) { return end_of_plain_ascii(s, 0) == s.size(); }

bool is_ascii(std::string_view s) {
  for (const char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  return true;
}

// Characters that PDF-to-text and word processors leave behind which a reader
// would not distinguish from their plain forms.
UChar32 plain_form(UChar32 c) {
  switch (c) {
    case '\n':
    case '\t':
      return c;
    case '\f':  // page break of pdftotext
    case '\v':
    case 0x85:    // NEXT LINE
    case 0x2028:  // LINE SEPARATOR
    case 0x2029:  // PARAGRAPH SEPARATOR
      return '\n';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:  // MINUS SIGN
      return '-';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return ' ';
    // Invisible format characters: soft hyphen, zero-width space, direction
    // marks and embeddings, word joiner, byte-order mark. Dropping them lets
    // the words around them be found.
    case 0xAD: case 0x200B: case 0x200E: case 0x200F:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2060: case 0x2066: case 0x2067: case 0x2068: case 0x2069:
    case 0xFEFF:
      return kDrop;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return ' ';  // en quad .. hair space
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return kDrop;  // other controls
  return c;
}

// One pass of plain_form over the text. Line ends "\r\n" and "\r" become
// "\n" here so that old Mac files keep their lines; ill-formed UTF-8 becomes
// U+FFFD rather than being copied on.
std::string map_to_plain_forms(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t plain_end = end_of_plain_ascii(s, i);
    if (plain_end > i) {
      out.append(s, i, plain_end - i);
      i = plain_end;
      continue;
    }
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte == '\r') {
      out += '\n';
      ++i;
      if (i < s.size() && s[i] == '\n') ++i;
      continue;
    }
    const UChar32 c = next_code_point(s, i);
    const UChar32 plain = c == kIllFormed ? kReplacement : plain_form(c);
    if (plain != kDrop) append_code_point(out, plain);
  }
  return out;
}

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || instance == nullptr)
    throw std::runtime_error(std::string("ICU NFKC normaliser unavailable: ") + u_errorName(status));
  return *instance;
}

std::string apply_nfkc(const std::string& s) {
  if (s.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max()))
    throw std::runtime_error("text of " + std::to_string(s.size()) + " bytes is too long to normalise");
  const icu::Normalizer2& normaliser = nfkc();
  UErrorCode status = U_ZERO_ERROR;
  // Most text is already in NFKC; checking is much cheaper than rewriting.
  if (normaliser.isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status) &&
      U_SUCCESS(status))
    return s;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(s.size());
  icu::StringByteSink<std::string> sink(&out);
  normaliser.normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr,
                           status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFKC normalisation failed: ") + u_errorName(status));
  return out;
}

bool is_operator_word(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kOperators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  for (const auto op : kOperators)
    if (word == op) return true;
  return false;
}

bool is_ascii_word_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

// Whether s[i] starts a word: nothing before it, or a character that is
// neither an ASCII word character nor part of a non-ASCII letter.
bool starts_word(std::string_view s, size_t i) {
  if (i == 0) return true;
  const char before = s[i - 1];
  return !is_ascii_word_char(before) && static_cast<unsigned char>(before) < 0x80;
}

// The end of the operator word starting at s[i], or i when none starts
// there. Operators are whole ASCII words: "ANDREW" and "éAND" are not.
size_t operator_word_end(std::string_view s, size_t i) {
  if (!is_ascii_word_char(s[i]) || !starts_word(s, i)) return i;
  size_t end = i;
  while (end < s.size() && is_ascii_word_char(s[end])) ++end;
  const bool joined_to_letter = end < s.size() && static_cast<unsigned char>(s[end]) >= 0x80;
  return is_operator_word(s.substr(i, end - i)) && !joined_to_letter ? end : i;
}

// Stems through Xapian's English stemmer, remembering each word's stem.
class MemoStem : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    if (const auto found = memo_.find(word); found != memo_.end()) return found->second;
    // A bound on memory for corpora with millions of distinct words (OCR
    // errors, numbers); starting again is cheap next to unbounded growth.
    if (memo_.size() >= kMaxEntries) memo_.clear();
    std::string stem = english_(word);
    memo_.emplace(word, stem);
    return stem;
  }

  std::string get_description() const override { return "letterbox memo of " + english_.get_description(); }

 private:
  static constexpr size_t kMaxEntries = 200'000;
  Xapian::Stem english_{"english"};
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace

std::string normalise(std::string_view utf8) {
  if (is_plain_ascii(utf8)) return std::string(utf8);
  std::string plain = map_to_plain_forms(utf8);
  if (is_ascii(plain)) return plain;
  std::string composed = apply_nfkc(plain);
  if (composed == plain) return composed;
  // NFKC can make new dashes and quotes (U+FE58 -> U+2014, U+FF02 -> '"'),
  // so map again after it.
  return map_to_plain_forms(composed);
}

std::string fold_case(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& ch : out)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + ('a' - 'A'));
    return out;
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  text.foldCase(U_FOLD_CASE_DEFAULT);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string normalise_query(std::string_view utf8) {
  const std::string normalised = normalise(utf8);
  std::string out;
  out.reserve(normalised.size());
  // Text between operator words is case-folded a stretch at a time; folding
  // changes only letters, so quotes, colons and ".." stay as they are.
  size_t stretch = 0;
  size_t i = 0;
  while (i < normalised.size()) {
    const size_t end = operator_word_end(normalised, i);
    if (end == i) {
      ++i;
      continue;
    }
    out += fold_case(std::string_view(normalised).substr(stretch, i - stretch));
    out.append(normalised, i, end - i);
    stretch = i = end;
  }
  out += fold_case(std::string_view(normalised).substr(stretch));
  return out;
}

Xapian::Stem make_stemmer() {
  // Xapian::Stem takes ownership through its intrusive reference count.
  return Xapian::Stem(new MemoStem);
}

void configure(Xapian::TermGenerator& generator) {
  generator.set_stemmer(make_stemmer());
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

void configure(Xapian::QueryParser& parser) {
  parser.set_stemmer(make_stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
}

}  // namespace letterbox::text
