#include "searcher/output.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

#include "schema/document_data_json.h"
#include "searcher/errors.h"

namespace letterbox::search {
namespace {

using nlohmann::json;

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kHighlight = "\x1b[1;33m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::size_t kBarWidth = 40;

// "Tim Loughton", else the organisation, for one-line listings.
std::string party_label(const schema::PartyData& party) {
  return party.name.empty() ? party.organisation : party.name;
}

std::vector<std::string> party_labels(const std::vector<schema::PartyData>& parties) {
  std::vector<std::string> labels;
  for (const auto& party : parties)
    if (auto label = party_label(party); !label.empty()) labels.push_back(std::move(label));
  return labels;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

json facet_values_json(const std::vector<FacetValue>& values) {
  json list = json::array();
  for (const auto& value : values) list.push_back({{"value", value.value}, {"count", value.count}});
  return list;
}

json facets_json(const std::vector<FacetResult>& facets) {
  json object = json::object();
  for (const auto& facet : facets) object[facet.name] = facet_values_json(facet.values);
  return object;
}

json counting_json(const FacetCounting& counting) {
  return {{"exact", counting.exact},
          {"documents_counted", counting.documents_counted},
          {"sample_fraction", counting.sample_fraction}};
}

// How each facet and the timeline were counted: exact, or estimated from a
// sample of documents_counted matches.
json facet_counting_json(const SearchResults& results) {
  json object = json::object();
  for (const auto& facet : results.facets) object[facet.name] = counting_json(facet.counting);
  if (results.timeline) object["timeline"] = counting_json(results.timeline_counting);
  return object;
}

json timeline_json(const std::vector<YearCount>& timeline) {
  json list = json::array();
  for (const auto& year : timeline) list.push_back({{"year", year.year}, {"count", year.count}});
  return list;
}

json hit_json(const Hit& hit) {
  json object = {{"rank", hit.rank},
          {"id", hit.data.id},
          {"docid", hit.docid},
          {"path", hit.data.path},
          {"score", hit.score},
          {"date", hit.data.date},
          {"type", hit.data.type},
          {"title", hit.data.title},
          {"from", party_label(hit.data.sender)},
          {"to", party_labels(hit.data.recipients)},
          {"snippet", join_snippet(hit.snippet, kPlainHighlightOpen, kPlainHighlightClose)},
          {"entities", hit.data.entities},
          {"format", hit.data.format},
          {"ocr", hit.data.ocr}};
  if (hit.page > 0) object["page"] = hit.page;
  return object;
}

std::string human_size(std::uintmax_t bytes) {
  static constexpr const char* kUnits[] = {"B", "KB", "MB", "GB", "TB"};
  double size = static_cast<double>(bytes);
  std::size_t unit = 0;
  while (size >= 1024 && unit + 1 < std::size(kUnits)) size /= 1024, ++unit;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, unit == 0 ? "%.0f %s" : "%.1f %s", size, kUnits[unit]);
  return buffer;
}

class JsonPrinter : public Printer {
 public:
  explicit JsonPrinter(std::ostream& out) : out_(out) {}
  void print(const SearchResults& results) override { write(to_json(results)); }
  void print(const DocumentView& document) override { write(to_json(document)); }
  void print(const IndexStats& stats) override { write(to_json(stats)); }

 private:
  // Letters are not always valid UTF-8 after OCR; replace rather than throw.
  void write(const json& value) { out_ << value.dump(2, ' ', false, json::error_handler_t::replace) << '\n'; }
  std::ostream& out_;
};

class TextPrinter : public Printer {
 public:
  TextPrinter(std::ostream& out, bool color) : out_(out), color_(color) {}

  void print(const SearchResults& results) override {
    print_summary(results);
    for (const auto& hit : results.hits) print_hit(hit);
    print_facets(results.facets);
    if (results.timeline) print_timeline(*results.timeline, results.timeline_counting);
  }

