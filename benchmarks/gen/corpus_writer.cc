#include "benchmarks/gen/corpus_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

#include "benchmarks/gen/calendar.h"
#include "benchmarks/gen/compose.h"
#include "benchmarks/gen/random.h"
#include "benchmarks/gen/vocabulary.h"

namespace letterbox::gen {

namespace {

constexpr std::uint64_t kLettersPerFolder = 1000;

void write_file(const std::filesystem::path& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot create '" + path.string() + "': " + std::strerror(errno));
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      throw std::runtime_error("cannot write '" + path.string() + "': " + std::strerror(error));
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) throw std::runtime_error("cannot close '" + path.string() + "': " + std::strerror(errno));
}

void make_folders(const std::filesystem::path& out, const std::vector<PlannedLetter>& plan) {
  std::set<std::string> folders;
  for (const auto& letter : plan) folders.insert(letter.relative.substr(0, letter.relative.rfind('/')));
  for (const auto& folder : folders) {
    std::error_code error;
    std::filesystem::create_directories(out / folder, error);
    if (error) throw std::runtime_error("cannot create folder '" + (out / folder).string() + "': " + error.message());
  }
}

}  // namespace

std::vector<PlannedLetter> plan_corpus(std::uint64_t count, std::uint64_t seed) {
  const long first = days_from_civil({2000, 1, 1});
  const long last = days_from_civil({2025, 12, 31});
  Random random(seed ^ 0x706c616e6e696e67ULL);  // the plan's own stream, apart from the letters'
  std::map<int, std::uint64_t> letters_in_year;
  std::vector<PlannedLetter> plan;
  plan.reserve(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    const long days = first + random.between(0, static_cast<int>(last - first));
    const int year = civil_from_days(days).year;
    const std::uint64_t number = letters_in_year[year]++;
    char relative[64];
    std::snprintf(relative, sizeof relative, "%04d/%03llu/%04d-%07llu.txt", year,
                  static_cast<unsigned long long>(number / kLettersPerFolder), year,
                  static_cast<unsigned long long>(number));
    plan.push_back({days, relative});
  }
  return plan;
}

CorpusSummary write_corpus(const CorpusOptions& options, const Progress& progress) {
  const auto start = std::chrono::steady_clock::now();
  const Vocabulary vocabulary;
  const auto plan = plan_corpus(options.count, options.seed);
  make_folders(options.out, plan);

  std::atomic<std::uint64_t> done{0};
  std::atomic<std::uint64_t> bytes{0};
  std::atomic<bool> failed{false};
  std::string failure;
  auto worker = [&](unsigned job, unsigned jobs) {
    try {
      std::uint64_t local_bytes = 0;
      for (std::uint64_t i = job; i < plan.size() && !failed; i += jobs) {
        const std::string text = compose_letter(letter_seed(options.seed, i), plan[i].days, vocabulary);
        write_file(options.out / plan[i].relative, text);
        local_bytes += text.size();
        ++done;
      }
      bytes += local_bytes;
    } catch (const std::exception& error) {
      if (!failed.exchange(true)) failure = error.what();
    }
  };

  const unsigned jobs = std::max(1u, options.jobs);
  std::vector<std::thread> threads;
  for (unsigned job = 1; job < jobs; ++job) threads.emplace_back(worker, job, jobs);
  std::thread first_job(worker, 0u, jobs);
  while (progress && done < plan.size() && !failed) {
    progress(done, plan.size());
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  first_job.join();
  for (auto& thread : threads) thread.join();
  if (failed) throw std::runtime_error(failure);
  if (progress) progress(done, plan.size());

  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  return {plan.size(), bytes.load(), elapsed.count()};
}

}  // namespace letterbox::gen
