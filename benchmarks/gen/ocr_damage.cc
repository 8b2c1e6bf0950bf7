#include "benchmarks/gen/ocr_damage.h"

#include <cctype>

namespace letterbox::gen {

namespace {

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Letter-level confusions: each eligible spot is changed with some chance.
std::string swap_letters(const std::string& text, Random& random) {
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == 'r' && i + 1 < text.size() && text[i + 1] == 'n' && random.chance(0.15)) {
      out += 'm';
      ++i;
    } else if (c == 'm' && random.chance(0.04)) {
      out += "rn";
    } else if (c == 'q' && random.chance(0.3)) {
      out += 'g';
    } else {
      out += c;
    }
  }
  return out;
}

// Breaks a long word across a line with a hyphen: "safe-\nguarding".
void break_long_word(std::string& text, Random& random) {
  const size_t start = random.below(static_cast<std::uint32_t>(text.size()));
  size_t begin = text.find(' ', start);
  while (begin != std::string::npos) {
    size_t end = begin + 1;
    while (end < text.size() && is_letter(text[end])) ++end;
    if (end - begin > 9) {
      text.insert(begin + 1 + (end - begin) / 2, "-\n");
      return;
    }
    begin = text.find(' ', end);
  }
}

void insert_at_random_space(std::string& text, Random& random, const std::string& what) {
  const size_t at = text.find(' ', random.below(static_cast<std::uint32_t>(text.size())));
  if (at != std::string::npos) text.insert(at, what);
}

}  // namespace

std::string damage_like_ocr(std::string text, Random& random) {
  text = swap_letters(text, random);
  for (int i = random.between(1, 4); i > 0; --i) break_long_word(text, random);
  for (int i = random.between(0, 4); i > 0; --i) insert_at_random_space(text, random, random.chance(0.5) ? " |" : "|");
  if (random.chance(0.5)) {
    const size_t at = text.find("\n\n", random.below(static_cast<std::uint32_t>(text.size())));
    if (at != std::string::npos) text.insert(at, "\n\n---\n\n\n");
  }
  return text;
}

}  // namespace letterbox::gen
