// letterbox-bench-termgen: the floor of what indexing with Xapian costs. Reads
// every file, indexes its text with an English stemmer and positions, adds
// the document and commits every 10,000: no parsing, tagging or values.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <xapian.h>

namespace {

constexpr Xapian::doccount kCommitEvery = 10000;

std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path.string() + "'");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

// Sorted, so every run adds the documents in the same order.
std::vector<std::filesystem::path> text_files(const std::vector<std::string>& roots) {
  std::vector<std::filesystem::path> files;
  for (const auto& root : roots) {
    if (std::filesystem::is_regular_file(root)) {
      files.emplace_back(root);
      continue;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
      if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db_path;
  std::vector<std::string> roots;
  CLI::App app{"Index text files with a bare Xapian TermGenerator loop (benchmark floor)"};
  app.add_option("--db", db_path, "Index to create (overwritten)")->required();
  app.add_option("PATH", roots, "Files or folders of .txt files")->required();
  CLI11_PARSE(app, argc, argv);

  try {
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    Xapian::doccount added = 0;
    for (const auto& path : text_files(roots)) {
      Xapian::Document doc;
      generator.set_document(doc);
      const std::string text = read_whole_file(path);
      generator.index_text(text);
      doc.add_boolean_term("Q" + path.string());
      db.add_document(doc);
      if (++added % kCommitEvery == 0) db.commit();
    }
    db.commit();
    std::fprintf(stderr, "letterbox-bench-termgen: %u documents\n", added);
  } catch (const Xapian::Error& error) {
    std::fprintf(stderr, "letterbox-bench-termgen: %s\n", error.get_description().c_str());
    return 1;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "letterbox-bench-termgen: %s\n", error.what());
    return 1;
  }
  return 0;
}
