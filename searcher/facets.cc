#include "searcher/facets.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

#include "schema/schema.h"
#include "searcher/errors.h"

namespace letterbox::search {
namespace {

constexpr size_t kDefaultFacetCount = 6;

std::vector<std::string_view> split_list(std::string_view list) {
  std::vector<std::string_view> names;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string_view::npos) end = list.size();
    std::string_view name = list.substr(start, end - start);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (!name.empty()) names.push_back(name);
    start = end + 1;
  }
  return names;
}

std::string facet_names() {
  std::string names;
  for (const auto& facet : facet_fields()) names += (names.empty() ? "" : ", ") + std::string(facet.name);
  return names;
}

}  // namespace

const std::vector<FacetField>& facet_fields() {
  static const std::vector<FacetField> fields = {
      {"year", schema::kYearSlot},   {"minister", schema::kMinisterSlot}, {"person", schema::kPersonSlot},
      {"body", schema::kBodySlot},   {"grade", schema::kGradeSlot},       {"type", schema::kTypeSlot},
      {"place", schema::kPlaceSlot}, {"from", schema::kSenderSlot},       {"to", schema::kRecipientSlot},
      {"format", schema::kFormatSlot},
  };
  return fields;
}

bool is_summary_facet(const FacetField& facet) {
  const auto& members = schema::kSummaryGroupMembers;
  return std::find(members.begin(), members.end(), facet.slot) != members.end();
}

double sample_fraction(std::uint64_t matches, std::size_t bound) {
  const std::size_t wanted = std::max<std::size_t>(bound, 1);
  if (matches <= wanted) return 1;
  return static_cast<double>(wanted) / static_cast<double>(matches);
}

Sample sample_of(const Xapian::Query& query, double fraction) {
  if (fraction >= 1) return {query, 1};
  const double wanted_level = -std::log2(std::max(fraction, 0x1p-30));
  const auto level =
      static_cast<unsigned>(std::clamp<long>(std::lround(wanted_level), 0, static_cast<long>(schema::kSampleLevels)));
  if (level == 0) return {query, 1};
  return {Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(schema::sample_term(level))),
          std::ldexp(1.0, -static_cast<int>(level))};
}

std::vector<FacetField> select_facets(std::string_view list) {
  const auto& all = facet_fields();
  if (list.empty() || list == "all") return {all.begin(), all.begin() + kDefaultFacetCount};
  if (list == "none") return {};
  std::vector<FacetField> chosen;
  for (auto name : split_list(list)) {
    const auto found = std::find_if(all.begin(), all.end(), [&](const FacetField& f) { return f.name == name; });
    if (found == all.end())
      throw UsageError("unknown facet '" + std::string(name) + "' (facets are " + facet_names() + ", or none)");
    chosen.push_back(*found);
  }
  return chosen;
}

namespace {

// Where a facet's values are read: its group's slot and its place there, or
// its own slot.
struct SlotRead {
  Xapian::valueno slot;
  std::optional<std::size_t> member;
};

SlotRead slot_read(Xapian::valueno facet_slot) {
  for (const schema::FacetGroup& group : schema::kFacetGroups)
    for (std::size_t index = 0; index < group.members.size(); ++index)
      if (group.members[index] == facet_slot) return {group.slot, index};
  return {facet_slot, std::nullopt};
}

}  // namespace

FacetSpy::FacetSpy(std::vector<FacetField> facets, bool timeline) : facets_(std::move(facets)), timeline_(timeline) {
  auto add_slot = [this](Xapian::valueno facet_slot) {
    const Xapian::valueno slot = slot_read(facet_slot).slot;
    if (spy_of(slot) == nullptr) slots_.push_back({slot, std::make_unique<Xapian::ValueCountMatchSpy>(slot)});
  };
  for (const auto& facet : facets_) add_slot(facet.slot);
  if (timeline) add_slot(schema::kYearSlot);
}

FacetSpy::~FacetSpy() = default;

void FacetSpy::attach(Xapian::Enquire& enquire) {
  for (const auto& slot : slots_) enquire.add_matchspy(slot.spy.get());
}

void FacetSpy::operator()(const Xapian::Document& doc, double weight) {
  for (const auto& slot : slots_) (*slot.spy)(doc, weight);
}

bool FacetSpy::counts(const FacetField& facet) const {
  return std::any_of(facets_.begin(), facets_.end(), [&](const FacetField& f) { return f.name == facet.name; });
}

