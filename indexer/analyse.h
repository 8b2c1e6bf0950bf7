// The analysis stages in order: UTF-8 text -> normalised text -> Letter ->
// entities. What both indexing and --explain run.
#pragma once

#include <string_view>

#include "indexer/letter.h"
#include "indexer/normalise.h"
#include "indexer/tag_entities.h"

namespace letterbox {

struct AnalysedLetter {
  Text text;
  Letter letter;
  Entities entities;
};

AnalysedLetter analyse(std::string_view utf8, const Tagger& tagger);

}  // namespace letterbox
