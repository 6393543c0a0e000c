// Migrations against a real PostgreSQL 15 started by the tests: `schemac migrate new/up/down/
// status/hash` and `schemac check`, through the real binary.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <pqxx/pqxx>
#include <thread>

#include "schemac/migrate.hpp"
#include "support/live.hpp"

using namespace schemac::test;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A project directory (schema/, migrations/) and a database to migrate.
struct Project {
  TempDir dir{"schemac-migrate"};
  std::string db = LiveServer::instance().new_database("mig");
  // Scratch databases are created on the test cluster (exercising --dev-db) instead of a new
  // embedded cluster per command.
  std::string dev_db = LiveServer::instance().postgres().conninfo("postgres");

  std::string schema() const { return dir / "schema"; }
  std::string migrations() const { return dir / "migrations"; }

  void write_schema(const std::string& sql) {
    fs::create_directories(schema());
    write_file(dir / "schema/main.sql", sql);
  }
  void write_migration(const std::string& file, const std::string& sql) {
    fs::create_directories(migrations());
    write_file(migrations() + "/" + file, sql);
  }
  std::vector<std::string> migration_files() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(migrations())) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }

  ProcessResult run(std::vector<std::string> args) const { return LiveServer::instance().schemac(args, {}, dir.path()); }
  ProcessResult make(const std::string& name) const {
    return run({"migrate", "new", name, "--schema", schema(), "--dir", migrations(), "--dev-db", dev_db});
  }
  ProcessResult up(std::vector<std::string> extra = {}) const { return migrate("up", extra); }
  ProcessResult down(std::vector<std::string> extra = {}) const { return migrate("down", extra); }
  ProcessResult status() const { return migrate("status", {}); }
  ProcessResult hash() const { return run({"migrate", "hash", "--dir", migrations()}); }
  ProcessResult migrate(const std::string& action, std::vector<std::string> extra) const {
    std::vector<std::string> args = {"migrate", action, "--db", db, "--dir", migrations()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
  }
  ProcessResult diff() const { return run({"diff", "--db", db, "--schema", schema()}); }
  ProcessResult check(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"check", "--schema", schema(), "--dir", migrations(), "--dev-db", dev_db};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
  }
  std::string query(const std::string& sql) const {
    auto r = LiveServer::instance().psql(db, "\\pset format unaligned\n\\pset tuples_only on\n" + sql);
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return r.out;
  }
};

#define REQUIRE_RUN(result, code)                                                  \
  do {                                                                             \
    auto&& r_ = (result);                                                          \
    INFO("stdout: " << r_.out << "\nstderr: " << r_.err);                          \
    REQUIRE(r_.exit_code == (code));                                               \
  } while (0)

const char* kOrdersV1 = R"(
CREATE TYPE state AS ENUM ('new', 'paid');
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state state NOT NULL DEFAULT 'new'
);
)";

// v2 adds an enum value and a CHECK that uses it (the value must be committed first), a
// column and an index.
const char* kOrdersV2 = R"(
CREATE TYPE state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state state NOT NULL DEFAULT 'new',
    shipped_at timestamptz,
    CONSTRAINT shipped_has_date CHECK (state <> 'shipped' OR shipped_at IS NOT NULL)
);
CREATE INDEX orders_state_idx ON orders (state);
)";

}  // namespace

