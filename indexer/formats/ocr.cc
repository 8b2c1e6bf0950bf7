#include "indexer/formats/ocr.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <vector>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <xxhash.h>

#include "indexer/read.h"

namespace fs = std::filesystem;

namespace letterbox {
namespace {

// Tesseract is told the resolution when the image does not say, since its
// layout analysis misjudges text size otherwise.
constexpr int kAssumedDpi = 150;

std::unique_ptr<tesseract::TessBaseAPI> english_engine() {
  auto engine = std::make_unique<tesseract::TessBaseAPI>();
  if (engine->Init(nullptr, "eng") != 0)
    throw std::runtime_error("OCR: cannot start Tesseract with English data (is tesseract-ocr-eng installed?)");
  return engine;
}

// One engine per thread: loading the language data takes a while, and a
// TessBaseAPI must not be shared between threads.
tesseract::TessBaseAPI& thread_engine() {
  thread_local std::unique_ptr<tesseract::TessBaseAPI> engine = english_engine();
  return *engine;
}

// Part of the cache key: text recognised under an older layout rule is not
// reused, since the parser reads the layout (see page_text below).
constexpr std::uint64_t kLayoutVersion = 2;

// One recognised line of text and where its baseline lies on the page.
struct OcrLine {
  std::string text;
  int top = 0;
  int baseline = 0;
};

std::vector<OcrLine> recognised_lines(tesseract::TessBaseAPI& engine) {
  if (engine.Recognize(nullptr) != 0) throw std::runtime_error("OCR: Tesseract recognition failed");
  std::vector<OcrLine> lines;
  const std::unique_ptr<tesseract::ResultIterator> line(engine.GetIterator());
  if (!line) return lines;
  constexpr auto kLine = tesseract::RIL_TEXTLINE;
  do {
    const std::unique_ptr<char[]> text(line->GetUTF8Text(kLine));
    int left = 0, top = 0, right = 0, bottom = 0;
    if (!text || !line->BoundingBox(kLine, &left, &top, &right, &bottom)) continue;
    // The baseline, not the box's bottom, which moves with descenders.
    int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    const int baseline = line->Baseline(kLine, &x1, &y1, &x2, &y2) ? std::max(y1, y2) : bottom;
    std::string words(text.get());
    while (!words.empty() && (words.back() == '\n' || words.back() == ' ')) words.pop_back();
    if (!words.empty()) lines.push_back({std::move(words), top, baseline});
  } while (line->Next(kLine));
  return lines;
}

// The usual distance between the baselines of consecutive lines: the
// lower quartile of the downward steps, so that paragraph gaps, fewer than
// the lines, do not count.
int usual_line_pitch(const std::vector<OcrLine>& lines) {
  std::vector<int> steps;
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (lines[i].baseline > lines[i - 1].baseline) steps.push_back(lines[i].baseline - lines[i - 1].baseline);
  if (steps.empty()) return 0;
  std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 4), steps.end());
  return steps[steps.size() / 4];
}

// The page's lines in Tesseract's reading order, with a blank line where
// the page leaves space for one (or the next line starts higher up: a new
// column). Tesseract's own text parts "paragraphs" by its idea of them: it
// set an address block's lines apart and ran the letterhead into the
// recipient's name, so the recipient was lost ("Bore" for "Councillor Sir
// Albert Bore / Leader / Birmingham City Council"). The blank lines here
// follow the page, as the PDF text layer's do.
std::string page_text(const std::vector<OcrLine>& lines) {
  const int pitch = usual_line_pitch(lines);
  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      const int step = lines[i].baseline - lines[i - 1].baseline;
      const bool new_column = lines[i].top < lines[i - 1].top;
      text += (new_column || (pitch > 0 && 2 * step > 3 * pitch)) ? "\n\n" : "\n";
    }
    text += lines[i].text;
  }
  if (!text.empty()) text += '\n';
  return text;
}

std::string take_text(tesseract::TessBaseAPI& engine) { return page_text(recognised_lines(engine)); }

