// schemac.json: a repository's defaults, so that `schemac check` (and every other command)
// run with no arguments works on the repository it runs in. Command-line options override it.
//
//   {
//     "schema": "schema",                          // schema files (default "schema")
//     "migrations": "migrations",                  // migrations directory (default "migrations")
//     "generated": "generated",                    // checked-in `schemac generate` output, if any
//     "scratch_setup": ["tools/bootstrap-roles.sql"]  // run in every scratch database first
//   }
//
// Paths are relative to the directory holding schemac.json (the working directory).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace schemac {

inline constexpr const char* kProjectFileName = "schemac.json";

struct ProjectSettings {
  std::string schema = "schema";
  std::string migrations = "migrations";
  std::string generated;                   // empty: no generated code to check
  std::vector<std::string> scratch_setup;  // cluster-level setup (roles) for scratch databases
};

/// Reads `dir`/schemac.json when it exists, else the defaults. Throws schemac::Error for a
/// malformed file, an unknown key or a value of the wrong type.
ProjectSettings load_project_settings(const std::filesystem::path& dir);

}  // namespace schemac
