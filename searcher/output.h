// Printing results: one Printer interface with a text and a JSON printer
// behind it, so the search code never formats output itself.
#pragma once

#include <iosfwd>
#include <memory>
#include <string_view>

#include <nlohmann/json.hpp>

#include "searcher/results.h"

namespace letterbox::search {

enum class Format { text, json };
// "text" or "json"; throws UsageError otherwise.
Format parse_format(std::string_view text);

class Printer {
 public:
  virtual ~Printer() = default;
  virtual void print(const SearchResults& results) = 0;
  virtual void print(const DocumentView& document) = 0;
  virtual void print(const IndexStats& stats) = 0;
};

// color: ANSI bold and colour in text output (never in JSON).
std::unique_ptr<Printer> make_printer(Format format, std::ostream& out, bool color);

// The JSON documents the JSON printer writes.
nlohmann::json to_json(const SearchResults& results);
nlohmann::json to_json(const DocumentView& document);
nlohmann::json to_json(const IndexStats& stats);

// Plain-text highlight marks, in text without colour and in JSON snippets.
inline constexpr std::string_view kPlainHighlightOpen = "[";
inline constexpr std::string_view kPlainHighlightClose = "]";

}  // namespace letterbox::search
