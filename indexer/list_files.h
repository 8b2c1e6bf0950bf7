// Listing what to index: the files and folders a user names -> the files to
// read, in a stable order, with the reason for anything that cannot be listed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace letterbox {

struct ListedFile {
  std::filesystem::path path;  // as found, under the path the user gave
  std::string id;              // canonical absolute path: the document identifier
  std::uintmax_t size = 0;
};

struct Unlisted {
  std::string path;
  std::string reason;
};

struct FileList {
  std::vector<ListedFile> files;  // sorted by id, each id once
  std::vector<Unlisted> problems;
};

// Folders are walked recursively for indexable names (is_indexable_name);
// files named directly are taken whatever their name. Symbolic links to
// folders are not followed (no loops); unreadable folders become problems.
FileList list_files(const std::vector<std::filesystem::path>& inputs);

// The identifier of a file: its absolute path with symbolic links and
// "." / ".." resolved.
std::string document_id(const std::filesystem::path& path);

// The identifier of the file a document came from: one file may give several
// documents, "ID#message-2" (an mbox) or "ID#attachment-1-report.pdf" (an
// e-mail's attachment), all with the file's content hash.
std::string file_of_id(const std::string& id);

}  // namespace letterbox
