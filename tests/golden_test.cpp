// Golden cases computed from the files alone: parse(from) -> parse(to) must print exactly the
// checked-in forward.sql and rollback.sql; the printer and the canonical form are a fixpoint.
#include <doctest/doctest.h>

#include "schemac/plan.hpp"
#include "schemac/sql_render.hpp"
#include "schemac/frontend.hpp"
#include "support/golden.hpp"
#include "support/process.hpp"

using namespace schemac;
using namespace schemac::test;

TEST_CASE("golden cases print their expected forward and rollback SQL") {
  auto cases = golden_cases();
  REQUIRE(cases.size() > 0);
  for (const auto& c : cases) {
    CAPTURE(c.name);
    ExpectedPlans plans;
    try {
      plans = plans_from_files(c);
    } catch (const std::exception& e) {
      FAIL_CHECK(std::string(e.what()));
      continue;
    }
    if (update_golden()) {
      write_file(c.path("forward.sql"), plans.forward);
      write_file(c.path("rollback.sql"), plans.rollback);
      continue;
    }
    REQUIRE_MESSAGE(file_exists(c.path("forward.sql")), "missing forward.sql (run with SCHEMAC_UPDATE_GOLDEN=1)");
    CHECK(read_file(c.path("forward.sql")) == plans.forward);
    CHECK(read_file(c.path("rollback.sql")) == plans.rollback);
  }
}

TEST_CASE("printing a catalog and reading it back gives the same catalog") {
  for (const auto& c : golden_cases()) {
    for (const char* file : {"from.sql", "to.sql"}) {
      CAPTURE(c.name);
      CAPTURE(file);
      Catalog original;
      try {
        original = load_catalog(c.path(file));
      } catch (const std::exception& e) {
        FAIL_CHECK(std::string(e.what()));
        continue;
      }
      std::string printed = render_catalog(original);
      SourceSet sources;
      Diagnostics diags;
      FileId id = sources.add("<printed>", printed);
      Catalog reread = build_catalog({id}, sources, diags);
      CAPTURE(printed);
      REQUIRE_MESSAGE(!diags.has_errors(), diags.render(sources));
      Plan plan = plan_migration(original, reread);
      std::string steps;
      for (const auto& s : plan.steps) steps += s.description + "\n";
      CHECK_MESSAGE(plan.empty(), steps);
    }
  }
}
