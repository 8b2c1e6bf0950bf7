// A fresh temporary folder for one unit test, removed with it.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace letterbox::testing {

struct TempFolder {
  TempFolder() {
    path = std::filesystem::temp_directory_path() / ("letterbox-unit-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  std::filesystem::path path;
};

}  // namespace letterbox::testing
