// The evaluation report, as text for people or JSON for scripts.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "score.h"

namespace letterbox::eval {

struct Report {
  std::string folder;
  Scores scores;
  std::vector<Target> targets;  // empty when targets were not asked for
};

std::string format_text(const Report& report);
nlohmann::json to_json(const Report& report);

}  // namespace letterbox::eval
