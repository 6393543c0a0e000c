// The product's own schema (schema/), its migration history (migrations/) and the tools around
// them, against a real PostgreSQL 15 started by the tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "support/live.hpp"

using namespace schemac::test;
namespace fs = std::filesystem;

namespace {

const std::string kRoot = SCHEMAC_SOURCE_DIR;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string query(const std::string& db, const std::string& sql) {
  auto r = LiveServer::instance().psql(db, "\\pset format unaligned\n\\pset tuples_only on\n" + sql);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  return r.out;
}

void psql_file(const std::string& db, const std::string& relative) {
  auto r = LiveServer::instance().psql_file(db, kRoot + "/" + relative);
  REQUIRE_MESSAGE(r.exit_code == 0, relative << ": " << r.err);
}

ProcessResult run_schemac(std::vector<std::string> args) { return LiveServer::instance().schemac(args, {}, kRoot); }

#define REQUIRE_RUN(result, code)                         \
  do {                                                    \
    auto&& r_ = (result);                                 \
    INFO("stdout: " << r_.out << "\nstderr: " << r_.err); \
    REQUIRE(r_.exit_code == (code));                      \
  } while (0)

std::vector<std::string> schema_files() {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(kRoot + "/schema")) {
    if (e.path().extension() == ".sql") files.push_back(fs::relative(e.path(), kRoot).string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A database built by applying every migration, the way production is.
std::string migrated_database(const std::string& to = "") {
  std::string db = LiveServer::instance().new_database("product");
  psql_file(db, "tools/bootstrap-roles.sql");
  std::vector<std::string> args = {"migrate", "up", "--db", db};
  if (!to.empty()) args.insert(args.end(), {"--to", to});
  REQUIRE_RUN(run_schemac(args), 0);
  return db;
}

}  // namespace

TEST_CASE("schema/ loads into PostgreSQL on its own, and diffs empty against it") {
  std::string db = LiveServer::instance().new_database("product");
  psql_file(db, "tools/bootstrap-roles.sql");
  for (const auto& f : schema_files()) psql_file(db, f);
  auto r = run_schemac({"diff", "--db", db});
  REQUIRE_RUN(r, 0);
  CHECK(r.out.empty());
  CHECK(query(db, "SELECT count(*) >= 60 FROM pg_tables WHERE schemaname IN ('users', 'calendar', 'analytics', 'classroom')") == "t\n");
}

TEST_CASE("schemac check with no arguments passes on this repository") {
  // schemac.json: schema/, migrations/ (replayed, every rollback run), generated/.
  auto r = run_schemac({"check"});
  REQUIRE_RUN(r, 0);
  CHECK(contains(r.out, "ok     sum"));
  CHECK(contains(r.out, "ok     replay"));
  CHECK(contains(r.out, "ok     generated"));
  // And the main job: the embedded default with the migrations replayed has nothing to do.
  auto diff = run_schemac({"diff"});
  REQUIRE_RUN(diff, 0);
  CHECK(contains(diff.err, "no differences"));
}

TEST_CASE("the data transfer migration moves every legacy row, and the history continues on real data") {
  std::string db = migrated_database("20251027090000");  // legacy tables and the v2 domains
  psql_file(db, "tools/history/legacy_seed.sql");
  REQUIRE_RUN(run_schemac({"migrate", "up", "--db", db, "--to", "20251027120000"}), 0);

  // Counts (tools/history/README.md): every legacy row has its v2 counterpart.
  const char* counts = R"(
SELECT (SELECT count(*) FROM users.account WHERE legacy_id IS NOT NULL),
       (SELECT count(*) FROM calendar.child_profile WHERE legacy_id IS NOT NULL),
       (SELECT count(*) FROM calendar.advent_calendar WHERE legacy_id IS NOT NULL),
       (SELECT count(*) FROM calendar.calendar_day WHERE legacy_id IS NOT NULL),
       (SELECT count(*) FROM calendar.chat_session s JOIN public.chat_record r ON r.id = s.id),
       (SELECT count(*) FROM calendar.chat_message WHERE legacy_id IS NOT NULL),
       (SELECT count(*) FROM calendar.surprise_collection WHERE legacy_id IS NOT NULL),
       (SELECT count(*) FROM calendar.surprise_video v JOIN calendar.surprise_collection c ON c.id = v.collection_id
         WHERE c.legacy_id IS NOT NULL),
       (SELECT count(*) FROM analytics.calendar_analytics WHERE legacy_event_id IS NOT NULL)
     + (SELECT count(*) FROM analytics.day_analytics WHERE legacy_event_id IS NOT NULL)
     + (SELECT count(*) FROM analytics.telemetry_event WHERE legacy_event_id IS NOT NULL),
       (SELECT count(*) FROM calendar.calendar_day WHERE legacy_id IS NOT NULL AND is_opened);
)";
  const std::string expected = "400|534|756|17599|1602|16020|378|756|6000|13149\n";
  CHECK(query(db, counts) == expected);
  // Keys: every legacy key resolves, relationships survive (spot checks on both ends).
  CHECK(query(db, R"(
SELECT (SELECT count(*) FROM public.account a LEFT JOIN users.account v ON v.legacy_id = a.id WHERE v.id IS NULL)
     + (SELECT count(*) FROM public.calendar_day a LEFT JOIN calendar.calendar_day v ON v.legacy_id = a.id WHERE v.id IS NULL)
     + (SELECT count(*) FROM public.chat_message m JOIN calendar.chat_message v ON v.legacy_id = m.id
         WHERE v.session_id IS DISTINCT FROM m.chat_id)
     + (SELECT count(*) FROM public.calendar_day d JOIN calendar.calendar_day v ON v.legacy_id = d.id
          JOIN calendar.advent_calendar c ON c.id = v.calendar_id WHERE c.legacy_id IS DISTINCT FROM d.calendar_id);
)") == "0\n");
  CHECK(query(db, "SELECT a.email = v.email::text FROM public.account a JOIN users.account v ON v.legacy_id = a.id "
                  "WHERE a.id = (SELECT min(id) FROM public.account)") == "t\n");

  // Its rollback removes exactly what it added; running it again gives the same result.
  REQUIRE_RUN(run_schemac({"migrate", "down", "--db", db}), 0);
  CHECK(query(db, "SELECT count(*) FROM users.account") == "0\n");
  CHECK(query(db, "SELECT count(*) FROM public.calendar_day") == "17599\n");
  REQUIRE_RUN(run_schemac({"migrate", "up", "--db", db, "--to", "20251027120000"}), 0);
  CHECK(query(db, counts) == expected);

  // The rest of the history applies on the transferred data: legacy tables dropped (allowed,
  // the transfer is verified), the classroom added; the result is schema/ exactly.
  REQUIRE_RUN(run_schemac({"migrate", "up", "--db", db}), 0);
  CHECK(query(db, "SELECT to_regclass('public.calendar_day') IS NULL") == "t\n");
  CHECK(query(db, "SELECT count(*) FROM calendar.calendar_day") == "17599\n");
  REQUIRE_RUN(run_schemac({"diff", "--db", db}), 0);
  REQUIRE_RUN(run_schemac({"check", "--db", db}), 0);

  SUBCASE("row-level security: a user sees and writes only their own rows") {
    std::string mine = query(db, "SELECT id FROM users.account WHERE legacy_id = (SELECT min(legacy_id) FROM users.account)");
    mine.pop_back();
    std::string as_user = "SET ROLE app_user; SELECT set_config('app.user_id', '" + mine + "', false);\n";
    CHECK(query(db, as_user + "SELECT count(*) > 0, bool_and(account_id = '" + mine +
                        "') FROM calendar.advent_calendar;") == mine + "\nt|t\n");
    CHECK(query(db, as_user + "SELECT count(*) FROM users.account;") == mine + "\n1\n");
    // Another user's calendar cannot be changed (invisible: zero rows) or created for them.
    CHECK(query(db, as_user + "WITH u AS (UPDATE calendar.advent_calendar SET title = 'x' WHERE account_id <> '" + mine +
                        "' RETURNING 1) SELECT count(*) FROM u;") == mine + "\n0\n");
    std::string other = query(db, "SELECT id FROM users.account WHERE id <> '" + mine + "' ORDER BY legacy_id LIMIT 1");
    other.pop_back();
    auto r = LiveServer::instance().psql(
        db, as_user + "INSERT INTO calendar.advent_calendar (account_id, title, year) VALUES ('" + other +
                "', 'not mine', 2026);");
    CHECK(r.exit_code != 0);
    CHECK(contains(r.err, "violates row-level security policy"));
    // Fails closed: without app.user_id nothing is visible.
    CHECK(query(db, "SET ROLE app_user; SELECT count(*) FROM calendar.calendar_day;") == "0\n");
    // The service role sees everything.
    CHECK(query(db, "SET ROLE app_service; SELECT count(*) FROM calendar.calendar_day;") == "17599\n");
  }
}

TEST_CASE("the seed script fills every table, and the rows survive a rollback and re-apply of the triggers") {
  std::string db = migrated_database();
  psql_file(db, "tools/seed/seed.sql");
  const char* empty_tables = R"(
SELECT string_agg(schemaname || '.' || relname, ', ' ORDER BY schemaname, relname)
  FROM pg_stat_user_tables
 WHERE schemaname IN ('users', 'calendar', 'analytics', 'classroom') AND n_live_tup = 0
   AND relname NOT IN (SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent);
)";
  CHECK(query(db, empty_tables) == "\n");
  std::string totals = query(db, "SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE schemaname <> 'schemac'");
  CHECK(std::stol(totals) > 100000);
  std::string before = query(db, "SELECT count(*) FROM classroom.reading_progress") +
                       query(db, "SELECT count(*) FROM users.account");
  REQUIRE_RUN(run_schemac({"migrate", "down", "--db", db}), 0);  // classroom triggers
  REQUIRE_RUN(run_schemac({"migrate", "up", "--db", db}), 0);
  CHECK(query(db, "SELECT count(*) FROM classroom.reading_progress") + query(db, "SELECT count(*) FROM users.account") ==
        before);
  REQUIRE_RUN(run_schemac({"diff", "--db", db}), 0);
}
