// The benchmark's CI checks (docs/performance.md): introspection issues the same number of
// statements whatever the schema's size, counted by the server itself; and the N = 1,000
// benchmark schema runs end to end: its base diffs empty against a database loaded from it,
// and the plan to its changed variant applies and converges. No timings here: they belong in
// tools/bench/run.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "bench_schema.hpp"
#include "support/live.hpp"

using namespace schemac::test;
namespace fs = std::filesystem;
namespace bench = schemac::bench;

namespace {

fs::path work_dir() {
  fs::path dir = fs::temp_directory_path() / ("schemac-bench-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

// A database loaded with the benchmark schema of `tables` tables; its files go to `dir`.
std::string load_bench_database(int tables, bench::Variant variant, const fs::path& dir) {
  auto files = bench::generate_schema({tables, 1, variant});
  bench::write_schema(dir, files);
  std::string all;
  for (const auto& f : files) all += f.sql;
  auto& server = LiveServer::instance();
  std::string db = server.new_database("bench");
  auto loaded = server.psql(db, all);
  REQUIRE_MESSAGE(loaded.exit_code == 0, loaded.err);
  return db;
}

std::string read_from(const fs::path& path, std::uintmax_t offset) {
  std::ifstream in(path, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(offset));
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The statements `schemac dump --db` sends, as the server logs them (log_statement = all for
// this database only; libpqxx sends each as one simple query, so one line is one round trip).
int statements_of_introspection(const std::string& db) {
  auto& server = LiveServer::instance();
  std::string name = dbname_of(db);
  REQUIRE(server.psql(db, "ALTER DATABASE \"" + name + "\" SET log_statement = 'all'").exit_code == 0);
  fs::path log = fs::path(server.postgres().directory()) / "server.log";
  std::uintmax_t before = fs::file_size(log);
  auto dump = server.schemac({"dump", "--db", db});
  REQUIRE_MESSAGE(dump.exit_code == 0, dump.err);
  REQUIRE(server.psql(db, "ALTER DATABASE \"" + name + "\" RESET log_statement").exit_code == 0);
  std::string logged = read_from(log, before);
  int count = 0;
  for (std::size_t at = 0; (at = logged.find("LOG:  statement: ", at)) != std::string::npos; ++at) ++count;
  // The two ALTER DATABASE lines above are psql's, logged by the same database.
  return count - 1;
}

}  // namespace

TEST_CASE("introspection sends as many statements for 1,000 tables as for 20") {
  fs::path dir = work_dir();
  int small = statements_of_introspection(load_bench_database(20, bench::Variant::base, dir / "small"));
  int large = statements_of_introspection(load_bench_database(1000, bench::Variant::base, dir / "large"));
  MESSAGE("introspection statements: " << small << " for 20 tables, " << large << " for 1,000");
  CHECK(small > 10);  // every catalog query is seen
  CHECK(large == small);
  fs::remove_all(dir);
}

TEST_CASE("the N = 1,000 benchmark runs end to end and its plan converges") {
  auto& server = LiveServer::instance();
  fs::path dir = work_dir();
  std::string db = load_bench_database(1000, bench::Variant::base, dir / "base");
  auto same = server.schemac({"diff", "--schema", (dir / "base").string(), "--db", db});
  CHECK_MESSAGE(same.exit_code == 0, "the base schema does not diff empty:\n" << same.out << same.err);

  bench::write_schema(dir / "changed", bench::generate_schema({1000, 1, bench::Variant::changed}));
  auto plan = server.schemac(
      {"diff", "--schema", (dir / "changed").string(), "--db", db, "--allow-hazards", "deletes-data"});
  REQUIRE_MESSAGE(plan.exit_code == 1, plan.err);  // 1: there are differences
  auto applied = server.psql(db, plan.out);
  REQUIRE_MESSAGE(applied.exit_code == 0, applied.err);
  auto again = server.schemac({"diff", "--schema", (dir / "changed").string(), "--db", db});
  CHECK_MESSAGE(again.exit_code == 0, "after the plan, a re-diff is not empty:\n" << again.out << again.err);
  fs::remove_all(dir);
}
