// `schemac check`: the CI gate. Every part is run and reported, whatever the others found:
//
//   sum        schemac.sum matches the migration files
//   replay     the migrations, replayed on a scratch database, produce exactly the schema
//              files' catalog, and every .down.sql returns to the state before its .up.sql
//   database   (--db) the live database equals the schema files, and its history matches the
//              migration files (none pending, unknown or modified)
//   generated  (--generated) the checked-in generated code is what `schemac generate` writes
//
// Exit 0 when all agree, 1 when anything drifted, 2 on errors (unreadable schema files, no
// connection, a migration that fails to apply is drift, not an error).
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <ostream>
#include <pqxx/pqxx>

#include "commands/common.hpp"
#include "schemac/codegen.hpp"
#include "schemac/connection.hpp"
#include "schemac/introspect.hpp"

namespace schemac {

using namespace commands;

namespace {

struct Finding {
  std::string file;   // empty: no file to point at
  std::uint32_t line = 0;
  std::string message;
};

struct CheckPart {
  std::string name;
  std::string summary;  // one line: what was compared and the outcome
  std::vector<Finding> findings;
  [[nodiscard]] bool ok() const { return findings.empty(); }
};

Finding at_object(const Catalog& desired, const SourceSet& sources, const ObjectKey& key, std::string message,
                  const std::string& fallback_file) {
  SourceLocation where = declared_at(desired, key);
  if (!where.known()) return {fallback_file, 0, std::move(message)};
  return {sources.file(where.file).path, sources.line_column(where).line, std::move(message)};
}

Catalog read_database(pqxx::connection& conn, const FrontendOptions& options, const std::string& display) {
  SourceSet sources;
  Diagnostics diags;
  auto result = introspect(conn, sources, diags, options);
  if (diags.has_errors()) throw Error(fmt::format("cannot read {}:\n{}", display, diags.render(sources)));
  return std::move(result.catalog);
}

CheckPart check_sum(const MigrationDirectory& migrations, const SourceSet& sources) {
  CheckPart part{"sum", "", {}};
  for (const auto& p : verify_sum(migrations, sources)) {
    part.findings.push_back({(migrations.dir / p.file).string(), 0, p.file + " " + p.message});
  }
  part.summary = part.ok() ? fmt::format("{} matches the {} migration files", kSumFileName, migrations.migrations.size())
                           : fmt::format("{} does not match the migration files", kSumFileName);
  return part;
}

CheckPart check_replay(const CheckRequest& request, const MigrationDirectory& migrations, const Catalog& desired,
                       SourceSet& sources, const FrontendOptions& options) {
  CheckPart part{"replay", "", {}};
  ScratchServer server(request.scratch.dev_db, setup_paths(request.scratch));
  ScratchDatabase scratch = server.create_database(sources);
  RunSettings settings;
  settings.file_lock_timeout = "0";
  Migrator migrator(*scratch.connection, scratch.display, settings);
  std::size_t rollbacks = 0;
  bool complete = true;
  for (const auto& m : migrations.migrations) {
    Catalog before = read_database(*scratch.connection, options, scratch.display);
    try {
      migrator.up(m, sources);
    } catch (const MigrationFailure& e) {
      part.findings.push_back({e.file(), e.line(), e.message()});
      complete = false;
      break;
    }
    if (!m.down) {
      part.findings.push_back({m.up.path.string(), 1, fmt::format("{} has no {}.down.sql: it cannot be rolled back",
                                                                  m.label(), m.label())});
      continue;
    }
    try {
      migrator.down(m, sources);
    } catch (const MigrationFailure& e) {
      part.findings.push_back({e.file(), e.line(), e.message()});
      complete = false;
      break;
    }
    Plan off = plan_migration(read_database(*scratch.connection, options, scratch.display), before);
    for (const auto& s : off.steps) {
      part.findings.push_back({m.down->path.string(), 1,
                               fmt::format("{}.down.sql does not return to the state before {}: {} is needed to get "
                                           "back",
                                           m.label(), m.label(), s.description)});
    }
    ++rollbacks;
    try {
      migrator.up(m, sources);  // forward again, for the next migration
    } catch (const MigrationFailure& e) {
      part.findings.push_back({e.file(), e.line(), "after its rollback, " + e.message()});
      complete = false;
      break;
    }
  }
  if (complete) {
    Plan missing = plan_migration(read_database(*scratch.connection, options, scratch.display), desired);
    for (const auto& s : missing.steps) {
      part.findings.push_back(at_object(desired, sources, s.object,
                                        fmt::format("the schema files differ from the migrations: {} (write the "
                                                    "migration with `schemac migrate new NAME`)",
                                                    s.description),
                                        request.schema));
    }
  }
  std::size_t n = migrations.migrations.size();
  part.summary = !complete ? "a migration failed to apply on a scratch database"
                 : part.ok()
                     ? fmt::format("{} migration{} replay to the schema files; {} rollback{} return to the state "
                                   "before {}",
                                   n, n == 1 ? "" : "s", rollbacks, rollbacks == 1 ? "" : "s",
                                   rollbacks == 1 ? "it" : "them")
                     : fmt::format("the {} migrations and the schema files disagree", n);
  return part;
}

CheckPart check_database(const CheckRequest& request, const MigrationDirectory& migrations, const Catalog& desired,
                         const SourceSet& sources, const FrontendOptions& options) {
  CheckPart part{"database", "", {}};
  auto target = connection_target(request.db);
  auto conn = connect(*target);
  Catalog live = read_database(*conn, options, target->display);
  Plan drift = plan_migration(live, desired);
  for (const auto& s : drift.steps) {
    part.findings.push_back(at_object(desired, sources, s.object,
                                      "the database differs from the schema files: " + s.description,
                                      request.schema));
  }
  auto history = read_history(*conn);
  for (const auto& h : history) {
    const Migration* m = migrations.find(h.version);
    if (!m) {
      part.findings.push_back({request.migrations, 0,
                               fmt::format("{}_{} is applied to the database but has no file here", h.version, h.name)});
    } else if (m->checksum != h.checksum) {
      part.findings.push_back({m->up.path.string(), 1,
                               fmt::format("{} changed after it was applied to the database", m->label())});
    }
  }
  for (const auto& m : migrations.migrations) {
    bool applied = std::any_of(history.begin(), history.end(), [&](const AppliedMigration& h) { return h.version == m.version; });
    if (!applied) part.findings.push_back({m.up.path.string(), 1, fmt::format("{} is not applied to the database", m.label())});
  }
  part.summary = part.ok() ? fmt::format("the database ({}) equals the schema files and has every migration applied",
                                         target->display)
                           : fmt::format("the database ({}) has drifted", target->display);
  return part;
}

CheckPart check_generated_code(const CheckRequest& request, std::ostream& err, bool& failed) {
  CheckPart part{"generated", "", {}};
  SourceSet sources;
  Diagnostics diags;
  auto result = check_generated(request.generated, sources, diags);
  if (!result) {
    print_diagnostics(diags, sources, err);
    failed = true;
    part.summary = "the schema files no longer generate";
    return part;
  }
  for (const auto& d : result->drift) {
    std::string path = (result->settings.out / d.name).string();
    const char* what = d.kind == DriftKind::missing   ? "is missing"
                       : d.kind == DriftKind::changed ? "is stale (differs from what the schema files generate)"
                                                      : "is no longer generated";
    part.findings.push_back({path, 0, fmt::format("{} {}; regenerate with `schemac generate --out {}`", path, what,
                                                  request.generated)});
  }
  part.summary = part.ok() ? fmt::format("{} is what `schemac generate` writes", request.generated)
                           : fmt::format("{} is stale", request.generated);
  return part;
}

// GitHub workflow commands need %, CR and LF escaped.
std::string github_escape(const std::string& text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

void print_text(const std::vector<CheckPart>& parts, std::ostream& out) {
  for (const auto& p : parts) {
    out << fmt::format("{:<6} {:<10} {}\n", p.ok() ? "ok" : "DRIFT", p.name, p.summary);
    for (const auto& f : p.findings) {
      std::string where = f.file.empty() ? "" : f.line ? fmt::format("{}:{}: ", f.file, f.line) : f.file + ": ";
      out << "         " << where << f.message << "\n";
    }
  }
}

}  // namespace

int run_check(const CheckRequest& request, std::ostream& out, std::ostream& err) {
  if (request.format != "text" && request.format != "json" && request.format != "github") {
    err << "schemac: --format must be text, json or github\n";
    return kExitError;
  }
  SourceSet sources;
  FrontendOptions options{request.ignore_unmodeled};
  auto desired = load_desired(request.schema, options, sources, err);
  auto migrations = load_migrations(request.migrations, sources, err);
  if (!desired || !migrations) {
    err << "schemac: check could not run\n";
    return kExitError;
  }
  std::vector<CheckPart> parts;
  bool failed = false;
  parts.push_back(check_sum(*migrations, sources));
  parts.push_back(check_replay(request, *migrations, *desired, sources, options));
  if (!request.db.empty()) parts.push_back(check_database(request, *migrations, *desired, sources, options));
  if (!request.generated.empty()) parts.push_back(check_generated_code(request, err, failed));
  if (failed) return kExitError;

  bool ok = std::all_of(parts.begin(), parts.end(), [](const CheckPart& p) { return p.ok(); });
  if (request.format == "json") {
    nlohmann::ordered_json doc;
    doc["ok"] = ok;
    doc["checks"] = nlohmann::ordered_json::array();
    for (const auto& p : parts) {
      nlohmann::ordered_json j;
      j["name"] = p.name;
      j["ok"] = p.ok();
      j["summary"] = p.summary;
      j["findings"] = nlohmann::ordered_json::array();
      for (const auto& f : p.findings) {
        nlohmann::ordered_json fj;
        fj["file"] = f.file;
        fj["line"] = f.line;
        fj["message"] = f.message;
        j["findings"].push_back(std::move(fj));
      }
      doc["checks"].push_back(std::move(j));
    }
    out << doc.dump(2) << "\n";
  } else {
    if (request.format == "github") {
      for (const auto& p : parts) {
        for (const auto& f : p.findings) {
          std::string props = "title=" + github_escape("schemac check: " + p.name, true);
          if (!f.file.empty()) props = "file=" + github_escape(f.file, true) + "," + props;
          if (f.line) props = props + ",line=" + std::to_string(f.line);
          out << "::error " << props << "::" << github_escape(f.message, false) << "\n";
        }
      }
    }
    print_text(parts, out);
  }
  return ok ? kExitInSync : kExitDifferences;
}

}  // namespace schemac
