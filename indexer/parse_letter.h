// Parsing a letter's structure: clean text -> Letter.
#pragma once

#include "indexer/letter.h"
#include "indexer/normalise.h"

namespace letterbox {

// Works on the clean text. Never throws on odd input: what cannot be found
// is left empty.
Letter parse_letter(const Text& text);

}  // namespace letterbox
