#include "schema/shards.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace letterbox::schema {
namespace {

namespace fs = std::filesystem;

// "host:port" or "[v6-address]:port"; nothing when the port is missing.
std::optional<std::pair<std::string, unsigned>> split_host_port(const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon + 1 == text.size()) return std::nullopt;
  unsigned port = 0;
  const char* first = text.data() + colon + 1;
  const char* last = text.data() + text.size();
  const auto [end, error] = std::from_chars(first, last, port);
  if (error != std::errc() || end != last || port == 0 || port > 65535) return std::nullopt;
  std::string host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) return std::nullopt;
  return std::make_pair(host, port);
}

ShardEntry remote_entry(const std::string& rest) {
  ShardEntry entry;
  if (!rest.empty() && rest.front() == ':') {  // ":program args"
    entry.kind = ShardEntry::Kind::remote_program;
    const auto space = rest.find(' ');
    entry.program = rest.substr(1, space == std::string::npos ? std::string::npos : space - 1);
    if (space != std::string::npos) entry.args = rest.substr(space + 1);
    return entry;
  }
  const auto host_port = split_host_port(rest);
  if (!host_port) throw std::runtime_error("remote shard '" + rest + "' has no host:port");
  entry.kind = ShardEntry::Kind::remote_tcp;
  entry.host = host_port->first;
  entry.port = host_port->second;
  return entry;
}

ShardEntry parse_line(const std::string& line, const fs::path& folder) {
  const auto space = line.find(' ');
  const std::string type = line.substr(0, space);
  const std::string rest = space == std::string::npos ? std::string() : line.substr(space + 1);
  if ((type == "auto" || type == "glass") && !rest.empty()) {
    ShardEntry entry;
    entry.path = fs::path(rest).is_absolute() ? fs::path(rest) : folder / rest;
    return entry;
  }
  if (type == "remote" && !rest.empty()) return remote_entry(rest);
  throw std::runtime_error("unknown kind of database '" + type + "' (auto, glass or remote)");
}

}  // namespace

std::optional<fs::path> stub_file_of(const fs::path& db) {
  std::error_code error;
  if (fs::is_directory(db, error)) {
    const fs::path stub = db / kStubFileName;
    if (fs::is_regular_file(stub, error)) return stub;
    return std::nullopt;
  }
  if (!fs::is_regular_file(db, error)) return std::nullopt;
  // A single-file glass database starts with its magic; a stub is text.
  std::ifstream in(db, std::ios::binary);
  char magic[8] = {};
  in.read(magic, sizeof magic);
  if (std::string_view(magic, static_cast<std::size_t>(in.gcount())).starts_with("\x0f\x0dXapian")) return std::nullopt;
  return db;
}

std::vector<ShardEntry> read_stub(const fs::path& stub) {
  std::ifstream in(stub);
  if (!in) throw std::runtime_error("cannot read stub file " + stub.string());
  std::vector<ShardEntry> entries;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    try {
      ShardEntry entry = parse_line(line, stub.parent_path());
      entry.line = number;
      entry.text = line;
      entries.push_back(std::move(entry));
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(stub.string() + ":" + std::to_string(number) + ": " + e.what());
    }
  }
  return entries;
}

void write_stub(const fs::path& stub, const std::vector<std::string>& shard_folders) {
  const fs::path temporary = stub.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << "# Letterbox sharded index: one Xapian database per line (Xapian stub syntax).\n";
    for (const std::string& folder : shard_folders) out << "auto " << folder << "\n";
    out.flush();
    if (!out) throw std::runtime_error("cannot write stub file " + temporary.string());
  }
  std::error_code error;
  fs::rename(temporary, stub, error);
  if (error) throw std::runtime_error("cannot write stub file " + stub.string() + ": " + error.message());
}

std::string shard_folder_name(std::size_t index, std::size_t count) {
  const std::size_t width = std::max<std::size_t>(2, std::to_string(count > 0 ? count - 1 : 0).size());
  std::string number = std::to_string(index);
  if (number.size() < width) number.insert(0, width - number.size(), '0');
  return "shard-" + number;
}

}  // namespace letterbox::schema
