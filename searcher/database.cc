#include "searcher/database.h"

#include <cstdlib>
#include <system_error>

#include "schema/schema.h"
#include "searcher/errors.h"

namespace letterbox::search {

std::filesystem::path resolve_db_path(const std::string& db_option) {
  if (!db_option.empty()) return db_option;
  if (const char* from_env = std::getenv("LETTERBOX_DB"); from_env != nullptr && *from_env != '\0')
    return from_env;
  return "letterbox.db";
}

Xapian::Database open_database(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error))
    throw UsageError("no index at " + path.string() + "; make one with: letterbox-index --db " + path.string() +
                     " FOLDER");
  Xapian::Database db;
  try {
    db = Xapian::Database(path.string());
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw UsageError(path.string() + " is not a Letterbox index: " + e.get_msg());
  }
  try {
    schema::check_version(db, path.string());
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  return db;
}

std::uintmax_t size_on_disk(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_regular_file(path, error)) return std::filesystem::file_size(path, error);
  std::uintmax_t total = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error))
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  return total;
}

}  // namespace letterbox::search
