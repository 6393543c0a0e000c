#include "schemac/cli.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "schemac/commands.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/embedded_postgres.hpp"
#include "schemac/project.hpp"

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

constexpr const char* kMigrateDescription = R"(Write, apply and roll back the migrations directory.

  migrate new NAME   replay migrations/ on a scratch database, diff it with the schema files,
                     write <UTC timestamp>_NAME.up.sql and .down.sql (verified on the scratch
                     database first) and update schemac.sum
  migrate up         apply pending migrations (--to VERSION: up to and including it)
  migrate down       roll back the last applied migration (--steps N: the last N)
  migrate status     applied, pending, modified and unknown migrations
  migrate hash       rewrite schemac.sum for the files as they are

Each file runs in one transaction together with its history row (schemac.migration_history)
unless it says `-- schemac:no-transaction`. Runs take a session advisory lock (key
32478922351141219) so concurrent runs apply every file once.)";

constexpr const char* kCheckDescription = R"(The CI gate: report every way the schema files, the migrations, a live database and
generated code disagree.

  sum        schemac.sum matches the migration files
  replay     the migrations replayed on a scratch database produce the schema files exactly,
             and every .down.sql returns to the state before its .up.sql
  database   with --db: the database equals the schema files and has every migration applied
  generated  with --generated DIR: DIR is what `schemac generate` writes now

Exit: 0 all agree, 1 drift, 2 error.)";

// "60s", "500ms", "2min", "1h", "0" -> milliseconds; throws CLI::ValidationError otherwise.
std::chrono::milliseconds parse_duration(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  std::string unit = text.substr(digits);
  if (digits == 0 || (unit != "" && unit != "ms" && unit != "s" && unit != "min" && unit != "h")) {
    throw CLI::ValidationError("duration", "expected a duration such as 500ms, 30s, 2min or 0, not \"" + text + "\"");
  }
  if (digits > 9) throw CLI::ValidationError("duration", "\"" + text + "\" is longer than schemac waits for anything");
  long long n = std::stoll(text.substr(0, digits));
  long long scale = unit == "h" ? 3600000 : unit == "min" ? 60000 : unit == "ms" ? 1 : 1000;
  return std::chrono::milliseconds(n * scale);
}

// Splits "a,b" option values.
std::vector<std::string> comma_list(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t comma = text.find(',', start);
    std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

void add_scratch_options(CLI::App* cmd, ScratchOptions& scratch) {
  cmd->add_option("--dev-db", scratch.dev_db,
                  "Server to create scratch databases on (its role needs CREATEDB); default: an embedded "
                  "throwaway PostgreSQL");
  cmd->add_option("--setup", scratch.setup,
                  "SQL file run in every scratch database first, e.g. the roles the schema grants to "
                  "(repeatable; default: scratch_setup in schemac.json)");
}

}  // namespace

