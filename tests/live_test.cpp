// Live round trips against a real PostgreSQL 15 that the tests start themselves.
//
// For every golden case: load `from` (and its rows); `schemac diff` against `from` must be
// empty; the forward SQL must equal the golden forward.sql statement for statement, apply with
// psql, leave a database whose pg_dump equals one built from `to` (column order aside), keep the
// rows (verify.sql) and re-diff empty; the rollback must bring back `from` and re-diff empty.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <sstream>
#include <thread>

#include "support/golden.hpp"
#include "support/live.hpp"
#include "support/round_trip.hpp"

using namespace schemac::test;
namespace fs = std::filesystem;

namespace {

// Statements of a SQL script without comments, sorted: the same changes in any order.
std::vector<std::string> statement_lines(const std::string& sql) {
  std::vector<std::string> lines;
  std::istringstream in(sql);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.rfind("--", 0) == 0) continue;
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

// Runs one case; returns what went wrong (empty when everything held).
std::vector<std::string> run_case(const GoldenCase& c) {
  RoundTrip input{c.path("from.sql"), c.path("to.sql"), file_exists(c.path("data.sql")) ? c.path("data.sql") : "",
                  file_exists(c.path("verify.sql")) ? c.path("verify.sql") : ""};
  auto result = round_trip(input);
  // The live forward SQL is also the golden one, statement for statement.
  std::string golden = read_file(c.path("forward.sql"));
  if (statement_lines(result.forward) != statement_lines(golden)) {
    result.problems.push_back("live forward SQL differs from golden forward.sql:\n--- live ---\n" + result.forward + "--- golden ---\n" + golden);
  }
  return result.problems;
}

}  // namespace

TEST_CASE("every golden case round-trips through a real PostgreSQL") {
  auto cases = golden_cases();
  REQUIRE(!cases.empty());
  LiveServer::instance();
  std::vector<std::vector<std::string>> results(cases.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next++) < cases.size();) results[i] = run_case(cases[i]);
  };
  std::vector<std::thread> threads;
  unsigned n = std::max(2u, std::thread::hardware_concurrency());
  for (unsigned t = 0; t < n; ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  std::size_t passed = 0;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    CAPTURE(cases[i].name);
    for (const auto& p : results[i]) FAIL_CHECK(p);
    if (results[i].empty()) ++passed;
  }
  MESSAGE(passed << " of " << cases.size() << " cases round-tripped");
}

// ---- malformed input: a clear error, exit 2, nothing applied or written ----------------------

namespace {

std::string temp_schema(const std::string& name, const std::string& sql) {
  fs::path dir = fs::temp_directory_path() / ("schemac-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string path = (dir / name).string();
  write_file(path, sql);
  return path;
}

}  // namespace

TEST_CASE("syntax errors are reported with file:line:col, the line and a caret, all of them") {
  auto& server = LiveServer::instance();
  std::string db = server.new_database("bad");
  std::string path = temp_schema("syntax.sql",
                                 "CREATE TABLE ok (id int);\n"
                                 "CREATE TABLE broken (id int,, name text);\n"
                                 "CREATE TABLE fine (id int);\n"
                                 "CREATE TABEL also_broken (x int);\n");
  auto r = server.schemac({"diff", "--db", db, "--schema", path});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find(path + ":2:29: error: syntax error at or near \",\"") != std::string::npos);
  CHECK(r.err.find("  CREATE TABLE broken (id int,, name text);\n                              ^") != std::string::npos);
  CHECK(r.err.find(path + ":4:8: error: syntax error at or near \"TABEL\"") != std::string::npos);
  auto tables = server.psql(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
  CHECK(tables.exit_code == 0);
}

TEST_CASE("a NUL byte in a schema file is a clear error, not a text cut short") {
  // libpg_query reads C strings; found by fuzz_canonical (tests/fuzz/regressions/canonical/).
  auto& server = LiveServer::instance();
  std::string db = server.new_database("nul");
  std::string text = "CREATE TABLE ok (id int);\nCREATE FUNCTION f() RETURNS int LANGUAGE plpgsql";
  text += std::string(3, '\0');
  text += "\nAS $$ BEGIN RETURN 1; END; $$;\n";
  std::string path = temp_schema("nul.sql", text);
  auto r = server.schemac({"diff", "--db", db, "--schema", path});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find(path + ":2:49: error: the file contains a NUL byte") != std::string::npos);
}

