// Plan: typed changes -> an ordered list of steps, each with its SQL and its hazards.
//
// Every step is a vertex of a Boost.Graph graph; edges come from real dependencies of the two
// catalogs: a step that creates or alters X waits for the creation of what X needs in the
// desired catalog; a step that drops or alters X waits for the drop of what needs X in the
// current catalog; a name is freed before it is taken again. Steps are then taken in
// topological order, ties broken by a stable base order (drops in reverse of the current
// catalog, then alterations, then creations in the desired catalog's order), so the same
// input always gives byte-identical SQL. A cycle is reported by the names of its steps.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "schemac/catalog.hpp"
#include "schemac/diff.hpp"

namespace schemac {

enum class Hazard : std::uint8_t {
  deletes_data,           // rows or values are lost
  rewrites_table,         // the table is rewritten under an ACCESS EXCLUSIVE lock
  access_exclusive_lock,  // blocks reads and writes while it runs
  blocks_writes,          // blocks writes while it runs (CREATE INDEX)
  long_scan,              // reads the whole table (validation, index build)
  data_dependent,         // may fail on the rows that exist
  non_transactional,      // cannot run inside a transaction block
  backward_incompatible,  // running application code may break
};

const char* hazard_name(Hazard h);
/// Parses "deletes-data" etc.; false if unknown.
bool parse_hazard(const std::string& name, Hazard* out);
std::vector<Hazard> all_hazards();

/// Where a step runs: enum values must be committed before anything uses them; concurrent
/// index builds cannot run in a transaction.
enum class Phase : std::uint8_t { before_transaction, transaction, after_transaction };

struct Step {
  ObjectKey object;
  std::string action;       // "create", "drop", "alter"
  std::string description;  // "add column public.users.email"
  std::vector<std::string> statements;  // without trailing semicolons
  std::set<Hazard> hazards;
  std::vector<std::string> notes;
  Phase phase = Phase::transaction;
};

struct Plan {
  std::vector<Step> steps;
  [[nodiscard]] bool empty() const { return steps.empty(); }
  [[nodiscard]] std::set<Hazard> hazards() const;
};

struct PlanOptions {
  /// Build indexes on existing tables with CREATE INDEX CONCURRENTLY, after the transaction.
  bool concurrent_indexes = false;
};

/// A step with the catalog objects it creates, drops and alters: a vertex of the ordering graph.
struct PlanVertex {
  Step step;
  std::vector<ObjectKey> provides, removes, alters;
  /// Objects that only need to exist when the step runs (COMMENT ON).
  std::vector<ObjectKey> needs_existing;
  /// Objects the step detaches from what they use in the current catalog (dropping a default
  /// before the function it calls is rebuilt): it precedes those drops, and waits for nothing
  /// the desired catalog adds.
  std::vector<ObjectKey> detaches;
  /// The step gives an existing object its new name (provides it under that name): it waits
  /// for what the object needs to exist, not for an object it uses being replaced.
  bool renames = false;
};

class DependencyIndex;

/// Orders vertices (given in base order) by the dependencies of the two catalogs. Throws
/// schemac::Error naming the steps of any cycle.
std::vector<Step> order_steps(std::vector<PlanVertex> vertices, const DependencyIndex& current,
                              const DependencyIndex& desired);

/// Orders `changes` (from diff(current, desired)) into a plan. Throws schemac::Error when the
/// steps form a cycle, naming its members.
Plan make_plan(const Catalog& current, const Catalog& desired, const ChangeSet& changes,
               const PlanOptions& options = {});

/// diff + make_plan.
Plan plan_migration(const Catalog& current, const Catalog& desired, const PlanOptions& options = {});

/// The rollback of `forward` (plan for desired -> current), with a note on every step that
/// recreates something whose data the forward plan deleted.
Plan plan_rollback(const Catalog& current, const Catalog& desired, const Plan& forward,
                   const PlanOptions& options = {});

}  // namespace schemac
