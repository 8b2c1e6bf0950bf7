// Sharded indexes through the real programs: letterbox-index --shards and
// --compact, letterbox-search over the stub, over shards served by
// xapian-tcpsrv on the loopback interface, and with a shard that is down or
// does not answer.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include <catch2/catch.hpp>

#include "tests/e2e/run_program.h"

namespace fs = std::filesystem;
using letterbox::e2e::run_index;
using letterbox::e2e::run_search;
using letterbox::e2e::search_json;
using letterbox::e2e::TempDir;
using nlohmann::json;

namespace {

const std::vector<std::string> kQueries = {"safeguarding", "\"Improvement Notice\"", "body:ofsted",
                                           "minister:loughton", "grade:inadequate OR grade:good",
                                           "children NOT leeds"};

bool accepts_connections(unsigned port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return connected;
}

// xapian-tcpsrv serving one database on a free loopback port, stopped (with
// the processes it forks per connection) when this goes, even when a test
// fails. A port another program holds makes the server exit: another port
// is then tried.
class TcpServer {
 public:
  explicit TcpServer(const fs::path& db) {
    std::mt19937 random(std::random_device{}());
    for (int attempt = 0; attempt < 20 && pid_ <= 0; ++attempt) {
      const unsigned port = std::uniform_int_distribution<unsigned>(20000, 60000)(random);
      if (start(db, port)) port_ = port;
    }
    REQUIRE(port_ != 0);
  }
  ~TcpServer() { stop(); }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  unsigned port() const { return port_; }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGTERM);  // the process group: the server and its children
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

 private:
  bool start(const fs::path& db, unsigned port) {
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::setpgid(0, 0);
      // Its children report each client that leaves as an exception.
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, STDOUT_FILENO);
      ::dup2(null, STDERR_FILENO);
      const std::string port_text = std::to_string(port);
      ::execlp("xapian-tcpsrv", "xapian-tcpsrv", "--quiet", "--interface", "127.0.0.1", "--port",
               port_text.c_str(), db.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    REQUIRE(pid > 0);
    ::setpgid(pid, pid);
    for (int wait = 0; wait < 250; ++wait) {  // up to 5 s
      if (::waitpid(pid, nullptr, WNOHANG) == pid) return false;  // could not bind: another port
      if (accepts_connections(port)) {
        pid_ = pid;
        return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(-pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    return false;
  }
  pid_t pid_ = -1;
  unsigned port_ = 0;
};

// A port that accepts connections and never answers: a shard that hangs.
class SilentListener {
 public:
  SilentListener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(fd_, 8) == 0);
    socklen_t length = sizeof address;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
  }
  ~SilentListener() { ::close(fd_); }
  SilentListener(const SilentListener&) = delete;
  SilentListener& operator=(const SilentListener&) = delete;
  unsigned port() const { return port_; }

 private:
  int fd_ = -1;
  unsigned port_ = 0;
};

// The sample letters and the test letters, indexed once as one database and
// once in two shards (with another number of workers).
struct Indexes {
  TempDir dir;
  fs::path single = dir.path() / "single.db";
  fs::path sharded = dir.path() / "sharded.db";
  Indexes() {
    const std::string samples = (fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters").string();
    const std::string letters = (fs::path(LETTERBOX_TEST_DATA) / "letters").string();
    auto result = run_index({"--db", single.string(), "--quiet", "--jobs", "1", samples, letters});
    REQUIRE(result.exit_code == 0);
    result = run_index({"--db", sharded.string(), "--shards", "2", "--jobs", "2", samples, letters});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.err, Catch::Contains("in 2 shards"));
  }
};

const Indexes& indexes() {
  static const Indexes instance;
  return instance;
}

// (score, id) sorted: equal scores are ordered by docid, which differs
// between layouts, so ties compare as sets.
std::vector<std::pair<double, std::string>> scored(const json& results) {
  std::vector<std::pair<double, std::string>> hits;
  for (const auto& hit : results["hits"]) hits.emplace_back(hit["score"].get<double>(), hit["id"].get<std::string>());
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  return hits;
}

void check_same_search(const fs::path& expected_db, const fs::path& actual_db, const std::vector<std::string>& extra = {}) {
  for (const std::string& query : kQueries) {
    INFO("query: " << query);
    std::vector<std::string> args = {query, "--limit", "50", "--facets", "all"};
    args.insert(args.end(), extra.begin(), extra.end());
    const json expected = search_json(expected_db, args);
    const json actual = search_json(actual_db, args);
    const auto expected_hits = scored(expected), actual_hits = scored(actual);
    REQUIRE(actual_hits.size() == expected_hits.size());
    for (std::size_t i = 0; i < expected_hits.size(); ++i) {
      CHECK(actual_hits[i].second == expected_hits[i].second);
      CHECK(actual_hits[i].first == Approx(expected_hits[i].first).epsilon(1e-9));
    }
    CHECK(actual["facets"] == expected["facets"]);
    CHECK(actual["timeline"] == expected["timeline"]);
    CHECK(actual["facet_counting"] == expected["facet_counting"]);
  }
}

void check_same_stats(const fs::path& expected_db, const fs::path& actual_db) {
  json expected = search_json(expected_db, {"stats"});
  json actual = search_json(actual_db, {"stats"});
  for (json* stats : {&expected, &actual}) {
    stats->erase("path");
    stats->erase("size_bytes");
    stats->erase("size");
  }
  CHECK(actual == expected);
}

void write_remote_stub(const fs::path& stub, const std::vector<unsigned>& ports) {
  std::ofstream out(stub);
  for (unsigned port : ports) out << "remote 127.0.0.1:" << port << "\n";
}

}  // namespace

