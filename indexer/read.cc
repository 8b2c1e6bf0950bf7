#include "indexer/read.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <memory>
#include <span>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <xxhash.h>

namespace letterbox {
namespace {

// Binary and encoding checks look at this much of the start of the file.
constexpr size_t kSniffBytes = 8192;
constexpr size_t kChunkBytes = 1 << 16;

enum class Encoding { kUtf8, kUtf16LE, kUtf16BE };

struct Detected {
  Encoding encoding = Encoding::kUtf8;
  size_t bom_bytes = 0;
  bool guessed = false;  // UTF-16 without a byte-order mark
};

bool starts_with(const std::string& bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), bytes.begin());
}

// UTF-16 of mostly Latin text has a NUL in every other byte: the high byte of
// each code unit. UTF-8 text has none.
std::optional<Encoding> guess_utf16(const std::string& bytes) {
  const size_t sniff = std::min(bytes.size(), kSniffBytes) & ~size_t{1};
  if (sniff < 4) return std::nullopt;
  size_t even_nuls = 0;
  size_t odd_nuls = 0;
  for (size_t i = 0; i < sniff; i += 2) {
    even_nuls += bytes[i] == '\0';
    odd_nuls += bytes[i + 1] == '\0';
  }
  const size_t units = sniff / 2;
  const auto mostly = [units](size_t n) { return n * 10 >= units * 4; };  // >= 40%
  const auto rarely = [units](size_t n) { return n * 20 <= units; };      // <= 5%
  if (mostly(odd_nuls) && rarely(even_nuls)) return Encoding::kUtf16LE;
  if (mostly(even_nuls) && rarely(odd_nuls)) return Encoding::kUtf16BE;
  return std::nullopt;
}

Detected detect_encoding(const std::string& bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) return {Encoding::kUtf8, 3, false};
  if (starts_with(bytes, "\xFF\xFE")) return {Encoding::kUtf16LE, 2, false};
  if (starts_with(bytes, "\xFE\xFF")) return {Encoding::kUtf16BE, 2, false};
  if (const auto utf16 = guess_utf16(bytes)) return {*utf16, 0, true};
  return {};
}

// The largest length <= limit that does not split a character.
size_t utf8_cut(const std::string& bytes, size_t limit) {
  if (limit >= bytes.size()) return bytes.size();
  size_t cut = limit;
  // Step back over at most three continuation bytes to a lead byte.
  for (int back = 0; back < 3 && cut > 0 && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80; ++back) --cut;
  return cut;
}

size_t utf16_cut(const std::string& bytes, size_t limit, Encoding encoding) {
  size_t cut = std::min(limit, bytes.size()) & ~size_t{1};
  if (cut < 2 || cut == bytes.size()) return cut;
  const size_t high = encoding == Encoding::kUtf16LE ? cut - 1 : cut - 2;
  const auto last_unit_high_byte = static_cast<unsigned char>(bytes[high]);
  if (last_unit_high_byte >= 0xD8 && last_unit_high_byte <= 0xDB) cut -= 2;  // a lead surrogate
  return cut;
}

std::u16string utf16_units(std::string_view bytes, Encoding encoding) {
  std::u16string units(bytes.size() / 2, u'\0');
  const bool little = encoding == Encoding::kUtf16LE;
  for (size_t i = 0; i < units.size(); ++i) {
    const auto first = static_cast<unsigned char>(bytes[2 * i]);
    const auto second = static_cast<unsigned char>(bytes[2 * i + 1]);
    units[i] = static_cast<char16_t>(little ? (second << 8 | first) : (first << 8 | second));
  }
  return units;
}

// UTF-16 to UTF-8, unpaired surrogates replaced by U+FFFD and counted.
std::string utf16_to_utf8(std::string_view bytes, Encoding encoding, int32_t& substitutions) {
  const std::u16string units = utf16_units(bytes, encoding);
  std::string out(units.size() * 3, '\0');  // each unit makes at most 3 bytes
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length, units.data(),
                     static_cast<int32_t>(units.size()), 0xFFFD, &substitutions, &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("UTF-16 conversion failed: ") + u_errorName(status));
  out.resize(static_cast<size_t>(length));
  return out;
}

bool is_text_control(unsigned char byte) {
  return byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v' || byte == 0x1B;
}

// NUL bytes, or more than one control byte in ten, in the first 8 KB.
bool looks_binary(const std::string& text) {
  const size_t sniff = std::min(text.size(), kSniffBytes);
  size_t controls = 0;
  for (size_t i = 0; i < sniff; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0) return true;
    controls += (byte < 0x20 && !is_text_control(byte)) || byte == 0x7F;
  }
  return controls * 10 > sniff;
}

size_t count_bad_utf8(const std::string& text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t length = text.size();
  size_t bad = 0;
  size_t i = 0;
  while (i < length) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    bad += c < 0;
  }
  return bad;
}

// Replaces each maximal ill-formed subsequence with U+FFFD.
std::string repair_utf8(const std::string& text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t length = text.size();
  std::string out;
  out.reserve(length + 16);
  size_t i = 0;
  while (i < length) {
    const size_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0)
      out += "\xEF\xBF\xBD";
    else
      out.append(text, start, i - start);
  }
  return out;
}

bool is_blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
  });
}

std::string truncation_warning(std::uintmax_t total, size_t kept, std::uintmax_t limit) {
  return "file of " + std::to_string(total) + " bytes is over the limit of " + std::to_string(limit) +
         " bytes; indexed only the first " + std::to_string(kept) + " bytes";
}

