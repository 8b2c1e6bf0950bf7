// letterbox-gen-corpus: writes a deterministic benchmark corpus of letters.
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "benchmarks/gen/corpus_writer.h"

namespace {

void show_progress(std::uint64_t done, std::uint64_t total) {
  std::fprintf(stderr, "\rletterbox-gen-corpus: %llu / %llu letters", static_cast<unsigned long long>(done),
               static_cast<unsigned long long>(total));
  if (done == total) std::fputc('\n', stderr);
}

// User plus system CPU seconds of this process, all threads: on a shared
// machine the wall-clock rate understates what the generator can do.
double cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
  letterbox::gen::CorpusOptions options;
  std::string out;
  CLI::App app{"Write a deterministic corpus of generated letters for benchmarks"};
  app.add_option("--count", options.count, "Number of letters")->check(CLI::Range(1, 2000000))->required();
  app.add_option("--seed", options.seed, "Seed: the same seed gives byte-identical output");
  app.add_option("--out", out, "Folder to write into (created if missing)")->required();
  app.add_option("--jobs", options.jobs, "Writing threads (output does not depend on it)")->check(CLI::Range(1, 64));
  CLI11_PARSE(app, argc, argv);
  options.out = out;

  try {
    const bool on_terminal = ::isatty(STDERR_FILENO) != 0;
    const auto summary = letterbox::gen::write_corpus(options, on_terminal ? show_progress : letterbox::gen::Progress{});
    const double megabytes = static_cast<double>(summary.bytes) / 1e6;
    const double cpu = cpu_seconds();
    std::fprintf(stderr,
                 "letterbox-gen-corpus: %llu files, %.1f MB in %.2f s: %.1f MB/s, %.0f files/s "
                 "(%.2f CPU s, %.1f MB per CPU second)\n",
                 static_cast<unsigned long long>(summary.files), megabytes, summary.seconds,
                 summary.megabytes_per_second(),
                 summary.seconds > 0 ? static_cast<double>(summary.files) / summary.seconds : 0.0, cpu,
                 cpu > 0 ? megabytes / cpu : 0.0);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "letterbox-gen-corpus: %s\n", error.what());
    return 1;
  }
  return 0;
}
