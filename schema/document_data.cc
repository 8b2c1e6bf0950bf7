#include "schema/document_data.h"

#include <stdexcept>

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

}  // namespace letterbox::schema