TEST_CASE("migrate new, up, status, down and up again round-trip the schema") {
  Project p;
  p.write_schema(kOrdersV1);
  auto made = p.make("create orders");
  REQUIRE_RUN(made, 0);
  CHECK(contains(made.out, "_create_orders.up.sql"));
  REQUIRE_RUN(p.up(), 0);
  REQUIRE_RUN(p.status(), 0);
  REQUIRE_RUN(p.diff(), 0);
  p.query("INSERT INTO orders (state) VALUES ('new'), ('paid');");

  p.write_schema(kOrdersV2);
  made = p.make("ship orders");
  REQUIRE_RUN(made, 0);
  // The new enum value gets a migration of its own, committed before the CHECK uses it.
  CHECK(contains(made.out, "_ship_orders_enum_values.up.sql"));
  CHECK(p.migration_files().size() == 7);  // 3 pairs and schemac.sum
  CHECK(p.status().exit_code == 1);        // pending
  REQUIRE_RUN(p.up(), 0);
  REQUIRE_RUN(p.diff(), 0);
  CHECK(p.query("SELECT count(*) FROM orders") == "2\n");
  CHECK(p.query("SELECT count(*) FROM schemac.migration_history") == "3\n");
  REQUIRE_RUN(p.check({"--db", p.db}), 0);

  // Nothing left to write.
  auto again = p.make("nothing");
  REQUIRE_RUN(again, 0);
  CHECK(contains(again.out, "no changes"));

  // Back to v1, rows kept, then forward again.
  REQUIRE_RUN(p.down({"--steps", "2"}), 0);
  p.write_schema(kOrdersV1);
  REQUIRE_RUN(p.diff(), 0);
  CHECK(p.query("SELECT count(*) FROM orders") == "2\n");
  CHECK(p.query("SELECT count(*) FROM schemac.migration_history") == "1\n");
  REQUIRE_RUN(p.up(), 0);
  p.write_schema(kOrdersV2);
  REQUIRE_RUN(p.diff(), 0);
  auto status = p.status();
  REQUIRE_RUN(status, 0);
  CHECK(contains(status.out, "applied"));
}

TEST_CASE("a failing migration leaves the database and the history as they were") {
  Project p;
  p.write_migration("20260101000000_base.up.sql", "CREATE TABLE kept (id int PRIMARY KEY);\n");
  p.write_migration("20260101000000_base.down.sql", "DROP TABLE kept;\n");
  p.write_migration("20260102000000_broken.up.sql",
                    "CREATE TABLE lost (id int PRIMARY KEY);\n"
                    "INSERT INTO lost VALUES (1);\n"
                    "\n"
                    "INSERT INTO lost VALUES (1);\n");
  p.write_migration("20260102000000_broken.down.sql", "DROP TABLE lost;\n");
  REQUIRE_RUN(p.hash(), 0);
  auto r = p.up();
  REQUIRE_RUN(r, 2);
  // Named by file, line and statement, with PostgreSQL's message.
  CHECK(contains(r.err, "20260102000000_broken.up.sql:4:1: error: 20260102000000_broken.up.sql failed and was rolled back"));
  CHECK(contains(r.err, "duplicate key value violates unique constraint"));
  CHECK(contains(r.err, "INSERT INTO lost VALUES (1);"));
  CHECK(p.query("SELECT string_agg(version, ',') FROM schemac.migration_history") == "20260101000000\n");
  CHECK(p.query("SELECT to_regclass('lost') IS NULL, to_regclass('kept') IS NOT NULL") == "t|t\n");
}

