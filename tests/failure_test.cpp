// Clean failure: lost connections, timeouts, a full disk, interruption and secrets. Every case
// must end with exit 2, a message naming the cause, nothing half-written and a true history.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <set>
#include <pqxx/pqxx>
#include <thread>

#include "support/live.hpp"

using namespace schemac::test;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string query(const std::string& db, const std::string& sql) {
  auto r = LiveServer::instance().psql(db, "\\pset format unaligned\n\\pset tuples_only on\n" + sql);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return r.out;
}

// Terminates every backend of `application` until `done`, as an operator or a failover would.
void terminate_backends_until(const std::string& application, const std::atomic<bool>& done,
                              std::chrono::milliseconds every) {
  auto& server = LiveServer::instance();
  while (!done) {
    server.psql(server.postgres().conninfo(),
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" + application + "'");
    std::this_thread::sleep_for(every);
  }
}

struct Migrations {
  TempDir dir{"schemac-failure"};
  std::string db = LiveServer::instance().new_database("fail");
  std::string path() const { return dir / "migrations"; }
  void write(const std::string& file, const std::string& sql) const {
    fs::create_directories(path());
    write_file(path() + "/" + file, sql);
  }
  ProcessResult run(std::vector<std::string> args) const { return LiveServer::instance().schemac(args, {}, dir.path()); }
};

}  // namespace

TEST_CASE("a connection lost in the middle of a migration leaves it unapplied and the history true") {
  Migrations m;
  m.write("20260101000000_first.up.sql", "CREATE TABLE first (id int);\n");
  m.write("20260102000000_slow.up.sql", "CREATE TABLE slow (id int);\nSELECT pg_sleep(30);\n");
  REQUIRE(m.run({"migrate", "hash", "--dir", m.path()}).exit_code == 0);
  std::atomic<bool> done = false;
  ProcessResult r;
  std::thread run([&] {
    r = m.run({"migrate", "up", "--db", m.db, "--dir", m.path()});
    done = true;
  });
  // Once the slow file is running, its backend goes away.
  for (int i = 0; i < 200 && query(m.db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'") == "0\n"; ++i) {
    std::this_thread::sleep_for(50ms);
  }
  terminate_backends_until("schemac migrate", done, 200ms);
  run.join();
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "lost the connection to host="));
  CHECK(contains(r.err, "20260102000000_slow.up.sql"));
  CHECK(contains(r.err, "not applied and not recorded"));
  CHECK(query(m.db, "SELECT string_agg(version, ',') FROM schemac.migration_history") == "20260101000000\n");
  CHECK(query(m.db, "SELECT to_regclass('slow') IS NULL") == "t\n");
}

