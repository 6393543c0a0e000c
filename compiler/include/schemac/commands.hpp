// The subcommands, as library functions: the CLI parses arguments into these requests and
// tests call them directly. Each returns the process exit code and writes to the given streams.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "schemac/migrate.hpp"

namespace schemac {

enum ExitCode : int { kExitInSync = 0, kExitDifferences = 1, kExitError = 2, kExitRefused = 3 };

/// Where scratch databases come from: `migrate new`, `check`, and the embedded default of
/// `diff` and `dump` replay the migrations into one.
struct ScratchOptions {
  std::string dev_db;              // server to create scratch databases on; empty: embedded
  std::vector<std::string> setup;  // scripts run in every scratch database first (roles)
};

struct DiffRequest {
  std::string db;               // empty: DATABASE_URL, PG*, else the embedded default
  std::string schema = "schema";
  std::string migrations = "migrations";  // replayed into the embedded default first
  ScratchOptions scratch;
  bool rollback = false;
  std::string format = "sql";   // sql | json | summary
  std::vector<std::string> allow_hazards;  // hazard names or "all"
  bool ignore_unmodeled = false;
  bool concurrent_indexes = false;
};
int run_diff(const DiffRequest& request, std::ostream& out, std::ostream& err);

struct DumpRequest {
  std::string db;
  std::string schema;  // dump the schema files' catalog instead of a database
  std::string migrations = "migrations";  // replayed into the embedded default first
  ScratchOptions scratch;
  bool ignore_unmodeled = false;
};
int run_dump(const DumpRequest& request, std::ostream& out, std::ostream& err);

struct GenerateRequest {
  std::string schema = "schema";  // .sql file or directory
  std::string out;                // output directory (required)
  std::string cpp_namespace = "db";
  std::string type_map;           // --type-map FILE; empty: none
};
/// `schemac generate`: typed C++ headers for the schema files (see codegen.hpp). Prints the
/// files it changed; 0 on success (changed or not), 2 on errors.
int run_generate(const GenerateRequest& request, std::ostream& out, std::ostream& err);

struct MigrateNewRequest {
  std::string name;
  std::string version;  // empty: now (UTC); else YYYYMMDDHHMMSS after the newest migration
  std::string schema = "schema";
  std::string migrations = "migrations";
  ScratchOptions scratch;
  std::vector<std::string> allow_hazards;
  bool concurrent_indexes = false;
  bool ignore_unmodeled = false;
};
/// `schemac migrate new NAME`: replays the migrations into a scratch database, diffs it with
/// the schema files and writes the difference as a new migration (up and down, verified on the
/// scratch database first) and the updated sum file. 0 written or nothing to write, 2 error,
/// 3 hazards refused.
int run_migrate_new(const MigrateNewRequest& request, std::ostream& out, std::ostream& err);

struct MigrateRunRequest {
  std::string db;
  std::string migrations = "migrations";
  std::string to;          // up: the last version to apply (default: all)
  int steps = 1;           // down: how many applied migrations to roll back
  bool allow_modified = false;      // run although an applied file changed since
  bool allow_out_of_order = false;  // apply a file older than the newest applied one
  RunSettings settings;
};
int run_migrate_up(const MigrateRunRequest& request, std::ostream& out, std::ostream& err);
int run_migrate_down(const MigrateRunRequest& request, std::ostream& out, std::ostream& err);
/// 0 up to date, 1 pending, modified or unknown migrations, 2 error.
int run_migrate_status(const MigrateRunRequest& request, std::ostream& out, std::ostream& err);
/// Rewrites schemac.sum for the files as they are.
int run_migrate_hash(const MigrateRunRequest& request, std::ostream& out, std::ostream& err);

struct CheckRequest {
  std::string schema = "schema";
  std::string migrations = "migrations";
  std::string db;          // also compare this live database (production drift)
  std::string generated;   // also check this `schemac generate` output directory
  ScratchOptions scratch;
  std::string format = "text";  // text | json | github
  bool ignore_unmodeled = false;
};
/// `schemac check`, the CI gate: 0 everything agrees, 1 something drifted, 2 error.
int run_check(const CheckRequest& request, std::ostream& out, std::ostream& err);

}  // namespace schemac