TEST_CASE("two concurrent migrate up runs apply every file exactly once") {
  Project p;
  p.write_migration("20260101000000_runs.up.sql", "CREATE TABLE runs (file text);\nINSERT INTO runs VALUES ('1');\n");
  p.write_migration("20260101000000_runs.down.sql", "DROP TABLE runs;\n");
  // Slow enough that the second run starts while the first holds the lock.
  p.write_migration("20260102000000_slow.up.sql", "SELECT pg_sleep(2);\nINSERT INTO runs VALUES ('2');\n");
  p.write_migration("20260102000000_slow.down.sql", "DELETE FROM runs WHERE file = '2';\n");
  p.write_migration("20260103000000_last.up.sql", "INSERT INTO runs VALUES ('3');\n");
  p.write_migration("20260103000000_last.down.sql", "DELETE FROM runs WHERE file = '3';\n");
  REQUIRE_RUN(p.hash(), 0);
  ProcessResult first, second;
  std::thread a([&] { first = p.up(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  std::thread b([&] { second = p.up(); });
  a.join();
  b.join();
  REQUIRE_RUN(first, 0);
  REQUIRE_RUN(second, 0);
  CHECK(p.query("SELECT string_agg(file, ',' ORDER BY file) FROM runs") == "1,2,3\n");
  CHECK(p.query("SELECT count(*), count(DISTINCT version) FROM schemac.migration_history") == "3|3\n");
}

TEST_CASE("a run that cannot get the migration lock in time names the holder") {
  Project p;
  p.write_migration("20260101000000_t.up.sql", "CREATE TABLE t (id int);\n");
  REQUIRE_RUN(p.hash(), 0);
  pqxx::connection holder(p.db);
  pqxx::nontransaction tx(holder);
  tx.exec("SET application_name = 'deploy-job-42'");
  tx.exec("SELECT pg_advisory_lock(" + std::to_string(schemac::kMigrationLockKey) + ")");
  auto r = p.up({"--lock-timeout", "500ms"});
  REQUIRE_RUN(r, 2);
  CHECK(contains(r.err, "another migration run holds the migration lock"));
  CHECK(contains(r.err, "deploy-job-42"));
  CHECK(p.query("SELECT to_regclass('t') IS NULL") == "t\n");
  tx.exec("SELECT pg_advisory_unlock_all()");
  REQUIRE_RUN(p.up(), 0);
}

TEST_CASE("an applied migration that was edited is refused unless allowed") {
  Project p;
  p.write_migration("20260101000000_t.up.sql", "CREATE TABLE t (id int);\n");
  p.write_migration("20260101000000_t.down.sql", "DROP TABLE t;\n");
  REQUIRE_RUN(p.hash(), 0);
  REQUIRE_RUN(p.up(), 0);
  p.write_migration("20260101000000_t.up.sql", "CREATE TABLE t (id bigint);\n");
  p.write_migration("20260102000000_u.up.sql", "CREATE TABLE u (id int);\n");
  REQUIRE_RUN(p.hash(), 0);  // the sum is made to agree: the history still knows
  auto r = p.up();
  REQUIRE_RUN(r, 2);
  CHECK(contains(r.err, "20260101000000_t.up.sql: changed since it was applied"));
  CHECK(p.query("SELECT to_regclass('u') IS NULL") == "t\n");
  CHECK(p.status().exit_code == 1);
  CHECK(contains(p.status().out, "modified since applied"));
  REQUIRE_RUN(p.up({"--allow-modified"}), 0);
  CHECK(p.query("SELECT to_regclass('u') IS NOT NULL") == "t\n");
}

TEST_CASE("the sum file catches edited, inserted, reordered and unrecorded migrations") {
  Project p;
  p.write_schema("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
  p.write_migration("20260101000000_a.up.sql", "CREATE TABLE a (id int);\n");
  p.write_migration("20260101000000_a.down.sql", "DROP TABLE a;\n");
  p.write_migration("20260103000000_b.up.sql", "CREATE TABLE b (id int);\n");
  p.write_migration("20260103000000_b.down.sql", "DROP TABLE b;\n");
  REQUIRE_RUN(p.hash(), 0);
  REQUIRE_RUN(p.check(), 0);

  SUBCASE("edited") {
    p.write_migration("20260101000000_a.up.sql", "CREATE TABLE a (id int); -- tweaked\n");
    auto r = p.check();
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "20260101000000_a.up.sql was edited after it was recorded"));
  }
  SUBCASE("inserted before recorded migrations") {
    p.write_migration("20260102000000_c.up.sql", "SELECT 1;\n");
    auto r = p.check();
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "20260102000000_c.up.sql was inserted before migrations already recorded"));
    // migrate up refuses too.
    REQUIRE_RUN(p.up(), 2);
  }
  SUBCASE("reordered") {
    fs::rename(p.migrations() + "/20260103000000_b.up.sql", p.migrations() + "/20251231000000_b.up.sql");
    fs::rename(p.migrations() + "/20260103000000_b.down.sql", p.migrations() + "/20251231000000_b.down.sql");
    auto r = p.check();
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "20251231000000_b.up.sql was inserted before"));
    CHECK(contains(r.out, "20260103000000_b.up.sql is recorded in schemac.sum but the file is missing"));
  }
  SUBCASE("added by hand without hashing") {
    p.write_migration("20260104000000_d.up.sql", "SELECT 1;\n");
    auto r = p.check();
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "20260104000000_d.up.sql is not recorded in schemac.sum"));
  }
}