  void print(const DocumentView& document) override {
    const auto& data = document.data;
    field("id", data.id);
    field("path", data.path);
    field("docid", std::to_string(document.docid));
    field("date", data.date);
    field("type", data.type);
    field("format", data.format + (data.ocr ? " (text recognised by OCR: words may be misread)" : ""));
    if (!data.pages.empty()) field("pages", std::to_string(data.pages.size()));
    if (!data.parent.empty()) field("attached to", data.parent);
    field("title", data.title);
    field("from", describe(data.sender));
    for (const auto& recipient : data.recipients) field("to", describe(recipient));
    for (const auto& copied : data.cc) field("cc", describe(copied));
    for (const auto& attendee : data.attendees) field("attending", describe(attendee));
    field("subject", data.subject);
    if (!data.entities.empty()) out_ << styled("entities:", kBold) << '\n';
    for (const auto& entity : data.entities) out_ << "  " << describe(entity) << '\n';
    if (document.page > 0) {
      out_ << '\n' << styled("page " + std::to_string(document.page) + ":", kBold) << '\n'
           << schema::page_text(data, document.page) << '\n';
      return;
    }
    out_ << '\n' << data.text << '\n';
  }

  void print(const IndexStats& stats) override {
    field("index", stats.path.string());
    field("size", human_size(stats.size_bytes));
    field("documents", std::to_string(stats.documents));
    if (!stats.first_date.empty()) field("dates", stats.first_date + " to " + stats.last_date);
    print_facets(stats.top);
    print_timeline(stats.timeline, FacetCounting{});
  }

 private:
  std::string styled(std::string_view text, std::string_view style) const {
    if (!color_) return std::string(text);
    return std::string(style) + std::string(text) + std::string(kReset);
  }

  void field(std::string_view name, const std::string& value) {
    if (value.empty()) return;
    std::string label = std::string(name) + ":";
    label.resize(std::max<std::size_t>(label.size() + 1, 11), ' ');
    out_ << styled(label, kBold) << value << '\n';
  }

  static std::string describe(const schema::PartyData& party) {
    std::vector<std::string> parts;
    for (const auto* part : {&party.name, &party.role, &party.organisation})
      if (!part->empty()) parts.push_back(*part);
    return join(parts, ", ");
  }

  static std::string describe(const schema::EntityData& entity) {
    std::string kind = entity.kind;
    kind.resize(std::max<std::size_t>(kind.size() + 1, 8), ' ');
    std::string line = kind + entity.name;
    if (entity.minister) line += " (minister" + (entity.office.empty() ? "" : ": " + entity.office) + ")";
    if (!entity.role.empty()) line += " - " + entity.role;
    if (!entity.aspect.empty()) line += " (" + entity.aspect + ")";
    return line;
  }

  void print_summary(const SearchResults& results) {
    const std::string count = results.total.exact() ? std::to_string(results.total.estimate)
                                                    : "about " + std::to_string(results.total.estimate);
    out_ << styled(count + (results.total.estimate == 1 ? " match" : " matches"), kBold);
    if (!results.query.empty()) out_ << " for \"" << results.query << '"';
    if (!results.hits.empty())
      out_ << " (showing " << results.hits.front().rank << "-" << results.hits.back().rank << ")";
    out_ << '\n';
    if (results.suggestion)
      out_ << "Did you mean: " << styled(results.suggestion->query, kBold) << " (" << results.suggestion->total
           << (results.suggestion->total == 1 ? " match" : " matches") << ")?\n";
  }

  void print_hit(const Hit& hit) {
    const auto& data = hit.data;
    out_ << '\n' << styled(std::to_string(hit.rank) + ".", kBold) << ' ' << (data.date.empty() ? "(undated)" : data.date)
         << "  " << data.type << "  " << styled(data.title, kBold) << '\n';
    const std::string sender = party_label(data.sender);
    const std::string recipients = join(party_labels(data.recipients), ", ");
    if (!sender.empty() || !recipients.empty())
      out_ << "   " << (sender.empty() ? "?" : sender) << " -> " << (recipients.empty() ? "?" : recipients) << '\n';
    std::string where = data.path;
    if (hit.page > 0) where += "  page " + std::to_string(hit.page);
    if (data.ocr) where += "  [OCR]";
    out_ << "   " << styled(where, kDim) << '\n';
    if (const std::string grades = grades_label(data); !grades.empty()) out_ << "   grades: " << grades << '\n';
    if (!hit.snippet.empty()) out_ << "   " << snippet_text(hit.snippet) << '\n';
  }

