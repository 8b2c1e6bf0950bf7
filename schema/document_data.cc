#include "schema/document_data.h"

#include <algorithm>
#include <stdexcept>

#include "schema/document_data_json.h"

namespace letterbox::schema {

std::string encode_document_data(const DocumentData& data) {
  return nlohmann::json(data).dump();
}

DocumentData decode_document_data(std::string_view encoded) {
  try {
    return nlohmann::json::parse(encoded).get<DocumentData>();
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("document data is not a Letterbox document: ") + e.what());
  }
}

std::size_t page_at(const DocumentData& data, std::size_t offset) {
  if (data.pages.empty()) return 0;
  // The last page that begins at or before the offset.
  const auto after = std::upper_bound(data.pages.begin(), data.pages.end(), offset);
  return after == data.pages.begin() ? 1 : static_cast<std::size_t>(after - data.pages.begin());
}

std::string_view page_text(const DocumentData& data, std::size_t page) {
  if (page == 0 || page > data.pages.size()) return {};
  const std::size_t begin = std::min(data.pages[page - 1], data.text.size());
  const std::size_t end = page < data.pages.size() ? std::min(data.pages[page], data.text.size()) : data.text.size();
  std::string_view text(data.text);
  text = text.substr(begin, end > begin ? end - begin : 0);
  if (!text.empty() && text.back() == '\f') text.remove_suffix(1);  // the break before the next page
  return text;
}

}  // namespace letterbox::schema
