// What the pipeline makes of a letter, in the annotation shape the gold
// files use.
#pragma once

#include "gold.h"
#include "indexer/analyse.h"

namespace letterbox::eval {

Annotation to_annotation(const AnalysedLetter& analysed);

}  // namespace letterbox::eval
