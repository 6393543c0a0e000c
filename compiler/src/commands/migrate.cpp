// `schemac migrate new | up | down | status | hash`.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <ostream>
#include <pqxx/pqxx>

#include "commands/common.hpp"
#include "schemac/connection.hpp"
#include "schemac/emit.hpp"
#include "schemac/file_io.hpp"
#include "schemac/introspect.hpp"

namespace schemac {

using namespace commands;

namespace {

// "Add shipped state" -> "add_shipped_state": the name part of a migration file.
std::string file_name_part(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

Catalog introspect_or_throw(pqxx::connection& conn, const FrontendOptions& options, const char* what) {
  SourceSet sources;
  Diagnostics diags;
  auto result = introspect(conn, sources, diags, options);
  if (diags.has_errors()) {
    throw Error(fmt::format("cannot read the scratch database {}:\n{}", what, diags.render(sources)));
  }
  return std::move(result.catalog);
}

std::string steps_summary(const Plan& plan, std::size_t limit = 20) {
  std::string out;
  std::size_t shown = 0;
  for (const auto& s : plan.steps) {
    if (shown++ == limit) {
      out += fmt::format("  ... and {} more\n", plan.steps.size() - limit);
      break;
    }
    out += "  - " + s.description + "\n";
  }
  return out;
}

// The migration files `migrate new` writes for one phase of the plan.
struct NewFile {
  Migration migration;
  std::string up_text, down_text;
  Catalog before, after;  // the scratch database's schema around the up script
};

bool sum_agrees(const MigrationDirectory& migrations, const SourceSet& sources, std::ostream& err) {
  auto problems = verify_sum(migrations, sources);
  for (const auto& p : problems) err << fmt::format("schemac: {}/{}: {}\n", migrations.dir.string(), p.file, p.message);
  return problems.empty();
}

struct Connected {
  ConnectionTarget target;
  std::unique_ptr<pqxx::connection> connection;
};

std::optional<Connected> connect_named(const std::string& db, const char* command, std::ostream& err) {
  auto target = connection_target(db);
  if (!target) {
    err << fmt::format("schemac: migrate {} needs a database: --db URL, DATABASE_URL or PG* variables\n", command);
    return std::nullopt;
  }
  return Connected{*target, connect(*target)};
}

}  // namespace

int run_migrate_new(const MigrateNewRequest& request, std::ostream& out, std::ostream& err) {
  std::string name = file_name_part(request.name);
  if (name.empty()) {
    err << "schemac: migrate new needs a NAME with letters or digits (e.g. add_shipped_state)\n";
    return kExitError;
  }
  std::set<Hazard> allowed;
  if (!parse_allowed_hazards(request.allow_hazards, allowed, err)) return kExitError;
  SourceSet sources;
  FrontendOptions options{request.ignore_unmodeled};
  auto desired = load_desired(request.schema, options, sources, err);
  auto migrations = load_migrations(request.migrations, sources, err);
  if (!desired || !migrations) return kExitError;
  if (!sum_agrees(*migrations, sources, err)) {
    err << "schemac: fix the migrations directory first (nothing was written)\n";
    return kExitError;
  }
  if (!request.version.empty()) {
    std::string newest = migrations->migrations.empty() ? "" : migrations->migrations.back().version;
    if (!valid_version(request.version) || request.version <= newest) {
      err << fmt::format("schemac: --version {} must be a UTC timestamp YYYYMMDDHHMMSS after the newest migration "
                         "({})\n",
                         request.version, newest.empty() ? "none yet" : newest);
      return kExitError;
    }
  }

  ScratchServer server(request.scratch.dev_db, setup_paths(request.scratch));
  ScratchDatabase scratch = server.create_database(sources);
  replay_migrations(*scratch.connection, scratch.display, *migrations, sources);
  Catalog current = introspect_or_throw(*scratch.connection, options, "after replaying the migrations");
  {
    Diagnostics diags;
    check_roles(*scratch.connection, *desired, diags);
    print_diagnostics(diags, sources, err);
    if (diags.has_errors()) return kExitError;
  }
  PlanOptions plan_options;
  plan_options.concurrent_indexes = request.concurrent_indexes;
  Plan forward = plan_migration(current, *desired, plan_options);
  if (forward.empty()) {
    out << fmt::format("schemac: no changes: the migrations in {} already produce {}; nothing was written\n",
                       request.migrations, request.schema);
    return kExitInSync;
  }
  if (!refuse_hazards(forward, allowed, err).empty()) return kExitRefused;

  // One file per phase: enum values must be committed before anything uses them, and
  // concurrent index builds cannot run in a transaction.
  std::vector<std::pair<Phase, std::vector<Step>>> phases;
  for (const auto& s : forward.steps) {
    if (phases.empty() || phases.back().first != s.phase) phases.emplace_back(s.phase, std::vector<Step>{});
    phases.back().second.push_back(s);
  }
  std::vector<NewFile> files;
  MigrationDirectory taken = *migrations;  // versions in use, for next_version
  Migrator migrator(*scratch.connection, scratch.display, RunSettings{});
  Catalog state = current;
  for (const auto& [phase, steps] : phases) {
    NewFile f;
    std::string suffix = phases.size() == 1               ? ""
                         : phase == Phase::before_transaction ? "_enum_values"
                         : phase == Phase::after_transaction  ? "_concurrent_indexes"
                                                              : "";
    f.migration.version = files.empty() && !request.version.empty() ? request.version
                          : files.empty()                           ? next_version(taken)
                                                                    : version_after(taken.migrations.back().version);
    f.migration.name = name + suffix;
    std::string label = f.migration.label();
    bool transactional = phase != Phase::after_transaction;
    f.up_text = emit_migration_script(
        steps,
        fmt::format("-- {} (up): written by `schemac migrate new` from the difference between the\n"
                    "-- migrations before it and the schema files ({}).\n",
                    label, request.schema),
        transactional);
    f.migration.up = MigrationScript{std::filesystem::path(request.migrations) / (label + ".up.sql"),
                                     sources.add(label + ".up.sql", f.up_text), {}};
    f.migration.up.directives.transaction = transactional;
    f.migration.checksum = sha256_hex(f.up_text);
    try {
      migrator.up(f.migration, sources);
    } catch (const MigrationFailure& e) {
      err << e.what() << "schemac: the generated migration does not apply to the replayed migrations; nothing was "
                         "written (please report this as a schemac bug)\n";
      return kExitError;
    }
    f.before = state;
    f.after = introspect_or_throw(*scratch.connection, options, "after the new migration");
    state = f.after;
    Plan step_forward = plan_migration(f.before, f.after, plan_options);
    Plan rollback = plan_rollback(f.before, f.after, step_forward, plan_options);
    bool down_transactional = std::none_of(rollback.steps.begin(), rollback.steps.end(),
                                           [](const Step& s) { return s.phase == Phase::after_transaction; });
    bool deletes = rollback.hazards().count(Hazard::deletes_data) > 0;
    f.down_text = emit_migration_script(
        rollback.steps,
        fmt::format("-- {} (down): undoes {}.up.sql; written by `schemac migrate new`.\n{}", label, label,
                    deletes ? "-- WARNING: this rollback deletes data: the steps marked deletes-data drop what the up\n"
                              "-- script created, with its rows.\n"
                            : ""),
        down_transactional);
    f.migration.down = MigrationScript{std::filesystem::path(request.migrations) / (label + ".down.sql"),
                                       sources.add(label + ".down.sql", f.down_text), {}};
    f.migration.down->directives.transaction = down_transactional;
    taken.migrations.push_back(f.migration);
    files.push_back(std::move(f));
  }

  // The new files must reach the schema files, and their downs must return exactly.
  Plan remaining = plan_migration(state, *desired, plan_options);
  if (!remaining.empty()) {
    err << "schemac: after the generated migration the database still differs from the schema files; nothing was "
           "written (please report this as a schemac bug):\n"
        << steps_summary(remaining);
    return kExitError;
  }
  for (auto it = files.rbegin(); it != files.rend(); ++it) {
    try {
      migrator.down(it->migration, sources);
    } catch (const MigrationFailure& e) {
      err << e.what() << "schemac: the generated rollback does not apply; nothing was written\n";
      return kExitError;
    }
    Plan off = plan_migration(introspect_or_throw(*scratch.connection, options, "after the rollback"), it->before);
    if (!off.empty()) {
      err << fmt::format("schemac: {}.down.sql does not return to the state before it; nothing was written:\n",
                         it->migration.label())
          << steps_summary(off);
      return kExitError;
    }
  }

  std::error_code ec;
  std::filesystem::create_directories(request.migrations, ec);
  if (ec) throw Error(fmt::format("cannot create {}: {}", request.migrations, ec.message()));
  // The migration files and the new sum, all or none.
  std::vector<std::pair<std::filesystem::path, std::string>> writes;
  for (const auto& f : files) {
    writes.emplace_back(f.migration.up.path, f.up_text);
    writes.emplace_back(f.migration.down->path, f.down_text);
  }
  std::filesystem::path sum_path = std::filesystem::path(request.migrations) / kSumFileName;
  writes.emplace_back(sum_path, render_sum(taken, sources));
  write_files_atomically(writes);
  for (const auto& [path, text] : writes) out << fmt::format("wrote {}\n", path.string());
  auto hazards = forward.hazards();
  if (!hazards.empty()) {
    std::string list;
    for (Hazard h : hazards) list += (list.empty() ? "" : ", ") + std::string(hazard_name(h));
    out << "hazards: " << list << "\n";
  }
  return kExitInSync;
}

int run_migrate_up(const MigrateRunRequest& request, std::ostream& out, std::ostream& err) {
  SourceSet sources;
  auto migrations = load_migrations(request.migrations, sources, err);
  if (!migrations) return kExitError;
  if (!sum_agrees(*migrations, sources, err)) {
    err << "schemac: the migration files do not match schemac.sum; nothing was applied\n";
    return kExitError;
  }
  if (!request.to.empty() && !migrations->find(request.to)) {
    err << fmt::format("schemac: --to {}: no migration has that version\n", request.to);
    return kExitError;
  }
  auto db = connect_named(request.db, "up", err);
  if (!db) return kExitError;
  RunSettings settings = request.settings;
  Migrator migrator(*db->connection, db->target.display, settings);
  auto history = migrator.history();

  bool refuse = false;
  std::string newest_applied;
  for (const auto& h : history) {
    newest_applied = std::max(newest_applied, h.version);
    const Migration* m = migrations->find(h.version);
    if (!m) {
      err << fmt::format("schemac: {}_{} is applied to the database but has no file in {}: this checkout is behind "
                         "the database\n",
                         h.version, h.name, request.migrations);
      refuse = true;
    } else if (m->checksum != h.checksum && !request.allow_modified) {
      err << fmt::format("schemac: {}: changed since it was applied (checksum {} applied, {} now); write a new "
                         "migration instead, or pass --allow-modified\n",
                         m->up.path.string(), h.checksum.substr(0, 12), m->checksum.substr(0, 12));
      refuse = true;
    }
  }
  std::vector<const Migration*> pending;
  for (const auto& m : migrations->migrations) {
    if (!request.to.empty() && m.version > request.to) break;
    bool applied = std::any_of(history.begin(), history.end(), [&](const AppliedMigration& h) { return h.version == m.version; });
    if (applied) continue;
    if (m.version < newest_applied && !request.allow_out_of_order) {
      err << fmt::format("schemac: {} is older than {}, the newest applied migration: apply it anyway with "
                         "--allow-out-of-order, or give it a newer version\n",
                         m.up.path.string(), newest_applied);
      refuse = true;
    }
    pending.push_back(&m);
  }
  if (refuse) {
    err << "schemac: nothing was applied\n";
    return kExitError;
  }
  if (pending.empty()) {
    out << fmt::format("schemac: nothing to apply; {} is at version {}\n", db->target.display,
                       newest_applied.empty() ? "(none)" : newest_applied);
    return kExitInSync;
  }
  std::size_t i = 0;
  for (const Migration* m : pending) {
    try {
      migrator.up(*m, sources, ++i, pending.size());
    } catch (const MigrationFailure& e) {
      err << e.what();
      err << fmt::format("schemac: applied {} of {} pending migrations; the database is at the last one that "
                         "succeeded and its history says so\n",
                         i - 1, pending.size());
      return kExitError;
    }
  }
  out << fmt::format("schemac: applied {} migration{}; {} is at version {}\n", pending.size(),
                     pending.size() == 1 ? "" : "s", db->target.display, pending.back()->version);
  return kExitInSync;
}

int run_migrate_down(const MigrateRunRequest& request, std::ostream& out, std::ostream& err) {
  if (request.steps < 1) {
    err << "schemac: --steps must be at least 1\n";
    return kExitError;
  }
  SourceSet sources;
  auto migrations = load_migrations(request.migrations, sources, err);
  if (!migrations) return kExitError;
  if (!sum_agrees(*migrations, sources, err)) {
    err << "schemac: the migration files do not match schemac.sum; nothing was rolled back\n";
    return kExitError;
  }
  auto db = connect_named(request.db, "down", err);
  if (!db) return kExitError;
  Migrator migrator(*db->connection, db->target.display, request.settings);
  auto history = migrator.history();
  if (history.empty()) {
    out << "schemac: no migration is applied; nothing to roll back\n";
    return kExitInSync;
  }
  std::size_t count = std::min<std::size_t>(static_cast<std::size_t>(request.steps), history.size());
  std::vector<const Migration*> targets;
  for (std::size_t k = 0; k < count; ++k) {
    const AppliedMigration& h = history[history.size() - 1 - k];
    const Migration* m = migrations->find(h.version);
    if (!m || !m->down) {
      err << fmt::format("schemac: {}_{} cannot be rolled back: {}; nothing was rolled back\n", h.version, h.name,
                         m ? "it has no .down.sql" : "its files are not in " + request.migrations);
      return kExitError;
    }
    if (m->checksum != h.checksum && !request.allow_modified) {
      err << fmt::format("schemac: {}: changed since it was applied; its rollback may not match what ran. Pass "
                         "--allow-modified to roll back anyway; nothing was rolled back\n",
                         m->up.path.string());
      return kExitError;
    }
    targets.push_back(m);
  }
  std::size_t i = 0;
  for (const Migration* m : targets) {
    try {
      migrator.down(*m, sources, ++i, targets.size());
    } catch (const MigrationFailure& e) {
      err << e.what() << fmt::format("schemac: rolled back {} of {}\n", i - 1, targets.size());
      return kExitError;
    }
  }
  auto after = migrator.history();
  out << fmt::format("schemac: rolled back {} migration{}; {} is at version {}\n", targets.size(),
                     targets.size() == 1 ? "" : "s", db->target.display,
                     after.empty() ? "(none)" : after.back().version);
  return kExitInSync;
}

int run_migrate_status(const MigrateRunRequest& request, std::ostream& out, std::ostream& err) {
  SourceSet sources;
  auto migrations = load_migrations(request.migrations, sources, err);
  if (!migrations) return kExitError;
  auto db = connect_named(request.db, "status", err);
  if (!db) return kExitError;
  auto history = read_history(*db->connection);
  struct Row {
    std::string version, name, state, applied_at, ms;
  };
  std::map<std::string, Row> rows;
  bool drift = false;
  for (const auto& m : migrations->migrations) rows[m.version] = {m.version, m.name, "pending", "", ""};
  for (const auto& h : history) {
    const Migration* m = migrations->find(h.version);
    std::string state = !m ? "unknown (applied; no file here)" : m->checksum != h.checksum ? "modified since applied" : "applied";
    rows[h.version] = {h.version, h.name, state, h.applied_at, std::to_string(h.execution_ms)};
  }
  out << fmt::format("{:<15} {:<40} {:<32} {:<21} {:>8}\n", "version", "name", "state", "applied at", "ms");
  for (const auto& [version, r] : rows) {
    if (r.state != "applied") drift = true;
    out << fmt::format("{:<15} {:<40} {:<32} {:<21} {:>8}\n", r.version, r.name, r.state, r.applied_at, r.ms);
  }
  for (const auto& p : verify_sum(*migrations, sources)) {
    out << fmt::format("{}/{}: {}\n", request.migrations, p.file, p.message);
    drift = true;
  }
  return drift ? kExitDifferences : kExitInSync;
}

int run_migrate_hash(const MigrateRunRequest& request, std::ostream& out, std::ostream& err) {
  SourceSet sources;
  auto migrations = load_migrations(request.migrations, sources, err);
  if (!migrations) return kExitError;
  std::filesystem::path path = std::filesystem::path(request.migrations) / kSumFileName;
  write_file_atomically(path, render_sum(*migrations, sources));
  out << fmt::format("wrote {} ({} migrations)\n", path.string(), migrations->migrations.size());
  return kExitInSync;
}

}  // namespace schemac
