// Writing one letter of the benchmark corpus: a layout (ministerial letter,
// chair's report, meeting notes, e-mail, council reply, inspection letter...)
// filled with people, councils and Zipf-distributed body text for its date.
#pragma once

#include <cstdint>
#include <string>

#include "benchmarks/gen/vocabulary.h"

namespace letterbox::gen {

struct ComposeOptions {
  double ocr_damage_rate = 0.04;  // share of letters with OCR slips
};

// The text of one letter dated `days` (since 1970-01-01), made from its own
// random stream so any letter can be made alone.
std::string compose_letter(std::uint64_t letter_seed, long days, const Vocabulary& vocabulary,
                           const ComposeOptions& options = {});

}  // namespace letterbox::gen
