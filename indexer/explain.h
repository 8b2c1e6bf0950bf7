// --explain: what the pipeline makes of one file, as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "indexer/analyse.h"
#include "indexer/read.h"

namespace letterbox {

nlohmann::json to_json(const Letter& letter);
nlohmann::json to_json(const Entity& entity);
nlohmann::json to_json(const Entities& entities);

// The whole explanation: file, warnings, structure, entities and the terms
// the document would be indexed under.
nlohmann::json explain(const std::string& path, const ReadResult& read, const AnalysedLetter& analysed,
                       const Xapian::Document& document);

}  // namespace letterbox