TEST_CASE("a connection lost while a catalog query is running names the host and the catalog read") {
  // Deterministic: another session holds a table that a view reads, so schemac's catalog read
  // waits for its lock; its backend is terminated exactly then.
  auto& server = LiveServer::instance();
  std::string db = server.new_database("fail");
  std::string schema = "CREATE TABLE t (id int);\nCREATE VIEW v AS SELECT id FROM t;\n";
  REQUIRE(server.psql(db, schema).exit_code == 0);
  TempDir dir;
  write_file(dir / "s.sql", schema);
  pqxx::connection holder(db);
  pqxx::work lock(holder);
  lock.exec("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
  ProcessResult r;
  std::thread run([&] { r = server.schemac({"diff", "--db", db, "--schema", dir / "s.sql"}); });
  std::string waiting = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'schemac' AND wait_event_type = 'Lock'";
  bool blocked = false;
  for (int i = 0; i < 600 && !blocked; ++i) {
    blocked = query(server.postgres().conninfo(), waiting) != "0\n";
    if (!blocked) std::this_thread::sleep_for(50ms);
  }
  CHECK(blocked);
  query(server.postgres().conninfo(),
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'schemac'");
  run.join();
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(contains(r.err, "lost the connection to host="));
  CHECK(contains(r.err, "while reading its catalog"));
}

TEST_CASE("a connection lost while the catalog is read is a clear error, never a crash") {
  auto& server = LiveServer::instance();
  std::string db = server.new_database("fail");
  std::string schema;
  for (int i = 0; i < 200; ++i) schema += "CREATE TABLE t" + std::to_string(i) + " (id int PRIMARY KEY, v text);\n";
  REQUIRE(server.psql(db, schema).exit_code == 0);
  TempDir dir;
  write_file(dir / "s.sql", schema);
  // Kill schemac's sessions over and over while it runs: every run either finishes before the
  // kill (exit 0) or fails cleanly naming the database.
  int lost = 0;
  std::set<std::string> causes;
  for (int attempt = 0; attempt < 12; ++attempt) {
    std::atomic<bool> done = false;
    std::thread killer([&] { terminate_backends_until("schemac", done, std::chrono::milliseconds(2 + attempt * attempt * 3)); });
    auto r = server.schemac({"diff", "--db", db, "--schema", dir / "s.sql"});
    done = true;
    killer.join();
    INFO(r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 2));
    if (r.exit_code == 2) {
      ++lost;
      causes.insert(r.err.substr(0, r.err.find(':', r.err.find(':') + 1)));
      CHECK((contains(r.err, "lost the connection to host=") || contains(r.err, "could not connect") ||
             contains(r.err, "could not set up the session")));
      CHECK(r.out.empty());
    }
  }
  std::string seen;
  for (const auto& c : causes) seen += "\n  " + c;
  MESSAGE(lost << " of 12 runs lost their connection:" << seen);
}

TEST_CASE("statement and lock timeouts while reading the catalog are clear errors") {
  auto& server = LiveServer::instance();
  std::string db = server.new_database("fail");
  std::string schema = "CREATE TABLE t (id int);\nCREATE VIEW v AS SELECT id FROM t;\n";
  REQUIRE(server.psql(db, schema).exit_code == 0);
  TempDir dir;
  write_file(dir / "s.sql", schema);
  // Another session holds the table: printing the view's definition waits for it, so the
  // catalog read (and only it: setting up the session takes no lock) runs into the timeout,
  // however busy the machine is.
  pqxx::connection holder(db);
  pqxx::work lock(holder);
  lock.exec("LOCK TABLE t IN ACCESS EXCLUSIVE MODE");
  for (const auto& [setting, cause] : {std::pair{"lock_timeout=300", "canceling statement due to lock timeout"},
                                       std::pair{"statement_timeout=300", "canceling statement due to statement timeout"}}) {
    CAPTURE(setting);
    auto r = server.schemac({"diff", "--db", db, "--schema", dir / "s.sql"}, {std::string("PGOPTIONS=-c ") + setting});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_MESSAGE(contains(r.err, "reading the catalog of host="), r.err);
    CHECK_MESSAGE(contains(r.err, cause), r.err);
  }
}

TEST_CASE("a full disk while writing a migration leaves no file behind and the sum unchanged") {
  Migrations m;
  TempDir schema;
  std::string tables = "CREATE TABLE first (id int);\n";
  for (int i = 0; i < 40; ++i) tables += "CREATE TABLE table_number_" + std::to_string(i) + " (id bigint PRIMARY KEY, note text);\n";
  write_file(schema / "s.sql", tables);
  m.write("20260101000000_first.up.sql", "CREATE TABLE first (id int);\n");
  m.write("20260101000000_first.down.sql", "DROP TABLE first;\n");
  REQUIRE(m.run({"migrate", "hash", "--dir", m.path()}).exit_code == 0);
  std::string sum_before = read_file(m.path() + "/schemac.sum");
  // Files may grow to 2 KiB (the generated up script is larger); SIGXFSZ ignored, so the write
  // fails with EFBIG the way it fails with ENOSPC on a full disk.
  std::string dev_db = LiveServer::instance().postgres().conninfo("postgres");
  auto r = run_process({"bash", "-c",
                        "trap '' XFSZ; ulimit -f 2; exec \"$0\" \"$@\"", SCHEMAC_BINARY, "migrate", "new", "tables",
                        "--schema", schema / "s.sql", "--dir", m.path(), "--dev-db", dev_db},
                       {}, {"!DATABASE_URL"}, m.dir.path());
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "cannot write"));
  CHECK(contains(r.err, "File too large"));
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(m.path())) files.push_back(e.path().filename().string());
  CHECK(files.size() == 3);  // the first pair and the sum: nothing new, no temporary file
  CHECK(read_file(m.path() + "/schemac.sum") == sum_before);
}

TEST_CASE("an interrupted migrate up leaves the history true") {
  Migrations m;
  m.write("20260101000000_slow.up.sql", "CREATE TABLE slow (id int);\nSELECT pg_sleep(30);\n");
  REQUIRE(m.run({"migrate", "hash", "--dir", m.path()}).exit_code == 0);
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    execl(SCHEMAC_BINARY, SCHEMAC_BINARY, "migrate", "up", "--db", m.db.c_str(), "--dir", m.path().c_str(), nullptr);
    _exit(127);
  }
  for (int i = 0; i < 200 && query(m.db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'") == "0\n"; ++i) {
    std::this_thread::sleep_for(50ms);
  }
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK((WIFSIGNALED(status) || WEXITSTATUS(status) == 2));
  // The server rolls back the open transaction when the session goes.
  for (int i = 0; i < 100 && query(m.db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'") != "0\n"; ++i) {
    std::this_thread::sleep_for(50ms);
  }
  CHECK(query(m.db, "SELECT to_regclass('slow') IS NULL, (SELECT count(*) FROM schemac.migration_history)") == "t|0\n");
}

TEST_CASE("passwords never appear in the output of any command") {
  Migrations m;
  m.write("20260101000000_t.up.sql", "CREATE TABLE t (id int);\n");
  REQUIRE(m.run({"migrate", "hash", "--dir", m.path()}).exit_code == 0);
  TempDir schema;
  write_file(schema / "s.sql", "CREATE TABLE t (id int);\n");
  const std::string url = "postgresql://alice:Pa55-w0rd-x@127.0.0.1:1/app";
  std::vector<std::vector<std::string>> commands = {
      {"diff", "--db", url, "--schema", schema / "s.sql"},
      {"dump", "--db", url},
      {"migrate", "up", "--db", url, "--dir", m.path()},
      {"migrate", "down", "--db", url, "--dir", m.path()},
      {"migrate", "status", "--db", url, "--dir", m.path()},
      {"check", "--db", url, "--schema", schema / "s.sql", "--dir", m.path(), "--dev-db", url},
      {"migrate", "new", "x", "--schema", schema / "s.sql", "--dir", m.path(), "--dev-db", url},
  };
  for (const auto& args : commands) {
    auto r = m.run(args);
    INFO(args[0] << " " << args[1] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "127.0.0.1"));
    CHECK(!contains(r.out + r.err, "Pa55-w0rd-x"));
  }
}
