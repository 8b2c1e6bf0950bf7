#include "searcher/facets.h"

#include <algorithm>
#include <charconv>
#include <map>
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

FacetSpy::FacetSpy(std::vector<FacetField> facets, bool timeline) : facets_(std::move(facets)) {
  auto add_slot = [this](Xapian::valueno slot) {
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

std::string FacetSpy::name() const { return "letterbox::search::FacetSpy"; }

std::uint64_t FacetSpy::documents_seen() const { return slots_.empty() ? 0 : slots_.front().spy->get_total(); }

const Xapian::ValueCountMatchSpy* FacetSpy::spy_of(Xapian::valueno slot) const {
  for (const auto& slot_spy : slots_)
    if (slot_spy.slot == slot) return slot_spy.spy.get();
  return nullptr;
}

namespace {

// Looked up by string_view: an item already counted costs no allocation.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using ItemCounts = std::unordered_map<std::string, std::uint64_t, StringHash, std::equal_to<>>;

// Adds count to each item of one distinct list value, an item listed twice
// once.
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

ItemCounts item_counts(const Xapian::ValueCountMatchSpy& spy) {
  ItemCounts counts;
  std::vector<std::string_view> seen;
  for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
    const std::string encoded = *value;
    add_items(encoded, value.get_termfreq(), counts, seen);
  }
  return counts;
}

}  // namespace

std::vector<FacetValue> FacetSpy::top(std::string_view facet, size_t limit) const {
  const auto found = std::find_if(facets_.begin(), facets_.end(), [&](const FacetField& f) { return f.name == facet; });
  if (found == facets_.end()) return {};
  std::vector<FacetValue> values;
  for (auto& [value, count] : item_counts(*spy_of(found->slot))) values.push_back({value, count});
  const auto more_frequent = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  const size_t kept = std::min(limit, values.size());
  std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(kept), values.end(), more_frequent);
  values.resize(kept);
  return values;
}

std::vector<YearCount> FacetSpy::timeline() const {
  const Xapian::ValueCountMatchSpy* years = spy_of(schema::kYearSlot);
  if (years == nullptr) return {};
  std::map<int, std::uint64_t> by_year;
  for (auto value = years->values_begin(); value != years->values_end(); ++value) {
    const std::string text = *value;
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (error == std::errc() && end == text.data() + text.size()) by_year[year] += value.get_termfreq();
  }
  std::vector<YearCount> timeline;
  if (by_year.empty()) return timeline;
  for (int year = by_year.begin()->first; year <= by_year.rbegin()->first; ++year)
    timeline.push_back({year, by_year.count(year) ? by_year.at(year) : 0});
  return timeline;
}

}  // namespace letterbox::search
