#include "indexer/list_files.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <system_error>

#include "indexer/read.h"

namespace fs = std::filesystem;

namespace letterbox {

std::string document_id(const fs::path& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(path, error);
  if (error) canonical = fs::absolute(path, error).lexically_normal();
  return canonical.string();
}

std::string file_of_id(const std::string& id) {
  // Paths may hold '#' themselves: only the suffixes the readers make, in
  // the last path component and followed by a number, count.
  const std::size_t slash = id.rfind('/');
  const std::size_t name_start = slash == std::string::npos ? 0 : slash + 1;
  std::size_t cut = std::string::npos;
  for (const std::string_view marker : {"#message-", "#attachment-"}) {
    const std::size_t at = id.find(marker, name_start);
    const std::size_t digit = at + marker.size();
    if (at != std::string::npos && digit < id.size() && std::isdigit(static_cast<unsigned char>(id[digit])))
      cut = std::min(cut, at);
  }
  return id.substr(0, cut);
}

namespace {

void add_file(FileList& list, const fs::path& path) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  list.files.push_back({path, document_id(path), error ? 0 : size});
}

void walk_folder(FileList& list, const fs::path& folder) {
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    list.problems.push_back({folder.string(), "cannot read folder: " + error.message()});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
    if (error) {
      list.problems.push_back({it->path().string(), "cannot read folder: " + error.message()});
      error.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    std::error_code status_error;
    // A hidden folder (.git and the like) holds no letters.
    if (entry.is_directory(status_error) && entry.path().filename().string().starts_with(".")) {
      it.disable_recursion_pending();
      continue;
    }
    if (!is_indexable_name(entry.path())) continue;
    if (entry.is_regular_file(status_error)) {
      add_file(list, entry.path());
    } else if (entry.is_symlink(status_error) && !entry.exists(status_error)) {
      list.problems.push_back({entry.path().string(), "broken symbolic link"});
    }
  }
}

}  // namespace

FileList list_files(const std::vector<fs::path>& inputs) {
  FileList list;
  for (const fs::path& input : inputs) {
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (error || !fs::exists(status)) {
      list.problems.push_back({input.string(), "no such file or folder"});
    } else if (fs::is_directory(status)) {
      walk_folder(list, input);
    } else if (fs::is_regular_file(status)) {
      add_file(list, input);
    } else {
      list.problems.push_back({input.string(), "not a regular file or folder"});
    }
  }
  std::sort(list.files.begin(), list.files.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  list.files.erase(std::unique(list.files.begin(), list.files.end(),
                               [](const auto& a, const auto& b) { return a.id == b.id; }),
                   list.files.end());
  return list;
}

}  // namespace letterbox