std::string FacetSpy::name() const { return "letterbox::search::FacetSpy"; }

std::uint64_t FacetSpy::documents_seen() const { return slots_.empty() ? 0 : slots_.front().spy->get_total(); }

const Xapian::ValueCountMatchSpy* FacetSpy::spy_of(Xapian::valueno slot) const {
  for (const auto& slot_spy : slots_)
    if (slot_spy.slot == slot) return slot_spy.spy.get();
  return nullptr;
}

// Each distinct value of a facet's slot (its member's part, for a grouped
// facet) with the number of documents holding it; the same member value
// may come several times, once per distinct group value.
std::vector<std::pair<std::string, std::uint64_t>> FacetSpy::member_counts(Xapian::valueno facet_slot) const {
  const SlotRead read = slot_read(facet_slot);
  std::vector<std::pair<std::string, std::uint64_t>> counts;
  const Xapian::ValueCountMatchSpy* spy = spy_of(read.slot);
  if (spy == nullptr) return counts;
  for (auto value = spy->values_begin(); value != spy->values_end(); ++value) {
    std::string encoded = *value;
    if (read.member) encoded = std::string(schema::group_member(encoded, *read.member));
    if (!encoded.empty()) counts.emplace_back(std::move(encoded), value.get_termfreq());
  }
  return counts;
}

namespace {

// Looked up by string_view: an item already counted costs no allocation.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using ItemCounts = std::unordered_map<std::string, std::uint64_t, StringHash, std::equal_to<>>;

// Adds count to each item of one list value, an item listed twice once.
void add_items(std::string_view encoded, std::uint64_t count, ItemCounts& counts,
               std::vector<std::string_view>& seen) {
  seen.clear();
  size_t start = 0;
  while (start <= encoded.size()) {
    size_t end = encoded.find(schema::kListSeparator, start);
    if (end == std::string_view::npos) end = encoded.size();
    const std::string_view item = encoded.substr(start, end - start);
    start = end + 1;
    if (item.empty() || std::find(seen.begin(), seen.end(), item) != seen.end()) continue;
    seen.push_back(item);
    if (auto found = counts.find(item); found != counts.end())
      found->second += count;
    else
      counts.emplace(std::string(item), count);
  }
}

bool more_frequent(const FacetValue& a, const FacetValue& b) {
  return a.count != b.count ? a.count > b.count : a.value < b.value;
}

std::uint64_t scaled(std::uint64_t count, double fraction) {
  return static_cast<std::uint64_t>(std::llround(static_cast<double>(count) / fraction));
}

}  // namespace

std::vector<FacetValue> FacetSpy::top(std::string_view facet, size_t limit) const {
  const auto found = std::find_if(facets_.begin(), facets_.end(), [&](const FacetField& f) { return f.name == facet; });
  if (found == facets_.end()) return {};
  ItemCounts counts;
  std::vector<std::string_view> seen;
  for (const auto& [encoded, count] : member_counts(found->slot)) add_items(encoded, count, counts, seen);
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (auto& [value, count] : counts) values.push_back({value, count});
  const size_t kept = std::min(limit, values.size());
  std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(kept), values.end(), more_frequent);
  values.resize(kept);
  return values;
}

std::vector<YearCount> FacetSpy::timeline() const {
  if (!timeline_) return {};
  std::map<int, std::uint64_t> by_year;
  for (const auto& [text, count] : member_counts(schema::kYearSlot)) {
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (error == std::errc() && end == text.data() + text.size()) by_year[year] += count;
  }
  std::vector<YearCount> timeline;
  if (by_year.empty()) return timeline;
  for (int year = by_year.begin()->first; year <= by_year.rbegin()->first; ++year)
    timeline.push_back({year, by_year.count(year) ? by_year.at(year) : 0});
  return timeline;
}

std::vector<FacetValue> scale_counts(std::vector<FacetValue> values, double fraction) {
  if (fraction >= 1) return values;
  for (auto& value : values) value.count = scaled(value.count, fraction);
  return values;
}

std::vector<YearCount> scale_counts(std::vector<YearCount> years, double fraction) {
  if (fraction >= 1) return years;
  for (auto& year : years) year.count = scaled(year.count, fraction);
  return years;
}

}  // namespace letterbox::search
