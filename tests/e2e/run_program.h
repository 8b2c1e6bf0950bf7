// Running the real programs from end-to-end tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace letterbox::e2e {

struct ProgramResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs program with args (no shell), with extra environment variables
// ("NAME=value"), capturing stdout and stderr.
ProgramResult run(const std::string& program, const std::vector<std::string>& args,
                  const std::vector<std::string>& env = {});

ProgramResult run_index(const std::vector<std::string>& args);
ProgramResult run_search(const std::vector<std::string>& args);

// Runs letterbox-search with --format json and parses its output; fails the
// test (with stderr shown) when it does not exit 0.
nlohmann::json search_json(const std::filesystem::path& db, const std::vector<std::string>& args);

// A fresh, empty temporary folder removed when this object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace letterbox::e2e
