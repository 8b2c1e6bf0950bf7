// Writing a whole benchmark corpus: plans each letter's date and path, makes
// the folders, then composes and writes the letters, each thread filling
// whole folders (one openat, write and close per file).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace letterbox::gen {

struct CorpusOptions {
  std::uint64_t count = 1000;
  std::uint64_t seed = 1;
  std::filesystem::path out;
  unsigned jobs = 1;  // output is the same for any number of jobs
};

struct PlannedLetter {
  long days = 0;          // the letter's date, days since 1970-01-01
  std::string relative;  // "2011/004/2011-0004123.txt"
};

struct CorpusSummary {
  std::uint64_t files = 0;
  std::uint64_t bytes = 0;
  double seconds = 0;
  double megabytes_per_second() const { return seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0; }
};

// Dates spread over 2000-01-01..2025-12-31; at most 1000 letters a folder.
std::vector<PlannedLetter> plan_corpus(std::uint64_t count, std::uint64_t seed);

// Called now and then from the writing thread with the letters done so far.
using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

// Throws std::runtime_error naming the path when a folder or file cannot be written.
CorpusSummary write_corpus(const CorpusOptions& options, const Progress& progress = {});

}  // namespace letterbox::gen