ReadResult skipped(std::string reason, std::uint64_t hash) {
  ReadResult result;
  result.skip_reason = std::move(reason);
  result.content_hash = hash;
  return result;
}

// bytes: the start of the content, at most max_bytes of it; total: the size
// of the whole content.
ReadResult examine(std::string bytes, std::uintmax_t total, std::uint64_t hash, const ReadOptions& options) {
  ReadResult result;
  result.content_hash = hash;
  const Detected detected = detect_encoding(bytes);
  const bool truncated = total > bytes.size() || bytes.size() > options.max_bytes;
  if (truncated) {
    const auto limit = static_cast<size_t>(std::min<std::uintmax_t>(options.max_bytes, bytes.size()));
    const size_t cut = detected.encoding == Encoding::kUtf8 ? utf8_cut(bytes, limit)
                                                            : utf16_cut(bytes, limit, detected.encoding);
    bytes.resize(cut);
    result.warnings.push_back(truncation_warning(total, cut, options.max_bytes));
  }

  std::string text;
  if (detected.encoding == Encoding::kUtf8) {
    text = std::move(bytes);
    text.erase(0, detected.bom_bytes);
  } else {
    if (detected.guessed)
      result.warnings.push_back(std::string("no byte-order mark; read as UTF-16") +
                                (detected.encoding == Encoding::kUtf16LE ? "LE" : "BE"));
    int32_t substitutions = 0;
    text = utf16_to_utf8(std::string_view(bytes).substr(detected.bom_bytes), detected.encoding, substitutions);
    if (substitutions > 0)
      result.warnings.push_back("invalid UTF-16 repaired (" + std::to_string(substitutions) +
                                " unpaired surrogates)");
  }

  if (looks_binary(text)) return skipped("binary data, not text", hash);
  if (is_blank(text)) return skipped("empty file", hash);
  if (const size_t bad = count_bad_utf8(text); bad > 0) {
    text = repair_utf8(text);
    result.warnings.push_back("invalid UTF-8 repaired (" + std::to_string(bad) + " bad sequences)");
  }
  result.text = std::move(text);
  return result;
}

std::string os_error(const std::string& what, int error) { return what + ": " + std::strerror(error); }

// Closes the descriptor however the read ends.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Reads until the buffer is full or the file ends; -1 with errno on error.
ssize_t read_fully(int fd, char* buffer, size_t size) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd, buffer + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  return static_cast<ssize_t>(done);
}

}  // namespace

ReadResult read_file(const std::filesystem::path& path, const ReadOptions& options) {
  // O_NONBLOCK so that opening a FIFO cannot hang the indexer.
  const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (file.get() < 0) return skipped(os_error("cannot open", errno), 0);
  struct stat info {};
  if (::fstat(file.get(), &info) != 0) return skipped(os_error("cannot stat", errno), 0);
  if (S_ISDIR(info.st_mode)) return skipped(os_error("cannot read", EISDIR), 0);
  if (!S_ISREG(info.st_mode)) return skipped("not a regular file", 0);

  // The start, up to the limit, is kept; the rest is only hashed, so that the
  // hash changes whenever the file does.
  XXH64_state_t* state = XXH64_createState();
  if (state == nullptr) throw std::runtime_error("cannot allocate an xxh64 state");
  const std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> owned_state(state, &XXH64_freeState);
  XXH64_reset(state, 0);

  const auto head_size = static_cast<size_t>(
      std::min<std::uintmax_t>(options.max_bytes, static_cast<std::uintmax_t>(std::max<off_t>(info.st_size, 0))));
  std::string head(head_size, '\0');
  const ssize_t got = read_fully(file.get(), head.data(), head.size());
  if (got < 0) return skipped(os_error("cannot read", errno), 0);
  head.resize(static_cast<size_t>(got));
  XXH64_update(state, head.data(), head.size());

  std::uintmax_t total = head.size();
  std::string chunk(kChunkBytes, '\0');
  while (true) {
    const ssize_t n = read_fully(file.get(), chunk.data(), chunk.size());
    if (n < 0) return skipped(os_error("cannot read", errno), 0);
    if (n == 0) break;
    // A file that grew while being read: keep filling the head up to the limit.
    if (head.size() < options.max_bytes)
      head.append(chunk, 0, static_cast<size_t>(std::min<std::uintmax_t>(options.max_bytes - head.size(), n)));
    XXH64_update(state, chunk.data(), static_cast<size_t>(n));
    total += static_cast<std::uintmax_t>(n);
  }
  return examine(std::move(head), total, XXH64_digest(state), options);
}

ReadResult read_bytes(std::string bytes, const ReadOptions& options) {
  const std::uint64_t hash = XXH64(bytes.data(), bytes.size(), 0);
  const std::uintmax_t total = bytes.size();
  return examine(std::move(bytes), total, hash, options);
}

std::string hash_hex(std::uint64_t hash) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<size_t>(i)] = kDigits[hash & 0xF];
  return hex;
}

namespace {

std::string lower_extension(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return extension;
}

bool one_of(std::string_view extension, std::span<const std::string_view> extensions) {
  return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

constexpr std::string_view kPageExtensions[] = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"};
constexpr std::string_view kOtherExtensions[] = {".txt", ".md", ".markdown", ".html", ".htm", ".eml", ".mbox"};

}  // namespace

bool is_indexable_name(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  if (name.empty() || name.front() == '.') return false;
  const std::string extension = lower_extension(path);
  return extension.empty() || one_of(extension, kPageExtensions) || one_of(extension, kOtherExtensions);
}

bool names_pages(const std::filesystem::path& path) { return one_of(lower_extension(path), kPageExtensions); }

}  // namespace letterbox
