// Small indexes for the searcher's unit tests, written straight through the
// schema the way letterbox-index writes them, so the search side can be
// tested on letters of any shape without the indexer.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

namespace letterbox::testing {

struct TestEntity {
  std::string field;  // person, minister, from, to, body, grade, place
  std::string name;   // canonical display name
  std::vector<std::string> aliases;
};

struct TestLetter {
  std::string id{};  // the canonical path
  std::string date{};  // YYYY-MM-DD or empty
  std::string type = "letter";
  std::string title{};
  std::string text{};
  std::vector<TestEntity> entities{};
};

// A fresh folder under the system temp folder, removed with the object.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Writes the letters into a new index at path (stamped with the schema
// version) and returns it opened for reading.
Xapian::Database make_test_index(const std::filesystem::path& path, const std::vector<TestLetter>& letters);

// Letters of several councils, ministers, years and types, including an OCR
// slip ("guickly") and an undated note.
std::vector<TestLetter> sample_test_letters();

}  // namespace letterbox::testing
