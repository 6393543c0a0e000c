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

struct GenerateRequest {
  std::string schema = "schema";  // .sql file or directory
  std::string out;                // output directory (required)
  std::string cpp_namespace = "db";
  std::string type_map;           // --type-map FILE; empty: none
};
/// `schemac generate`: typed C++ headers for the schema files (see codegen.hpp). Prints the
/// files it changed; 0 on success (changed or not), 2 on errors.
int run_generate(const GenerateRequest& request, std::ostream& out, std::ostream& err);

}  // namespace schemac