std::uint64_t image_hash(const PixelImage& image) {
  XXH64_state_t* state = XXH64_createState();
  if (state == nullptr) throw std::runtime_error("cannot allocate an xxh64 state");
  const std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> owned(state, &XXH64_freeState);
  XXH64_reset(state, kLayoutVersion);
  const int dimensions[] = {image.width, image.height, image.bytes_per_pixel};
  XXH64_update(state, dimensions, sizeof dimensions);
  const std::size_t row_bytes = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.bytes_per_pixel);
  for (int y = 0; y < image.height; ++y)
    XXH64_update(state, image.pixels + static_cast<std::size_t>(y) * static_cast<std::size_t>(image.bytes_per_row),
                 row_bytes);
  return XXH64_digest(state);
}

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};

}  // namespace

OcrMode parse_ocr_mode(std::string_view text) {
  if (text == "never") return OcrMode::never;
  if (text == "auto") return OcrMode::auto_;
  if (text == "always") return OcrMode::always;
  throw std::runtime_error("unknown OCR mode '" + std::string(text) + "' (expected never, auto or always)");
}

bool OcrCache::find(std::uint64_t hash, std::string& text) const {
  if (!enabled()) return false;
  std::ifstream in(folder_ / (hash_hex(hash) + ".txt"), std::ios::binary);
  if (!in) return false;
  std::ostringstream content;
  content << in.rdbuf();
  text = content.str();
  return true;
}

bool OcrCache::store(std::uint64_t hash, const std::string& text) const {
  if (!enabled()) return false;
  std::error_code error;
  fs::create_directories(folder_, error);
  if (error) return false;
  std::ostringstream suffix;
  suffix << ".tmp-" << std::this_thread::get_id();
  const fs::path final_path = folder_ / (hash_hex(hash) + ".txt");
  const fs::path temporary = final_path.string() + suffix.str();
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) return false;
  }
  fs::rename(temporary, final_path, error);
  if (error) fs::remove(temporary, error);
  return !error;
}

fs::path ocr_cache_beside(const fs::path& db) {
  fs::path folder = db;
  while (!folder.empty() && !folder.has_filename()) folder = folder.parent_path();  // "db/" -> "db"
  return folder.string() + ".ocr-cache";
}

OcrResult recognise(const PixelImage& image, const OcrCache& cache) {
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0)
    throw std::runtime_error("OCR: empty image (" + std::to_string(image.width) + "x" + std::to_string(image.height) + ")");
  const std::uint64_t hash = image_hash(image);
  OcrResult result;
  if (cache.find(hash, result.text)) {
    result.from_cache = true;
    return result;
  }
  tesseract::TessBaseAPI& engine = thread_engine();
  engine.SetImage(image.pixels, image.width, image.height, image.bytes_per_pixel, image.bytes_per_row);
  engine.SetSourceResolution(image.dpi > 0 ? image.dpi : kAssumedDpi);
  result.text = take_text(engine);
  engine.Clear();
  cache.store(hash, result.text);
  return result;
}

OcrResult recognise_image_file(std::string_view bytes, const OcrCache& cache) {
  const std::uint64_t hash = XXH64(bytes.data(), bytes.size(), kLayoutVersion);
  OcrResult result;
  if (cache.find(hash, result.text)) {
    result.from_cache = true;
    return result;
  }
  setMsgSeverity(L_SEVERITY_NONE);  // leptonica prints to stderr otherwise; failures are reported below
  std::unique_ptr<Pix, PixDeleter> pix(
      pixReadMem(reinterpret_cast<const l_uint8*>(bytes.data()), bytes.size()));
  if (!pix) throw std::runtime_error("not an image leptonica can read (damaged PNG, JPEG or TIFF?)");
  tesseract::TessBaseAPI& engine = thread_engine();
  engine.SetImage(pix.get());
  if (pixGetXRes(pix.get()) <= 0) engine.SetSourceResolution(kAssumedDpi);
  result.text = take_text(engine);
  engine.Clear();
  cache.store(hash, result.text);
  return result;
}

}  // namespace letterbox