TEST_CASE("letterbox-search over a sharded index answers as over one database", "[e2e][shards]") {
  const Indexes& ix = indexes();
  check_same_search(ix.single, ix.sharded);
  check_same_search(ix.single, ix.sharded / "XAPIANDB", {"--sort", "date"});
  check_same_stats(ix.single, ix.sharded);
  const std::string id = (fs::canonical(fs::path(LETTERBOX_SOURCE_DIR) / "corpus" / "letters") /
                          "000_1b777cbff75d175f.txt").string();
  CHECK(search_json(ix.sharded, {"show", id})["text"] == search_json(ix.single, {"show", id})["text"]);
}

TEST_CASE("an existing index keeps its number of shards", "[e2e][shards]") {
  const Indexes& ix = indexes();
  const auto result = run_index({"--db", ix.sharded.string(), "--shards", "3", "--quiet", LETTERBOX_TEST_DATA});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("has 2 shards") && Catch::Contains("--shards 3"));
}

TEST_CASE("letterbox-index --compact merges shards into an index that answers the same", "[e2e][shards]") {
  const Indexes& ix = indexes();
  TempDir dir;
  const fs::path compact = dir.path() / "compact.db";
  const auto result = run_index({"--db", ix.sharded.string(), "--compact", compact.string()});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.err, Catch::Contains("2 shards"));
  check_same_search(ix.single, compact);
  check_same_stats(ix.single, compact);
  CHECK(run_index({"--db", ix.sharded.string(), "--compact", compact.string()}).exit_code == 2);
}

TEST_CASE("shards served by xapian-tcpsrv on the loopback answer as local ones", "[e2e][shards][remote]") {
  const Indexes& ix = indexes();
  TempDir dir;
  TcpServer first(ix.sharded / "shard-00");
  TcpServer second(ix.sharded / "shard-01");
  const fs::path stub = dir.path() / "remote.stub";
  write_remote_stub(stub, {first.port(), second.port()});
  check_same_search(ix.single, stub);
  check_same_stats(ix.single, stub);

  SECTION("a shard that is down is named, or left out with --allow-partial") {
    second.stop();
    const auto failed = run_search({"--db", stub.string(), "safeguarding"});
    CHECK(failed.exit_code == 1);
    CHECK_THAT(failed.err, Catch::Contains("remote 127.0.0.1:" + std::to_string(second.port())) &&
                               Catch::Contains("--allow-partial"));
    const auto partial = run_search({"--db", stub.string(), "--allow-partial", "--format", "json", "safeguarding"});
    CHECK(partial.exit_code == 0);
    CHECK_THAT(partial.err, Catch::Contains("warning: shard 'remote 127.0.0.1:" + std::to_string(second.port())));
    const json all = search_json(ix.single, {"safeguarding"});
    CHECK(json::parse(partial.out)["hits"].size() < all["hits"].size());
  }
  SECTION("a shard that does not answer times out") {
    SilentListener silent;
    write_remote_stub(stub, {first.port(), silent.port()});
    const auto failed = run_search({"--db", stub.string(), "--timeout", "0.5", "safeguarding"});
    CHECK(failed.exit_code == 1);
    CHECK_THAT(failed.err, Catch::Contains(std::to_string(silent.port())) && Catch::Contains("Timeout"));
  }
}
