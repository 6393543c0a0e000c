// Golden cases: tests/golden/<group>/<case>/ with from.sql, to.sql, the expected forward.sql
// and rollback.sql, and optionally data.sql (rows loaded after from.sql) and verify.sql
// (assertions run after the forward migration). SCHEMAC_UPDATE_GOLDEN=1 rewrites the
// expectations so they can be reviewed with `git diff`.
#pragma once

#include <string>
#include <vector>

#include "schemac/catalog.hpp"
#include "schemac/plan.hpp"

namespace schemac::test {

struct GoldenCase {
  std::string name;  // group/case
  std::string dir;
  [[nodiscard]] std::string path(const std::string& file) const { return dir + "/" + file; }
};

/// Every case below the golden directory, sorted by name.
std::vector<GoldenCase> golden_cases();

bool update_golden();

/// Parses a schema file; throws with the rendered diagnostics when it has errors.
Catalog load_catalog(const std::string& path);

struct ExpectedPlans {
  std::string forward;
  std::string rollback;
};
/// Forward and rollback SQL for a case, computed from the files alone.
ExpectedPlans plans_from_files(const GoldenCase& c);

}  // namespace schemac::test
