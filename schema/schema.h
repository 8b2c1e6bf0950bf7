// The index schema shared by letterbox-index and letterbox-search: every term
// prefix, value slot and metadata key is spelt here and nowhere else.
//
// Terms
//   (none)  body text, stemmed (Z-prefixed stems) and unstemmed, with positions
//   S       subject / title words, with positions
//   Q       the document identifier: the canonical path of its file (boolean)
//   K       document type: letter, minutes, report, email (boolean)
//   Y       year of the letter's own date, YYYY (boolean)
//   D       the letter's own date, YYYYMMDD (boolean)
//   F       the file format it was read from: pdf, pdf-ocr, image-ocr, html,
//           email, text (boolean)
//   H       sample levels, "H1".."H16": a document has H1..Hz, z being the
//           number of leading zero bits of the xxh64 of its identifier (at
//           most 16), so the documents with Hk are a uniform 2^-k share of
//           all, whatever their docids (boolean). Facets of a large match
//           set are estimated from one such term's postlist.
//
// Value slots (see enum Slot)
//
// Document data: the JSON object described in document_data.h.
//
// Metadata keys
//   letterbox:schema   the schema version below, as decimal text
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace letterbox::schema {

// Bump when the meaning of any term, slot or the document data changes;
// the searcher and indexer refuse an index of another version.
inline constexpr int kVersion = 2;  // 2: facet group slots 12 and 13, H sample terms
inline constexpr std::string_view kVersionKey = "letterbox:schema";
// "K/N" in a database made by `letterbox-index --part K/N` (shard K of a
// collection split N ways, made alone); absent in any other index.
inline constexpr std::string_view kPartKey = "letterbox:part";

inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kTypePrefix = "K";
inline constexpr std::string_view kYearPrefix = "Y";
inline constexpr std::string_view kDatePrefix = "D";
inline constexpr std::string_view kSubjectPrefix = "S";
inline constexpr std::string_view kFormatPrefix = "F";
inline constexpr std::string_view kSamplePrefix = "H";
inline constexpr unsigned kSampleLevels = 16;

// The H term of a sample level (1 .. kSampleLevels): "H3".
std::string sample_term(unsigned level);
// The H terms of a document whose identifier's xxh64 is `id_hash`.
std::vector<std::string> sample_terms(std::uint64_t id_hash);

// Value slots. Each slot's encoding is on its line.
enum Slot : Xapian::valueno {
  kDateSlot = 0,         // YYYYMMDD, empty when the letter has no date
  kTypeSlot = 1,         // document type name ("letter")
  kPersonSlot = 2,       // display names, encode_list()
  kMinisterSlot = 3,     // display names, encode_list()
  kBodySlot = 4,         // display names, encode_list()
  kGradeSlot = 5,        // grade names ("requires improvement"), encode_list()
  kPlaceSlot = 6,        // display names, encode_list()
  kSenderSlot = 7,       // display names, encode_list()
  kRecipientSlot = 8,    // display names, encode_list()
  kContentHashSlot = 9,  // xxh64 of the file's bytes, 16 lowercase hex digits
  kYearSlot = 10,        // YYYY of the letter's date, empty when undated
  kFormatSlot = 11,      // file format name ("pdf-ocr"), as the F term
  kSummaryGroupSlot = 12,  // year, type, minister, grade, format: see kFacetGroups
  kEntityGroupSlot = 13,   // person and body lists: see kFacetGroups
};

// Facet groups: a group slot holds the values of its member slots, in this
// order, joined by kGroupSeparator, so that counting facets reads one value
// per document for several facets (each Glass value read is a B-tree lookup).
// The summary group's members have few distinct combinations, so its
// counter stays small; the entity lists are nearly unique per document and
// are counted apart, within a bound of their own.
inline constexpr std::array<Slot, 5> kSummaryGroupMembers{kYearSlot, kTypeSlot, kMinisterSlot, kGradeSlot,
                                                          kFormatSlot};
inline constexpr std::array<Slot, 2> kEntityGroupMembers{kPersonSlot, kBodySlot};
struct FacetGroup {
  Slot slot;
  std::span<const Slot> members;
};
inline constexpr std::array<FacetGroup, 2> kFacetGroups{{
    {kSummaryGroupSlot, kSummaryGroupMembers},
    {kEntityGroupSlot, kEntityGroupMembers},
}};
inline constexpr char kGroupSeparator = '\x1e';

// The group slot's value of a document whose member slots are set.
std::string encode_group(const Xapian::Document& document, const FacetGroup& group);
// Member number `index` of a group slot's value; empty when absent.
std::string_view group_member(std::string_view encoded, std::size_t index);

// An entity field: how a query names it, where its terms and facet live.
struct EntityField {
  std::string_view name;         // query prefix and facet name: "person"
  std::string_view id_prefix;    // boolean canonical-id terms
  std::string_view word_prefix;  // positional name words
  Slot facet_slot;
};

inline constexpr std::array<EntityField, 7> kEntityFields{{
    {"person", "XPI", "XPW", kPersonSlot},
    {"minister", "XMI", "XMW", kMinisterSlot},
    {"from", "XFI", "XFW", kSenderSlot},
    {"to", "XTI", "XTW", kRecipientSlot},
    {"body", "XBI", "XBW", kBodySlot},
    {"grade", "XGI", "XGW", kGradeSlot},
    {"place", "XLI", "XLW", kPlaceSlot},
}};

// The field of the given name; throws std::out_of_range for an unknown name.
const EntityField& entity_field(std::string_view name);

// The Q term of a document identifier. Identifiers longer than Xapian's term
// limit keep their start and end a hash of the whole, as omega does for URLs.
std::string id_term(std::string_view id);

// An id-prefix term for an entity: prefix + slug, shortened the same way.
std::string entity_term(const EntityField& field, std::string_view name);

// Multi-valued slots hold their values joined by this separator, which
// cannot occur in normalised text (nor can kGroupSeparator).
inline constexpr char kListSeparator = '\x1f';
std::string encode_list(const std::vector<std::string>& values);
std::vector<std::string> decode_list(std::string_view encoded);

// "Tim Loughton" -> "tim-loughton": the letters and digits (of any script)
// of the case-folded name, runs of anything else turned into one '-',
// apostrophes dropped ("Children's" -> "childrens").
std::string slug(std::string_view name);

// Stamp a new database with the schema version; check an existing one.
void stamp_version(Xapian::WritableDatabase& db);
// Throws std::runtime_error naming the versions when they differ. A database
// with no documents and no stamp is accepted.
void check_version(const Xapian::Database& db, const std::string& path);

}  // namespace letterbox::schema
