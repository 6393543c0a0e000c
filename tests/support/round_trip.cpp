#include "support/round_trip.hpp"

#include <sstream>
#include <stdexcept>

#include "support/live.hpp"

namespace schemac::test {

std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string la, lb;
  int n = 0;
  while (true) {
    bool ga = static_cast<bool>(std::getline(x, la));
    bool gb = static_cast<bool>(std::getline(y, lb));
    ++n;
    if (!ga && !gb) return "(identical)";
    if (!ga || !gb || la != lb) {
      return "line " + std::to_string(n) + ":\n    got:      " + (ga ? la : "<end>") + "\n    expected: " + (gb ? lb : "<end>");
    }
  }
}

RoundTripResult round_trip(const RoundTrip& c) {
  auto& server = LiveServer::instance();
  RoundTripResult result;
  auto& problems = result.problems;
  auto fail = [&](const std::string& what) { problems.push_back(what); };

  std::string db = server.new_database("case");
  std::vector<std::string> scratch = {db};
  auto fresh_from = [&](const std::string& file) {
    std::string other = server.new_database("ref");
    scratch.push_back(other);
    auto r = server.psql_file(other, file);
    if (r.exit_code != 0) throw std::runtime_error(file + " does not load: " + r.err);
    return server.schema_dump(other);
  };
  auto diff = [&](const std::string& schema, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"diff", "--db", db, "--schema", schema};
    args.insert(args.end(), extra.begin(), extra.end());
    return server.schemac(args);
  };
  try {
    auto r = server.psql_file(db, c.from);
    if (r.exit_code != 0) throw std::runtime_error(c.from + " does not load: " + r.err);
    if (!c.data.empty()) {
      r = server.psql_file(db, c.data);
      if (r.exit_code != 0) throw std::runtime_error(c.data + " does not load: " + r.err);
    }
    // 1. No false diff: the database built from `from` equals `from`.
    auto same = diff(c.from);
    if (same.exit_code != 0 || !same.out.empty()) {
      fail("false diff against " + c.from + " (exit " + std::to_string(same.exit_code) + "):\n" + same.out + same.err);
    }
    // 2. Forward and rollback, both computed before anything changes.
    std::vector<std::string> hazards;
    if (!c.forward_hazards.empty()) {
      std::string list;
      for (const auto& h : c.forward_hazards) list += (list.empty() ? "" : ",") + h;
      hazards = {"--allow-hazards", list};
    }
    auto forward = diff(c.to, hazards);
    auto rollback = diff(c.to, {"--allow-hazards", "all", "--rollback"});
    result.forward = forward.out;
    result.rollback = rollback.out;
    if (forward.exit_code > 1) fail("schemac diff failed (exit " + std::to_string(forward.exit_code) + "): " + forward.err);
    if (rollback.exit_code > 1) fail("schemac diff --rollback failed: " + rollback.err);
    if (!problems.empty()) {
      for (const auto& d : scratch) server.drop_database(d);
      return result;
    }
    // 3. The forward SQL applies, keeps the rows and reaches `to`.
    r = server.psql(db, forward.out);
    if (r.exit_code != 0) throw std::runtime_error("forward SQL failed to apply: " + r.err + "\n" + forward.out);
    if (!c.verify.empty()) {
      r = server.psql_file(db, c.verify);
      if (r.exit_code != 0) fail("rows did not survive the forward migration: " + r.err);
    }
    std::string after = server.schema_dump(db);
    std::string expected_to = fresh_from(c.to);
    if (after != expected_to) fail("after forward, pg_dump differs from " + c.to + "'s: " + first_difference(after, expected_to));
    auto again = diff(c.to);
    if (again.exit_code != 0 || !again.out.empty()) fail("re-diff after forward is not empty:\n" + again.out + again.err);
    // 4. The rollback brings `from` back. After a forward plan that deleted data the rows
    // cannot all fit the old structure again (a NOT NULL column without its values, a foreign
    // key to a table that came back empty), so the rollback is checked on a twin database
    // that went through the same forward SQL without rows.
    if (forward.out.find("deletes-data") != std::string::npos && !c.data.empty()) {
      std::string twin = server.new_database("twin");
      scratch.push_back(twin);
      if (server.psql_file(twin, c.from).exit_code != 0 || server.psql(twin, forward.out).exit_code != 0) {
        throw std::runtime_error("the forward SQL does not apply to a database without rows");
      }
      db = twin;
    }
    r = server.psql(db, rollback.out);
    if (r.exit_code != 0) throw std::runtime_error("rollback SQL failed to apply: " + r.err + "\n" + rollback.out);
    std::string back = server.schema_dump(db);
    std::string expected_from = fresh_from(c.from);
    if (back != expected_from) fail("after rollback, pg_dump differs from " + c.from + "'s: " + first_difference(back, expected_from));
    auto back_again = diff(c.from);
    if (back_again.exit_code != 0 || !back_again.out.empty()) {
      fail("re-diff after rollback is not empty:\n" + back_again.out + back_again.err);
    }
  } catch (const std::exception& e) {
    fail(e.what());
  }
  for (const auto& d : scratch) server.drop_database(d);
  return result;
}

}  // namespace schemac::test
