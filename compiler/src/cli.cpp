#include "schemac/cli.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

#include "schemac/commands.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/embedded_postgres.hpp"

namespace schemac {

namespace {

constexpr const char* kDescription = R"(schemac: schema-as-code for PostgreSQL 15.

Declarative schema files (plain PostgreSQL DDL describing the end state) are compared with a
live database, and schemac prints the SQL that takes the database there.

Exit codes: 0 in sync, 1 differences, 2 usage/parse/connection error, 3 hazards refused.
Database: --db URL, else DATABASE_URL, else libpq's PG* variables; with none of these, an
embedded throwaway PostgreSQL 15 is started in a temporary directory and removed afterwards.)";

constexpr const char* kDiffDescription = R"(Print the SQL that makes the database match the schema files.

The SQL applies with `psql -v ON_ERROR_STOP=1 -f -`: it manages its own transactions (one
transaction where possible; new enum values are committed first). Every step is commented with
its hazards: deletes-data, rewrites-table, access-exclusive-lock, blocks-writes, long-scan,
data-dependent, non-transactional, backward-incompatible. A plan with data-deleting steps is
refused (nothing on stdout, exit 3) unless --allow-hazards allows them.

Exit: 0 nothing to do (nothing printed), 1 differences printed, 2 error, 3 hazards refused.)";

constexpr const char* kGenerateDescription = R"(Write typed C++17 headers for the schema files (no database needed).

One header per PostgreSQL schema (row structs, insert structs, names and accessors per table),
schemac_types.hpp (enum types), schemac_runtime.hpp (value types, conversions) and a manifest
for `schemac check`. Files are rewritten only when their content changes; the files written are
listed on stdout. Needs libpqxx 6.4 compiled with -DPQXX_HAVE_OPTIONAL=1.

Exit: 0 generated (changed or not), 2 error (unmapped type, name clash, parse error).)";

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{kDescription, "schemac"};
  app.set_version_flag("--version", "schemac 0.1.0");
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::help);

  DiffRequest diff;
  std::string allow;
  auto* diff_cmd = app.add_subcommand("diff", kDiffDescription);
  diff_cmd->add_option("--db", diff.db, "Database URL or conninfo (default: DATABASE_URL, PG*, else embedded)");
  diff_cmd->add_option("--schema", diff.schema, "Schema file or directory (read recursively, sorted)")
      ->capture_default_str();
  diff_cmd->add_flag("--rollback", diff.rollback, "Print the SQL that undoes the forward plan instead");
  diff_cmd->add_option("--format", diff.format, "Output format: sql, json or summary")->capture_default_str();
  diff_cmd->add_option("--allow-hazards", allow, "Comma list of hazards to allow, or 'all'");
  diff_cmd->add_flag("--ignore-unmodeled", diff.ignore_unmodeled,
                     "Report statements and objects schemac does not model as warnings, not errors");
  diff_cmd->add_flag("--concurrent-indexes", diff.concurrent_indexes,
                     "Build indexes on existing tables with CREATE INDEX CONCURRENTLY, after the transaction");

  DumpRequest dump;
  auto* dump_cmd = app.add_subcommand("dump", "Print a database (or schema files) as canonical schema files");
  dump_cmd->add_option("--db", dump.db, "Database URL or conninfo (default: DATABASE_URL, PG*, else embedded)");
  dump_cmd->add_option("--schema", dump.schema, "Dump the catalog of these schema files instead of a database");
  dump_cmd->add_flag("--ignore-unmodeled", dump.ignore_unmodeled, "Leave out objects schemac does not model");

  GenerateRequest generate;
  auto* generate_cmd = app.add_subcommand("generate", kGenerateDescription);
  generate_cmd->add_option("--schema", generate.schema, "Schema file or directory (read recursively, sorted)")
      ->capture_default_str();
  generate_cmd->add_option("--out", generate.out, "Output directory (files are rewritten only when they change)")
      ->required();
  generate_cmd->add_option("--namespace", generate.cpp_namespace, "C++ namespace of the generated code")
      ->capture_default_str();
  generate_cmd->add_option("--type-map", generate.type_map, "File choosing C++ types for PostgreSQL types or columns");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kExitError;
  }
  for (std::size_t start = 0; start < allow.size();) {
    std::size_t comma = allow.find(',', start);
    std::string item = allow.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) diff.allow_hazards.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  try {
    int code = kExitError;
    if (diff_cmd->parsed()) code = run_diff(diff, std::cout, std::cerr);
    if (dump_cmd->parsed()) code = run_dump(dump, std::cout, std::cerr);
    if (generate_cmd->parsed()) code = run_generate(generate, std::cout, std::cerr);
    if (interrupted()) {
      std::cerr << "schemac: interrupted\n";
      return kExitError;
    }
    return code;
  } catch (const std::exception& e) {
    std::cerr << "schemac: " << (interrupted() ? "interrupted" : e.what()) << "\n";
    return kExitError;
  }
  return kExitError;
}

}  // namespace schemac
