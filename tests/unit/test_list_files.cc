#include <fstream>
#include <random>

#include <catch2/catch.hpp>

#include "tests/unit/temp_folder.h"

#include "indexer/list_files.h"

using namespace letterbox;
namespace fs = std::filesystem;

namespace {

using letterbox::testing::TempFolder;

void touch(const fs::path& path) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << "Dear Minister";
}

std::vector<std::string> names(const FileList& list) {
  std::vector<std::string> out;
  for (const auto& file : list.files) out.push_back(file.path.filename().string());
  return out;
}

}  // namespace

TEST_CASE("folders are walked for letter files, in a stable order", "[list_files]") {
  TempFolder dir;
  touch(dir.path / "b.txt");
  touch(dir.path / "2011" / "a.md");
  touch(dir.path / "2011" / "README");  // no extension: taken
  touch(dir.path / "c.markdown");
  touch(dir.path / "scan.pdf");
  touch(dir.path / "image.PNG");
  touch(dir.path / "notes.eml");
  touch(dir.path / "setup.exe");
  touch(dir.path / ".hidden.txt");
  touch(dir.path / ".git" / "x.txt");
  const FileList list = list_files({dir.path});
  // Documents of other formats are listed too; their content decides later.
  CHECK(names(list) ==
        std::vector<std::string>{"README", "a.md", "b.txt", "c.markdown", "image.PNG", "notes.eml", "scan.pdf"});
  CHECK(list.problems.empty());
}

TEST_CASE("a file named directly is taken whatever its name; missing paths are problems", "[list_files]") {
  TempFolder dir;
  touch(dir.path / "letter.text");
  const FileList list = list_files({dir.path / "letter.text", dir.path / "missing.txt"});
  CHECK(names(list) == std::vector<std::string>{"letter.text"});
  REQUIRE(list.problems.size() == 1);
  CHECK_THAT(list.problems[0].path, Catch::EndsWith("missing.txt"));
}

TEST_CASE("the same file reached twice is listed once, by its canonical identifier", "[list_files]") {
  TempFolder dir;
  touch(dir.path / "letters" / "a.txt");
  fs::create_directory_symlink(dir.path / "letters", dir.path / "link");
  const FileList list = list_files({dir.path / "letters", dir.path / "letters" / ".." / "letters" / "a.txt",
                                    dir.path / "link" / "a.txt"});
  REQUIRE(list.files.size() == 1);
  CHECK(list.files[0].id == fs::canonical(dir.path / "letters" / "a.txt").string());
}

TEST_CASE("a symbolic link loop does not hang the walk", "[list_files]") {
  TempFolder dir;
  touch(dir.path / "a" / "x.txt");
  fs::create_directory_symlink(dir.path / "a", dir.path / "a" / "loop");
  fs::create_symlink(dir.path / "nowhere.txt", dir.path / "a" / "broken.txt");
  const FileList list = list_files({dir.path});
  CHECK(names(list) == std::vector<std::string>{"x.txt"});
  REQUIRE(list.problems.size() == 1);
  CHECK(list.problems[0].reason == "broken symbolic link");
}
