#include "indexer/analyse.h"

#include "indexer/parse_letter.h"

namespace letterbox {

AnalysedLetter analyse(std::string_view utf8, const Tagger& tagger) {
  AnalysedLetter analysed;
  analysed.text = normalise_text(utf8);
  analysed.letter = parse_letter(analysed.text);
  analysed.entities = tagger.tag(analysed.letter, analysed.text);
  return analysed;
}

}  // namespace letterbox