int run_cli(int argc, char** argv) {
  ProjectSettings project;
  try {
    project = load_project_settings(std::filesystem::current_path());
  } catch (const std::exception& e) {
    std::cerr << "schemac: " << e.what() << "\n";
    return kExitError;
  }
  ScratchOptions default_scratch;
  default_scratch.setup = project.scratch_setup;

  CLI::App app{kDescription, "schemac"};
  app.set_version_flag("--version", "schemac 0.1.0");
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::help);

  DiffRequest diff;
  diff.schema = project.schema;
  diff.migrations = project.migrations;
  diff.scratch = default_scratch;
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
  diff_cmd->add_option("--dir", diff.migrations,
                       "Migrations replayed into the embedded default before comparing")
      ->capture_default_str();
  add_scratch_options(diff_cmd, diff.scratch);

  DumpRequest dump;
  dump.migrations = project.migrations;
  dump.scratch = default_scratch;
  auto* dump_cmd = app.add_subcommand("dump", "Print a database (or schema files) as canonical schema files");
  dump_cmd->add_option("--db", dump.db, "Database URL or conninfo (default: DATABASE_URL, PG*, else embedded)");
  dump_cmd->add_option("--schema", dump.schema, "Dump the catalog of these schema files instead of a database");
  dump_cmd->add_flag("--ignore-unmodeled", dump.ignore_unmodeled, "Leave out objects schemac does not model");
  dump_cmd->add_option("--dir", dump.migrations, "Migrations replayed into the embedded default before dumping")
      ->capture_default_str();
  add_scratch_options(dump_cmd, dump.scratch);

  GenerateRequest generate;
  generate.schema = project.schema;
  auto* generate_cmd = app.add_subcommand("generate", kGenerateDescription);
  generate_cmd->add_option("--schema", generate.schema, "Schema file or directory (read recursively, sorted)")
      ->capture_default_str();
  generate_cmd->add_option("--out", generate.out, "Output directory (files are rewritten only when they change)")
      ->required();
  generate_cmd->add_option("--namespace", generate.cpp_namespace, "C++ namespace of the generated code")
      ->capture_default_str();
  generate_cmd->add_option("--type-map", generate.type_map, "File choosing C++ types for PostgreSQL types or columns");

  auto* migrate_cmd = app.add_subcommand("migrate", kMigrateDescription);
  migrate_cmd->require_subcommand(1);
  MigrateNewRequest migrate_new;
  migrate_new.schema = project.schema;
  migrate_new.migrations = project.migrations;
  migrate_new.scratch = default_scratch;
  std::string new_allow;
  auto* new_cmd = migrate_cmd->add_subcommand("new", "Write the next migration from the schema files");
  new_cmd->add_option("name", migrate_new.name, "What the migration does (becomes the file name)")->required();
  new_cmd->add_option("--schema", migrate_new.schema, "Schema file or directory")->capture_default_str();
  new_cmd->add_option("--version", migrate_new.version,
                      "Version (UTC YYYYMMDDHHMMSS) instead of now, e.g. to write a history in order");
  new_cmd->add_option("--dir", migrate_new.migrations, "Migrations directory")->capture_default_str();
  new_cmd->add_option("--allow-hazards", new_allow, "Comma list of hazards to allow, or 'all'");
  new_cmd->add_flag("--concurrent-indexes", migrate_new.concurrent_indexes,
                    "Build indexes on existing tables concurrently (in a separate no-transaction migration)");
  new_cmd->add_flag("--ignore-unmodeled", migrate_new.ignore_unmodeled,
                    "Report objects schemac does not model as warnings, not errors");
  add_scratch_options(new_cmd, migrate_new.scratch);

  MigrateRunRequest run;
  run.migrations = project.migrations;
  std::string lock_wait = "1min";
  auto add_run_options = [&](CLI::App* cmd) {
    cmd->add_option("--db", run.db, "Database URL or conninfo (default: DATABASE_URL, PG*)");
    cmd->add_option("--dir", run.migrations, "Migrations directory")->capture_default_str();
  };
  auto add_apply_options = [&](CLI::App* cmd) {
    add_run_options(cmd);
    cmd->add_option("--lock-timeout", lock_wait, "How long to wait for another migration run to finish (0: forever)")
        ->capture_default_str();
    cmd->add_option("--file-lock-timeout", run.settings.file_lock_timeout,
                    "SET lock_timeout for each file (a file's `-- schemac:lock-timeout` wins)")
        ->capture_default_str();
    cmd->add_option("--statement-timeout", run.settings.file_statement_timeout,
                    "SET statement_timeout for each file (0: none; `-- schemac:statement-timeout` wins)")
        ->capture_default_str();
    cmd->add_option("--snapshot-dir", run.settings.snapshot_dir,
                    "Write the schema (canonical SQL) before and after each file into this directory");
    cmd->add_flag("--allow-modified", run.allow_modified, "Run although an applied migration file changed since");
  };
  auto* up_cmd = migrate_cmd->add_subcommand("up", "Apply pending migrations");
  add_apply_options(up_cmd);
  up_cmd->add_option("--to", run.to, "Apply up to and including this version");
  up_cmd->add_flag("--allow-out-of-order", run.allow_out_of_order,
                   "Apply pending migrations older than the newest applied one");
  auto* down_cmd = migrate_cmd->add_subcommand("down", "Roll back applied migrations, newest first");
  add_apply_options(down_cmd);
  down_cmd->add_option("--steps", run.steps, "How many to roll back")->capture_default_str();
  auto* status_cmd = migrate_cmd->add_subcommand("status", "Show applied, pending, modified and unknown migrations");
  add_run_options(status_cmd);
  auto* hash_cmd = migrate_cmd->add_subcommand("hash", "Rewrite schemac.sum for the migration files as they are");
  hash_cmd->add_option("--dir", run.migrations, "Migrations directory")->capture_default_str();

  CheckRequest check;
  check.schema = project.schema;
  check.migrations = project.migrations;
  check.generated = project.generated;
  check.scratch = default_scratch;
  auto* check_cmd = app.add_subcommand("check", kCheckDescription);
  check_cmd->add_option("--schema", check.schema, "Schema file or directory")->capture_default_str();
  check_cmd->add_option("--dir", check.migrations, "Migrations directory")->capture_default_str();
  check_cmd->add_option("--db", check.db, "Also compare this live database (production drift)");
  check_cmd->add_option("--generated", check.generated, "Also check this `schemac generate` output directory");
  check_cmd->add_option("--format", check.format, "text, json, or github (annotations plus text)")
      ->capture_default_str();
  check_cmd->add_flag("--ignore-unmodeled", check.ignore_unmodeled,
                      "Report objects schemac does not model as warnings, not errors");
  add_scratch_options(check_cmd, check.scratch);

  try {
    app.parse(argc, argv);
    run.settings.lock_wait = parse_duration(lock_wait);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kExitError;
  }
  diff.allow_hazards = comma_list(allow);
  migrate_new.allow_hazards = comma_list(new_allow);
  run.settings.progress = &std::cerr;
  try {
    int code = kExitError;
    if (diff_cmd->parsed()) code = run_diff(diff, std::cout, std::cerr);
    if (dump_cmd->parsed()) code = run_dump(dump, std::cout, std::cerr);
    if (generate_cmd->parsed()) code = run_generate(generate, std::cout, std::cerr);
    if (new_cmd->parsed()) code = run_migrate_new(migrate_new, std::cout, std::cerr);
    if (up_cmd->parsed()) code = run_migrate_up(run, std::cout, std::cerr);
    if (down_cmd->parsed()) code = run_migrate_down(run, std::cout, std::cerr);
    if (status_cmd->parsed()) code = run_migrate_status(run, std::cout, std::cerr);
    if (hash_cmd->parsed()) code = run_migrate_hash(run, std::cout, std::cerr);
    if (check_cmd->parsed()) code = run_check(check, std::cout, std::cerr);
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
