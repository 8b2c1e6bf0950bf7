#include "schema/schema.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <stdexcept>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "schema/text_analysis.h"

namespace letterbox::schema {

const EntityField& entity_field(std::string_view name) {
  for (const auto& field : kEntityFields)
    if (field.name == name) return field;
  throw std::out_of_range("unknown entity field '" + std::string(name) + "'");
}

namespace {

// Xapian refuses terms over 245 bytes; keep well inside that.
constexpr size_t kMaxTermLength = 200;

std::string shortened_term(std::string term) {
  if (term.size() <= kMaxTermLength) return term;
  // FNV-1a: stable across platforms and versions, which std::hash is not.
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : term) hash = (hash ^ c) * 1099511628211ULL;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  term.resize(kMaxTermLength - 17);
  while (!term.empty() && (static_cast<unsigned char>(term.back()) & 0xC0) == 0x80) term.pop_back();
  if (!term.empty() && static_cast<unsigned char>(term.back()) >= 0xC0) term.pop_back();
  return term + "#" + hex;
}

}  // namespace

std::string id_term(std::string_view id) { return shortened_term(std::string(kIdPrefix) + std::string(id)); }

std::string entity_term(const EntityField& field, std::string_view name) {
  return shortened_term(std::string(field.id_prefix) + slug(name));
}

std::string encode_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) {
    if (!out.empty()) out += kListSeparator;
    out += value;
  }
  return out;
}

std::vector<std::string> decode_list(std::string_view encoded) {
  std::vector<std::string> values;
  if (encoded.empty()) return values;
  size_t start = 0;
  while (true) {
    size_t end = encoded.find(kListSeparator, start);
    values.emplace_back(encoded.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return values;
}

std::string sample_term(unsigned level) { return std::string(kSamplePrefix) + std::to_string(level); }

std::vector<std::string> sample_terms(std::uint64_t id_hash) {
  std::vector<std::string> terms;
  const unsigned zeros = std::min<unsigned>(static_cast<unsigned>(std::countl_zero(id_hash)), kSampleLevels);
  for (unsigned level = 1; level <= zeros; ++level) terms.push_back(sample_term(level));
  return terms;
}

std::string encode_group(const Xapian::Document& document, const FacetGroup& group) {
  std::string out;
  for (const Slot member : group.members) {
    if (member != group.members.front()) out += kGroupSeparator;
    out += document.get_value(member);
  }
  return out;
}

std::string_view group_member(std::string_view encoded, std::size_t index) {
  std::size_t start = 0;
  for (std::size_t skipped = 0; skipped < index; ++skipped) {
    start = encoded.find(kGroupSeparator, start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  const std::size_t end = encoded.find(kGroupSeparator, start);
  return encoded.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

std::string slug(std::string_view name) {
  const std::string folded = text::fold_case(name);
  std::string out;
  bool pending_dash = false;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(folded.size());
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(folded.data(), i, length, c);
    if (c >= 0 && u_isalnum(c)) {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      out.append(folded, static_cast<size_t>(start), static_cast<size_t>(i - start));
    } else if (c != '\'' && c != 0x2019) {  // "Children's" -> "childrens"
      pending_dash = true;
    }
  }
  return out;
}

void stamp_version(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(kVersionKey), std::to_string(kVersion));
}

void check_version(const Xapian::Database& db, const std::string& path) {
  const std::string stamp = db.get_metadata(std::string(kVersionKey));
  if (stamp.empty()) {
    if (db.get_doccount() == 0) return;
    throw std::runtime_error(path + " is a Xapian index but not a Letterbox one (no schema version)");
  }
  if (stamp != std::to_string(kVersion))
    throw std::runtime_error(path + " has Letterbox schema version " + stamp + ", this program reads version " +
                             std::to_string(kVersion) + "; re-index the letters into a new index");
}

}  // namespace letterbox::schema
