// Property-based round trips against a real PostgreSQL 15: random schemas from a seed.
//
// For every seed: (a) `schemac diff` from an empty database to S applies and converges (pg_dump
// equals a database loaded from S directly), re-diffs empty and rolls back to empty; (b) S1 with
// rows to S2 = mutate(S1): forward converges to S2, rows survive, re-diff is empty, rollback
// converges back to S1. A failing seed leaves its files (laid out as a golden case) in
// property-failures/seed-N/ of the build directory.
//
//   SCHEMAC_PROPERTY_SEEDS  how many seeds (default 100: 200 round trips)
//   SCHEMAC_PROPERTY_FIRST  the first seed (default 1), for soak runs
//   SCHEMAC_PROPERTY_SEED   run only this seed
//   SCHEMAC_PROPERTY_JOBS   parallel seeds (default 2)
//   SCHEMAC_PROPERTY_KEEP   keep the files of passing seeds as well
#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "property/schema_generator.hpp"
#include "support/live.hpp"
#include "support/round_trip.hpp"

using namespace schemac::test;
using namespace schemac::property;
namespace fs = std::filesystem;

namespace {

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

struct SeedResult {
  std::vector<std::string> problems;
  std::string directory;  // where the files of a failure were kept
};

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += s + "\n";
  return out;
}

// One property on files in `dir`; on failure, the files, the plans and the problems move to
// property-failures/seed-N/<property>/.
void check(std::uint64_t seed, const std::string& property, const fs::path& dir, RoundTrip input, const std::string& edits,
           SeedResult* out) {
  auto result = round_trip(input);
  // SCHEMAC_PROPERTY_KEEP=1 keeps the files of passing seeds too, to look at what is generated.
  if (result.problems.empty() && !std::getenv("SCHEMAC_PROPERTY_KEEP")) return;
  fs::path keep = fs::path(SCHEMAC_PROPERTY_FAILURES) / ("seed-" + std::to_string(seed)) / property;
  fs::remove_all(keep);
  fs::create_directories(keep);
  for (const auto& e : fs::directory_iterator(dir)) fs::copy_file(e.path(), keep / e.path().filename());
  write_file((keep / "forward.sql").string(), result.forward);
  write_file((keep / "rollback.sql").string(), result.rollback);
  write_file((keep / "problems.txt").string(), join(result.problems));
  write_file((keep / "edits.txt").string(), edits);
  for (const auto& p : result.problems) out->problems.push_back(property + ": " + p);
  if (!result.problems.empty()) out->directory = keep.parent_path().string();
}

SeedResult run_seed(std::uint64_t seed) {
  SeedResult out;
  TempDir dir("schemac-property");
  fs::path a = fs::path(dir.path()) / "a", b = fs::path(dir.path()) / "b";
  fs::create_directories(a);
  fs::create_directories(b);
  Rng rng(seed);
  Model s1 = generate(rng);
  std::string s1_sql = render_schema(s1, false);

  // (a) empty -> S1: creating everything needs no hazard allowed.
  write_file((a / "from.sql").string(), "");
  write_file((a / "to.sql").string(), "-- case: property seed " + std::to_string(seed) + ", empty to S\n" + s1_sql);
  check(seed, "empty-to-s", a, {(a / "from.sql").string(), (a / "to.sql").string(), "", "", {}}, "", &out);

  // (b) S1 with rows -> S2: data-deleting steps allowed only when an edit deletes data.
  Model s2 = s1;
  Edits edits = mutate(s2, rng);
  write_file((b / "from.sql").string(), s1_sql);
  write_file((b / "to.sql").string(), "-- case: property seed " + std::to_string(seed) + ", S1 to mutate(S1)\n" + render_schema(s2, true));
  write_file((b / "data.sql").string(), render_rows(s1));
  write_file((b / "verify.sql").string(), render_row_checks(s2));
  std::vector<std::string> hazards;
  if (edits.destructive) hazards = {"all"};
  check(seed, "s1-to-s2", b,
        {(b / "from.sql").string(), (b / "to.sql").string(), (b / "data.sql").string(), (b / "verify.sql").string(), hazards},
        join(edits.done) + (edits.destructive ? "(destructive)\n" : ""), &out);
  return out;
}

}  // namespace

TEST_CASE("property: random schemas and edits round-trip through a real PostgreSQL") {
  std::vector<std::uint64_t> seeds;
  if (std::getenv("SCHEMAC_PROPERTY_SEED")) {
    seeds.push_back(env_number("SCHEMAC_PROPERTY_SEED", 1));
  } else {
    std::uint64_t first = env_number("SCHEMAC_PROPERTY_FIRST", 1), count = env_number("SCHEMAC_PROPERTY_SEEDS", 100);
    for (std::uint64_t s = first; s < first + count; ++s) seeds.push_back(s);
  }
  LiveServer::instance();
  std::vector<SeedResult> results(seeds.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next++) < seeds.size();) {
      try {
        results[i] = run_seed(seeds[i]);
      } catch (const std::exception& e) {
        results[i].problems.push_back(std::string("harness: ") + e.what());
      }
    }
  };
  std::vector<std::thread> threads;
  auto jobs = std::max<std::uint64_t>(1, env_number("SCHEMAC_PROPERTY_JOBS", 2));
  for (std::uint64_t t = 0; t < jobs; ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  std::size_t clean = 0;
  for (std::size_t i = 0; i < seeds.size(); ++i) {
    if (results[i].problems.empty()) {
      ++clean;
      continue;
    }
    std::string message = "seed " + std::to_string(seeds[i]) + " failed (reproduce: SCHEMAC_PROPERTY_SEED=" + std::to_string(seeds[i]) +
                          "; files in " + results[i].directory + "):\n" + join(results[i].problems);
    FAIL_CHECK(message);
  }
  MESSAGE(clean << " of " << seeds.size() << " seeds held both properties");
}
