// The subcommands, as library functions: the CLI parses arguments into these requests and
// tests call them directly. Each returns the process exit code and writes to the given streams.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace schemac {

enum ExitCode : int { kExitInSync = 0, kExitDifferences = 1, kExitError = 2, kExitRefused = 3 };

struct DiffRequest {
  std::string db;               // empty: DATABASE_URL, PG*, else the embedded default
  std::string schema = "schema";
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
  bool ignore_unmodeled = false;
};
int run_dump(const DumpRequest& request, std::ostream& out, std::ostream& err);

}  // namespace schemac
