// Pieces every subcommand shares: printing diagnostics, reading the schema files, hazard
// options, and the database a command compares against.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <pqxx/connection>

#include "schemac/catalog.hpp"
#include "schemac/commands.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/frontend.hpp"
#include "schemac/plan.hpp"
#include "schemac/scratch.hpp"

namespace schemac::commands {

/// Diagnostics in file order, clang-style.
void print_diagnostics(const Diagnostics& diags, const SourceSet& sources, std::ostream& err);

/// The schema files' catalog, or nullopt after printing their errors.
std::optional<Catalog> load_desired(const std::string& schema, const FrontendOptions& options, SourceSet& sources,
                                    std::ostream& err);

/// Parses --allow-hazards values ("all" or hazard names); false after printing an error.
bool parse_allowed_hazards(const std::vector<std::string>& names, std::set<Hazard>& allowed, std::ostream& err);

/// The hazards of `plan` that are refused (deleting data unless allowed); prints the refused
/// steps and how to allow them when there are any.
std::set<Hazard> refuse_hazards(const Plan& plan, const std::set<Hazard>& allowed, std::ostream& err);

/// The database a command compares against: the one named (--db, DATABASE_URL, PG*), or a
/// scratch database on a throwaway cluster into which the migrations were replayed.
struct CurrentDatabase {
  std::unique_ptr<ScratchServer> scratch;
  std::unique_ptr<pqxx::connection> connection;
  std::string display;
};
CurrentDatabase open_current(const std::string& db, const std::string& migrations, const ScratchOptions& scratch,
                             SourceSet& sources, std::ostream& err);

/// Reads the migrations directory; nullopt after printing its errors.
std::optional<MigrationDirectory> load_migrations(const std::string& dir, SourceSet& sources, std::ostream& err);

std::vector<std::filesystem::path> setup_paths(const ScratchOptions& scratch);

}  // namespace schemac::commands
