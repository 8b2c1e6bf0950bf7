// Levenshtein distance, for "did you mean" in messages about field names.
#pragma once

#include <cstddef>
#include <string_view>

namespace letterbox {

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace letterbox