TEST_CASE("a schema file that is not UTF-8 is a clear error at the first bad byte") {
  // Found by fuzz_frontend: libpg_query hands string constants over in protobuf, whose string
  // fields must be UTF-8, so a Latin-1 file came out as "internal error: unreadable parse tree".
  auto& server = LiveServer::instance();
  std::string db = server.new_database("latin1");
  std::string path = temp_schema("latin1.sql", "CREATE TABLE ok (id int);\nCOMMENT ON TABLE ok IS 'caf\xE9';\n");
  auto r = server.schemac({"diff", "--db", db, "--schema", path});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find(path + ":2:28: error: the file is not valid UTF-8 here (byte 0xE9)") != std::string::npos);
  CHECK(r.err.find("internal error") == std::string::npos);
}

TEST_CASE("an unknown table in a foreign key is a clear error") {
  auto& server = LiveServer::instance();
  std::string db = server.new_database("bad");
  std::string path = temp_schema("fk.sql", "CREATE TABLE orders (id int PRIMARY KEY,\n  customer int REFERENCES customers (id));\n");
  auto r = server.schemac({"diff", "--db", db, "--schema", path});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find(path + ":2:27: error: relation \"customers\" does not exist [unknown-table]") != std::string::npos);
}

TEST_CASE("a duplicate table is a clear error") {
  auto& server = LiveServer::instance();
  std::string db = server.new_database("bad");
  std::string path = temp_schema("dup.sql", "CREATE TABLE t (id int);\nCREATE TABLE public.t (id bigint);\n");
  auto r = server.schemac({"diff", "--db", db, "--schema", path});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find(path + ":2:1: error: relation \"public.t\" already exists [duplicate-object]") != std::string::npos);
}

TEST_CASE("an unreachable database names the host, never the password") {
  auto& server = LiveServer::instance();
  std::string path = temp_schema("ok.sql", "CREATE TABLE t (id int);\n");
  auto r = server.schemac({"diff", "--db", "postgresql://alice:s3cr3t-pw@127.0.0.1:1/app", "--schema", path});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("host=127.0.0.1 port=1 dbname=app user=alice") != std::string::npos);
  CHECK(r.err.find("s3cr3t-pw") == std::string::npos);
  // The same through DATABASE_URL.
  r = server.schemac({"diff", "--schema", path}, {"DATABASE_URL=postgresql://bob:an0ther-pw@127.0.0.1:1/app"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("127.0.0.1") != std::string::npos);
  CHECK(r.err.find("an0ther-pw") == std::string::npos);
}

TEST_CASE("a wrong password is a clear error without the password") {
  auto& server = LiveServer::instance();
  auto& pg = server.postgres();
  auto r = server.psql(pg.conninfo(), "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pwuser') THEN "
                                      "CREATE ROLE pwuser LOGIN PASSWORD 'right-pw'; END IF; END $$;");
  REQUIRE(r.exit_code == 0);
  // Password authentication for this role only, ahead of the trust rules.
  std::string hba = pg.directory() + "/data/pg_hba.conf";
  std::string rules = read_file(hba);
  if (rules.find("pwuser") == std::string::npos) write_file(hba, "local all pwuser scram-sha-256\n" + rules);
  REQUIRE(server.psql(pg.conninfo(), "SELECT pg_reload_conf()").exit_code == 0);
  std::string path = temp_schema("ok2.sql", "CREATE TABLE t (id int);\n");
  std::string db = "host=" + pg.directory() + " port=" + std::to_string(pg.port()) + " user=pwuser password=wr0ng-pw dbname=postgres";
  r = server.schemac({"diff", "--db", db, "--schema", path});
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("password authentication failed") != std::string::npos);
  CHECK(r.err.find("user=pwuser") != std::string::npos);
  CHECK(r.err.find("wr0ng-pw") == std::string::npos);
  // With the right password it works (so the test really exercised authentication).
  std::string good = "host=" + pg.directory() + " port=" + std::to_string(pg.port()) + " user=pwuser password=right-pw dbname=postgres";
  r = server.schemac({"diff", "--db", good, "--schema", path});
  CHECK(r.exit_code == 1);
}

