// The corpus generator's vocabulary: tens of thousands of word forms ranked
// by frequency (common English and children's-services words first, derived
// and generated rarer forms after them), sampled by a Zipf law over ranks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "benchmarks/gen/random.h"

namespace letterbox::gen {

class Vocabulary {
 public:
  // `size` word forms; P(rank r) proportional to 1 / r^exponent.
  explicit Vocabulary(std::size_t size = 40000, double exponent = 1.0);

  // Any word, by Zipf rank.
  const std::string& word(Random& random) const;
  // A content word: skips the function words at the top of the ranking, so
  // template slots get "assessment", not "the".
  const std::string& content_word(Random& random) const;

  std::size_t size() const { return words_.size(); }
  const std::string& at(std::size_t rank) const { return words_[rank]; }

 private:
  // Walker's alias tables, one per band of ranks (the top 256, up to 4096,
  // the rest): O(1) sampling, and the frequent draws stay in a table small
  // enough for the L1 cache, where one table over all ranks missed it.
  struct Entry {
    float keep;            // chance of keeping the drawn slot
    std::uint32_t alias;  // the slot taken otherwise
  };
  struct Band {
    double cumulative;  // chance of drawing from this band or an earlier one
    std::uint32_t first_rank;
    std::vector<Entry> entries;
  };
  using Sampler = std::vector<Band>;
  static Sampler make_sampler(std::size_t ranks, double exponent);
  static std::uint32_t sample(const Sampler& sampler, Random& random);

  std::vector<std::string> words_;
  Sampler all_;      // over all ranks
  Sampler content_;  // over ranks from first_content_
  std::size_t first_content_ = 0;
};

}  // namespace letterbox::gen
