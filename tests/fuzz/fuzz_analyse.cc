// libFuzzer target: any bytes through the path every indexed file takes,
// read_bytes -> analyse (normalise, parse, tag) -> build_document.
#include <cstddef>
#include <cstdint>
#include <string>

#include <xapian.h>

#include "indexer/analyse.h"
#include "indexer/build_document.h"
#include "indexer/read.h"
#include "indexer/reference_data.h"
#include "schema/text_analysis.h"

namespace {

// Loaded once: building the tagger's tables costs far more than one input.
const letterbox::Tagger& tagger() {
  static const letterbox::Tagger loaded(letterbox::load_reference_data(letterbox::default_reference_folder()));
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // A small cap keeps each run quick; the size limit itself is tested elsewhere.
  const letterbox::ReadOptions options{.max_bytes = 256u << 10};
  const letterbox::ReadResult read = letterbox::read_bytes(std::string(reinterpret_cast<const char*>(data), size), options);
  if (!read.text) return 0;
  const letterbox::AnalysedLetter analysed = letterbox::analyse(*read.text, tagger());
  Xapian::TermGenerator generator;
  letterbox::text::configure(generator);
  const letterbox::DocumentSource source{
      .id = "/fuzz/input.txt", .path = "input.txt", .content_hash = letterbox::hash_hex(read.content_hash), .analysed = analysed};
  const Xapian::Document document = letterbox::build_document(source, generator);
  letterbox::spelling_words(document);
  return 0;
}