TEST_CASE("check reports each kind of drift and passes on a consistent repository") {
  Project p;
  p.write_schema(kOrdersV1);
  REQUIRE_RUN(p.make("create orders"), 0);
  REQUIRE_RUN(p.up(), 0);
  auto clean = p.check({"--db", p.db, "--format", "json"});
  REQUIRE_RUN(clean, 0);
  CHECK(contains(clean.out, "\"ok\": true"));

  SUBCASE("schema edited without a migration") {
    p.write_schema(std::string(kOrdersV1) + "CREATE TABLE audit (id int);\n");
    auto r = p.check({"--format", "github"});
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "::error file=" + p.schema() + "/main.sql"));
    CHECK(contains(r.out, "line=7"));
    CHECK(contains(r.out, "the schema files differ from the migrations: create table public.audit"));
  }
  SUBCASE("migration edited after it was written") {
    auto files = p.migration_files();
    std::string up = p.migrations() + "/" + files[1];
    write_file(up, read_file(up) + "CREATE TABLE extra (id int);\n");
    auto r = p.check();
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "DRIFT  sum"));
    CHECK(contains(r.out, "was edited after it was recorded"));
    CHECK(contains(r.out, "DRIFT  replay"));  // and the replay no longer yields the schema
  }
  SUBCASE("live database altered by hand") {
    p.query("ALTER TABLE orders ADD COLUMN note text;");
    auto r = p.check({"--db", p.db});
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "DRIFT  database"));
    CHECK(contains(r.out, "drop column public.orders.note"));
    CHECK(contains(r.out, "ok     replay"));
  }
  SUBCASE("a rollback that does not return to the state before its migration") {
    auto files = p.migration_files();
    std::string down = p.migrations() + "/" + files[0];
    write_file(down, "DROP TABLE orders;\n");  // forgets the type
    REQUIRE_RUN(p.hash(), 0);
    auto r = p.check();
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "does not return to the state before"));
    CHECK(contains(r.out, "drop type public.state"));
  }
  SUBCASE("stale generated code") {
    std::string generated = p.dir / "generated";
    REQUIRE_RUN(p.run({"generate", "--schema", p.schema(), "--out", generated}), 0);
    REQUIRE_RUN(p.check({"--generated", generated}), 0);
    p.write_schema(std::string(kOrdersV1) + "COMMENT ON TABLE orders IS 'Orders';\n");
    REQUIRE_RUN(p.make("comment"), 0);
    auto r = p.check({"--generated", generated});
    REQUIRE_RUN(r, 1);
    CHECK(contains(r.out, "DRIFT  generated"));
    CHECK(contains(r.out, "public.hpp is stale"));
  }
}

TEST_CASE("a migration can use an enum value added by the migration before it in the same run") {
  Project p;
  p.write_migration("20260101000000_base.up.sql",
                    "CREATE TYPE state AS ENUM ('new');\nCREATE TABLE t (s state NOT NULL);\nINSERT INTO t VALUES ('new');\n");
  p.write_migration("20260102000000_add_value.up.sql", "ALTER TYPE state ADD VALUE 'done';\n");
  p.write_migration("20260103000000_use_value.up.sql", "UPDATE t SET s = 'done';\nALTER TABLE t ALTER COLUMN s SET DEFAULT 'done';\n");
  REQUIRE_RUN(p.hash(), 0);
  REQUIRE_RUN(p.up(), 0);
  CHECK(p.query("SELECT s FROM t") == "done\n");

  // In one file it cannot work (PostgreSQL refuses); the error says what to do.
  Project q;
  q.write_migration("20260101000000_base.up.sql", "CREATE TYPE state AS ENUM ('new');\nCREATE TABLE t (s state);\n");
  q.write_migration("20260102000000_both.up.sql", "ALTER TYPE state ADD VALUE 'done';\nINSERT INTO t VALUES ('done');\n");
  REQUIRE_RUN(q.hash(), 0);
  auto r = q.up();
  REQUIRE_RUN(r, 2);
  CHECK(contains(r.err, "add it in an earlier migration"));
}

