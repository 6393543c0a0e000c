// Emit: a plan as SQL that applies with `psql -v ON_ERROR_STOP=1 -f -`, as JSON for machines,
// or as a human summary. Output is deterministic: no timestamps, no host names.
#pragma once

#include <set>
#include <string>

#include "schemac/plan.hpp"

namespace schemac {

struct EmitOptions {
  std::string title = "forward";  // "forward" or "rollback", named in the header comment
};

/// The plan as a script managing its own transactions: steps that must be committed first
/// (enum values) in their own transaction, then one transaction, then steps that cannot run
/// in a transaction. Empty string for an empty plan.
std::string emit_sql(const Plan& plan, const EmitOptions& options = {});
/// One migration file: `header` (comment lines), the hazards of `steps`, the session settings
/// and the steps, without transaction control: `schemac migrate up` runs the file in one
/// transaction, or statement by statement when `transactional` is false (the file then says
/// `-- schemac:no-transaction`).
std::string emit_migration_script(const std::vector<Step>& steps, const std::string& header, bool transactional);

std::string emit_json(const Plan& plan, const std::set<Hazard>& refused);
std::string emit_summary(const Plan& plan);

}  // namespace schemac
