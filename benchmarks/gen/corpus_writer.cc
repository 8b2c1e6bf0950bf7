#include "benchmarks/gen/corpus_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <stdexcept>
#include <thread>

#include "benchmarks/gen/calendar.h"
#include "benchmarks/gen/compose.h"
#include "benchmarks/gen/random.h"
#include "benchmarks/gen/vocabulary.h"

namespace letterbox::gen {

namespace {

constexpr std::uint64_t kLettersPerFolder = 1000;

// One openat() relative to the folder (no path walk), one write(), one
// close(): no stat, no fsync; the file system's inode creation is the cost.
void write_file(int folder_fd, const std::string& folder, const char* name, const std::string& text) {
  const int fd = ::openat(folder_fd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot create '" + folder + "/" + name + "': " + std::strerror(errno));
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      throw std::runtime_error("cannot write '" + folder + "/" + name + "': " + std::strerror(error));
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) throw std::runtime_error("cannot close '" + folder + "/" + name + "': " + std::strerror(errno));
}

// A folder and the letters (indices into the plan) that go into it.
struct FolderWork {
  std::string relative;
  std::vector<std::uint64_t> letters;
};

// Letters grouped by folder, so each thread fills whole folders: threads
// writing into one folder contend for its lock in the kernel.
std::vector<FolderWork> group_by_folder(const std::vector<PlannedLetter>& plan) {
  std::map<std::string, std::vector<std::uint64_t>> folders;
  for (std::uint64_t i = 0; i < plan.size(); ++i)
    folders[plan[i].relative.substr(0, plan[i].relative.rfind('/'))].push_back(i);
  std::vector<FolderWork> work;
  work.reserve(folders.size());
  for (auto& [relative, letters] : folders) work.push_back({relative, std::move(letters)});
  return work;
}

class FolderHandle {
 public:
  explicit FolderHandle(const std::filesystem::path& path) : fd_(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (fd_ < 0) throw std::runtime_error("cannot open folder '" + path.string() + "': " + std::strerror(errno));
  }
  ~FolderHandle() { ::close(fd_); }
  FolderHandle(const FolderHandle&) = delete;
  FolderHandle& operator=(const FolderHandle&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

void make_folders(const std::filesystem::path& out, const std::vector<FolderWork>& folders) {
  for (const auto& folder : folders) {
    std::error_code error;
    std::filesystem::create_directories(out / folder.relative, error);
    if (error) throw std::runtime_error("cannot create folder '" + (out / folder.relative).string() + "': " + error.message());
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
  const auto folders = group_by_folder(plan);
  make_folders(options.out, folders);

  std::atomic<std::uint64_t> next_folder{0};
  std::atomic<std::uint64_t> done{0};
  std::atomic<std::uint64_t> bytes{0};
  std::atomic<bool> failed{false};
  std::string failure;
  auto write_folder = [&](const FolderWork& folder) {
    const FolderHandle handle(options.out / folder.relative);
    const std::string path = (options.out / folder.relative).string();
    std::uint64_t folder_bytes = 0;
    for (const std::uint64_t i : folder.letters) {
      if (failed) return;
      const std::string text = compose_letter(letter_seed(options.seed, i), plan[i].days, vocabulary);
      write_file(handle.fd(), path, plan[i].relative.c_str() + folder.relative.size() + 1, text);
      folder_bytes += text.size();
      ++done;
    }
    bytes += folder_bytes;
  };
  auto worker = [&] {
    try {
      for (std::uint64_t f = next_folder++; f < folders.size() && !failed; f = next_folder++) write_folder(folders[f]);
    } catch (const std::exception& error) {
      if (!failed.exchange(true)) failure = error.what();
    }
  };

  const unsigned jobs = std::max(1u, options.jobs);
  std::vector<std::thread> threads;
  for (unsigned job = 0; job < jobs; ++job) threads.emplace_back(worker);
  while (progress && done < plan.size() && !failed) {
    progress(done, plan.size());
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  for (auto& thread : threads) thread.join();
  if (failed) throw std::runtime_error(failure);
  if (progress) progress(done, plan.size());

  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  return {plan.size(), bytes.load(), elapsed.count()};
}

}  // namespace letterbox::gen