TEST_CASE("no-transaction files, timeouts and snapshots") {
  Project p;
  p.write_migration("20260101000000_t.up.sql", "CREATE TABLE t (id int);\n");
  p.write_migration("20260102000000_idx.up.sql",
                    "-- schemac:no-transaction\nCREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n");
  REQUIRE_RUN(p.hash(), 0);
  std::string snapshots = p.dir / "snapshots";
  REQUIRE_RUN(p.up({"--snapshot-dir", snapshots}), 0);
  CHECK(p.query("SELECT count(*) FROM pg_indexes WHERE indexname = 't_id_idx'") == "1\n");
  CHECK(contains(read_file(snapshots + "/20260102000000_idx.up.before.sql"), "CREATE TABLE public.t"));
  CHECK(!contains(read_file(snapshots + "/20260102000000_idx.up.before.sql"), "t_id_idx"));
  CHECK(contains(read_file(snapshots + "/20260102000000_idx.up.after.sql"), "t_id_idx"));

  // Without the directive PostgreSQL refuses, and the message says how to mark the file.
  p.write_migration("20260103000000_idx2.up.sql", "CREATE INDEX CONCURRENTLY t_id2_idx ON t (id);\n");
  REQUIRE_RUN(p.hash(), 0);
  auto r = p.up();
  REQUIRE_RUN(r, 2);
  CHECK(contains(r.err, "schemac:no-transaction"));
  fs::remove(p.migrations() + "/20260103000000_idx2.up.sql");

  // A statement timeout from the file's directive stops a long statement; nothing is recorded.
  p.write_migration("20260104000000_slow.up.sql",
                    "-- schemac:statement-timeout 200ms\nCREATE TABLE slow (id int);\nSELECT pg_sleep(5);\n");
  REQUIRE_RUN(p.hash(), 0);
  r = p.up();
  REQUIRE_RUN(r, 2);
  CHECK(contains(r.err, "20260104000000_slow.up.sql:3:1"));
  CHECK(contains(r.err, "canceling statement due to statement timeout"));
  CHECK(p.query("SELECT to_regclass('slow') IS NULL, count(*) FROM schemac.migration_history") == "t|2\n");
}

TEST_CASE("diff on the embedded default replays the migrations first") {
  Project p;
  p.write_schema(kOrdersV1);
  REQUIRE_RUN(p.make("create orders"), 0);
  // No database named: a throwaway cluster with the migrations replayed, so nothing is missing.
  auto r = p.run({"diff", "--schema", p.schema(), "--dir", p.migrations()});
  REQUIRE_RUN(r, 0);
  CHECK(r.out.empty());
  p.write_schema(std::string(kOrdersV1) + "CREATE TABLE audit (id int);\n");
  r = p.run({"diff", "--schema", p.schema(), "--dir", p.migrations()});
  REQUIRE_RUN(r, 1);
  CHECK(contains(r.out, "CREATE TABLE public.audit"));
  CHECK(!contains(r.out, "CREATE TABLE public.orders"));
}

TEST_CASE("misnamed migration files and unknown directives are errors, not skipped") {
  Project p;
  p.write_migration("20260101000000_ok.up.sql", "SELECT 1;\n");
  p.write_migration("2026-01-02_bad.sql", "SELECT 1;\n");
  p.write_migration("20260103000000_orphan.down.sql", "SELECT 1;\n");
  p.write_migration("20260104000000_directive.up.sql", "-- schemac:no-transactoin\nSELECT 1;\n");
  auto r = p.hash();
  REQUIRE_RUN(r, 2);
  CHECK(contains(r.err, "2026-01-02_bad.sql is not a migration file name"));
  CHECK(contains(r.err, "20260103000000_orphan.down.sql has no matching 20260103000000_orphan.up.sql"));
  CHECK(contains(r.err, "20260104000000_directive.up.sql:1:1: error: unknown schemac directive"));
}