  // The inspection judgements a letter reports, with what was judged: read
  // down a list sorted by date, they show how a grade moved.
  static std::string grades_label(const schema::DocumentData& data) {
    std::vector<std::string> grades;
    for (const auto& entity : data.entities) {
      if (entity.kind != "grade") continue;
      grades.push_back(entity.aspect.empty() ? entity.name : entity.name + " (" + entity.aspect + ")");
    }
    return join(grades, "; ");
  }

  std::string snippet_text(const Snippet& snippet) const {
    if (color_) return join_snippet(snippet, kHighlight, kReset);
    return join_snippet(snippet, kPlainHighlightOpen, kPlainHighlightClose);
  }

  void print_facets(const std::vector<FacetResult>& facets) {
    bool heading = false;
    for (const auto& facet : facets) {
      if (facet.values.empty()) continue;
      if (!heading) out_ << '\n' << styled("Facets", kBold) << '\n';
      heading = true;
      const std::string about = facet.counting.exact ? "" : "about ";
      std::vector<std::string> items;
      for (const auto& value : facet.values)
        items.push_back(value.value + " (" + about + std::to_string(value.count) + ")");
      out_ << "  " << facet.name << ": " << join(items, ", ");
      if (!facet.counting.exact) out_ << "  " << styled(estimate_note(facet.counting), kDim);
      out_ << '\n';
    }
  }

  static std::string estimate_note(const FacetCounting& counting) {
    return "(estimated from a uniform sample of " + std::to_string(counting.documents_counted) +
           " matches; --exact-facets counts them all)";
  }

  void print_timeline(const std::vector<YearCount>& timeline, const FacetCounting& counting) {
    if (timeline.empty()) return;
    out_ << '\n' << styled("Timeline", kBold);
    if (!counting.exact) out_ << ' ' << styled(estimate_note(counting), kDim);
    out_ << '\n';
    const std::string about = counting.exact ? "" : "about ";
    const auto most = std::max_element(timeline.begin(), timeline.end(),
                                       [](const YearCount& a, const YearCount& b) { return a.count < b.count; });
    for (const auto& year : timeline) {
      const std::size_t width = most->count == 0 ? 0 : (year.count * kBarWidth + most->count - 1) / most->count;
      out_ << "  " << year.year << ' ' << bar(width) << ' ' << about << year.count << '\n';
    }
  }

  std::string bar(std::size_t width) const {
    std::string out;
    for (std::size_t i = 0; i < width; ++i) out += color_ ? "\u2588" : "#";
    return out;
  }

  std::ostream& out_;
  bool color_;
};

}  // namespace

Format parse_format(std::string_view text) {
  if (text == "text") return Format::text;
  if (text == "json") return Format::json;
  throw UsageError("unknown format '" + std::string(text) + "' (use text or json)");
}

std::unique_ptr<Printer> make_printer(Format format, std::ostream& out, bool color) {
  if (format == Format::json) return std::make_unique<JsonPrinter>(out);
  return std::make_unique<TextPrinter>(out, color);
}

json to_json(const SearchResults& results) {
  json object = {{"query", results.query}, {"total", results.total.estimate}, {"total_exact", results.total.exact()}};
  if (!results.total.exact()) {
    object["total_lower"] = results.total.lower;
    object["total_upper"] = results.total.upper;
  }
  json hits = json::array();
  for (const auto& hit : results.hits) hits.push_back(hit_json(hit));
  object["hits"] = std::move(hits);
  object["facets"] = facets_json(results.facets);
  object["timeline"] = results.timeline ? timeline_json(*results.timeline) : json(nullptr);
  object["facet_counting"] = facet_counting_json(results);
  object["suggestion"] = results.suggestion
                             ? json{{"query", results.suggestion->query}, {"total", results.suggestion->total}}
                             : json(nullptr);
  return object;
}

json to_json(const DocumentView& document) {
  json object = document.data;
  object["docid"] = document.docid;
  if (document.page > 0) {
    object["page"] = document.page;
    object["page_text"] = schema::page_text(document.data, document.page);
  }
  return object;
}

json to_json(const IndexStats& stats) {
  return {{"path", stats.path.string()},         {"size_bytes", stats.size_bytes},
          {"documents", stats.documents},        {"first_date", stats.first_date},
          {"last_date", stats.last_date},        {"facets", facets_json(stats.top)},
          {"timeline", timeline_json(stats.timeline)}};
}

}  // namespace letterbox::search