TEST_CASE("data-deleting steps are refused unless allowed") {
  auto& server = LiveServer::instance();
  std::string db = server.new_database("haz");
  REQUIRE(server.psql(db, "CREATE TABLE t (id int, gone text); INSERT INTO t VALUES (1, 'x');").exit_code == 0);
  std::string path = temp_schema("haz.sql", "CREATE TABLE t (id int);\n");
  auto r = server.schemac({"diff", "--db", db, "--schema", path});
  CHECK(r.exit_code == 3);
  CHECK(r.out.empty());
  CHECK(r.err.find("drop column public.t.gone [deletes-data]") != std::string::npos);
  r = server.schemac({"diff", "--db", db, "--schema", path, "--allow-hazards", "deletes-data", "--format", "json"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("\"deletes-data\"") != std::string::npos);
  r = server.schemac({"diff", "--db", db, "--schema", path, "--allow-hazards", "bogus"});
  CHECK(r.exit_code == 2);
}

TEST_CASE("with no database named, schemac diff starts and removes its own PostgreSQL") {
  auto& server = LiveServer::instance();
  auto count_clusters = [] {
    int n = 0;
    for (const auto& e : fs::directory_iterator(fs::temp_directory_path())) {
      if (e.path().filename().string().rfind("schemac-pg-", 0) == 0) ++n;
    }
    return n;
  };
  int before = count_clusters();
  std::string path = temp_schema("embedded.sql", "CREATE TABLE greeting (id int PRIMARY KEY, text text NOT NULL);\n");
  auto r = server.schemac({"diff", "--schema", path});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("CREATE TABLE public.greeting") != std::string::npos);
  CHECK(count_clusters() == before);
}

TEST_CASE("an interrupted run stops its embedded PostgreSQL and removes its directory") {
  auto& server = LiveServer::instance();
  (void)server;
  auto clusters = [] {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(fs::temp_directory_path())) {
      if (e.path().filename().string().rfind("schemac-pg-", 0) == 0) out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  auto before = clusters();
  std::string path = temp_schema("interrupt.sql", "CREATE TABLE t (id int);\n");
  for (int sig : {SIGINT, SIGTERM}) {
    CAPTURE(sig);
    pid_t pid = fork();
    if (pid == 0) {
      unsetenv("DATABASE_URL");
      unsetenv("PGHOST");
      unsetenv("PGDATABASE");
      execl(SCHEMAC_BINARY, SCHEMAC_BINARY, "diff", "--schema", path.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    // Wait until its cluster directory exists, then interrupt it.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (clusters().size() <= before.size() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(clusters().size() > before.size());
    kill(pid, sig);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
    CHECK(clusters() == before);
  }
}

// ---- indexes PostgreSQL made on partitions follow renames as it named them -----------------
// (the common case, made before the partitions, is the golden case
// rename-partition-and-column-indexes-follow)

TEST_CASE("indexes copied to a partition made after them follow a rename") {
  // The copies take their names from the parent index's columns (events_2025_lower_idx).
  const std::string table = "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);\n";
  std::string from = temp_schema("later-from.sql",
                                 table + "CREATE INDEX events_by_kind ON events (lower(kind));\n"
                                         "CREATE INDEX events_by_id ON events (id);\n"
                                         "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n");
  std::string to = temp_schema(
      "later-to.sql",
      "CREATE TABLE events (event_id bigint NOT NULL, -- schemac:renamed-from id\n"
      "  at date NOT NULL, kind text) PARTITION BY RANGE (at);\n"
      "CREATE INDEX events_by_kind ON events (lower(kind));\n"
      "CREATE INDEX events_by_id ON events (event_id);\n"
      "-- schemac:renamed-from events_2025\n"
      "CREATE TABLE events_y2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n");
  auto result = round_trip({from, to, "", ""});
  for (const auto& p : result.problems) FAIL_CHECK(p);
  CHECK(result.forward.find("ALTER INDEX IF EXISTS public.events_2025_lower_idx RENAME TO events_y2025_lower_idx;") !=
        std::string::npos);
  CHECK(result.forward.find("ALTER INDEX IF EXISTS public.events_2025_id_idx RENAME TO events_y2025_event_id_idx;") !=
        std::string::npos);
}

TEST_CASE("an index attached to a partition by hand keeps its name through a rename") {
  // CREATE INDEX on the parent adopts a matching index the partition already has: its name was
  // chosen by a person, so a rename leaves it alone.
  auto& server = LiveServer::instance();
  std::string db = server.new_database("attached");
  auto loaded = server.psql(db,
                            "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\n"
                            "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n"
                            "CREATE INDEX by_hand ON events_2025 (id);\n"
                            "CREATE INDEX events_by_id ON events (id);\n");
  REQUIRE(loaded.exit_code == 0);
  std::string to = temp_schema("attached-to.sql",
                               "CREATE TABLE events (event_id bigint NOT NULL, -- schemac:renamed-from id\n"
                               "  at date NOT NULL) PARTITION BY RANGE (at);\n"
                               "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n"
                               "CREATE INDEX events_by_id ON events (event_id);\n");
  auto r = server.schemac({"diff", "--db", db, "--schema", to});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("RENAME COLUMN id TO event_id") != std::string::npos);
  CHECK(r.out.find("ALTER INDEX") == std::string::npos);
}
