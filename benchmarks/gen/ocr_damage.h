// OCR slips as they appear in letters scanned to PDF and turned into text.
#pragma once

#include <string>

#include "benchmarks/gen/random.h"

namespace letterbox::gen {

// "rn"/"m" swaps, "q" read as "g", words broken by a hyphen at a line end,
// stray "|" characters and page-break "---" lines, each a few times.
std::string damage_like_ocr(std::string text, Random& random);

}  // namespace letterbox::gen
