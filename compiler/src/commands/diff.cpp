#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <pqxx/pqxx>

#include "schemac/commands.hpp"
#include "schemac/connection.hpp"
#include "schemac/embedded_postgres.hpp"
#include "schemac/emit.hpp"
#include "schemac/frontend.hpp"
#include "schemac/introspect.hpp"
#include "schemac/plan.hpp"
#include "schemac/sql_render.hpp"

namespace schemac {

namespace {

void print_diagnostics(const Diagnostics& diags, const SourceSet& sources, std::ostream& err) {
  std::vector<Diagnostic> sorted = diags.all();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    return a.where.offset < b.where.offset;
  });
  for (const auto& d : sorted) err << render_diagnostic(d, sources);
}

// The database a command compares against: one named by the user, or a throwaway cluster.
struct CurrentDatabase {
  std::unique_ptr<EmbeddedPostgres> embedded;
  std::unique_ptr<pqxx::connection> connection;
  std::string display;
};

CurrentDatabase open_current(const std::string& db) {
  CurrentDatabase out;
  auto target = connection_target(db);
  if (!target) {
    out.embedded = std::make_unique<EmbeddedPostgres>();
    out.embedded->create_database("schemac");
    target = ConnectionTarget{out.embedded->conninfo("schemac"), "embedded throwaway PostgreSQL"};
  }
  out.display = target->display;
  out.connection = connect(*target);
  return out;
}

}  // namespace

int run_diff(const DiffRequest& request, std::ostream& out, std::ostream& err) {
  std::set<Hazard> allowed;
  for (const auto& name : request.allow_hazards) {
    if (name == "all") {
      for (Hazard h : all_hazards()) allowed.insert(h);
      continue;
    }
    Hazard h;
    if (!parse_hazard(name, &h)) {
      err << fmt::format("schemac: unknown hazard \"{}\" in --allow-hazards (known: all", name);
      for (Hazard k : all_hazards()) err << ", " << hazard_name(k);
      err << ")\n";
      return kExitError;
    }
    allowed.insert(h);
  }
  if (request.format != "sql" && request.format != "json" && request.format != "summary") {
    err << "schemac: --format must be sql, json or summary\n";
    return kExitError;
  }
  SourceSet sources;
  Diagnostics diags;
  FrontendOptions options{request.ignore_unmodeled};
  Catalog desired = load_schema(request.schema, sources, diags, options);
  if (diags.has_errors()) {
    print_diagnostics(diags, sources, err);
    err << fmt::format("schemac: {} error{} in the schema files; nothing was compared\n", diags.error_count(),
                       diags.error_count() == 1 ? "" : "s");
    return kExitError;
  }
  CurrentDatabase db = open_current(request.db);
  auto current = introspect(*db.connection, sources, diags, options);
  check_roles(*db.connection, desired, diags);
  print_diagnostics(diags, sources, err);
  if (diags.has_errors()) return kExitError;

  PlanOptions plan_options;
  plan_options.concurrent_indexes = request.concurrent_indexes;
  Plan forward = plan_migration(current.catalog, desired, plan_options);
  Plan plan = request.rollback ? plan_rollback(current.catalog, desired, forward, plan_options) : forward;

  // Data-deleting steps are refused unless allowed.
  std::set<Hazard> refused;
  if (!allowed.count(Hazard::deletes_data) && plan.hazards().count(Hazard::deletes_data)) refused.insert(Hazard::deletes_data);
  if (!refused.empty()) {
    err << "schemac: refusing to print a plan with hazards that were not allowed:\n";
    for (const auto& s : plan.steps) {
      for (Hazard h : refused) {
        if (s.hazards.count(h)) err << fmt::format("  - {} [{}]\n", s.description, hazard_name(h));
      }
    }
    err << "allow them with --allow-hazards deletes-data (or --allow-hazards all)\n";
    return kExitRefused;
  }
  if (request.format == "json") {
    out << emit_json(plan, refused);
  } else if (request.format == "summary") {
    out << emit_summary(plan);
  } else {
    out << emit_sql(plan, {request.rollback ? "rollback" : "forward"});
  }
  return plan.empty() ? kExitInSync : kExitDifferences;
}

int run_dump(const DumpRequest& request, std::ostream& out, std::ostream& err) {
  SourceSet sources;
  Diagnostics diags;
  FrontendOptions options{request.ignore_unmodeled};
  Catalog catalog;
  if (!request.schema.empty()) {
    catalog = load_schema(request.schema, sources, diags, options);
  } else {
    CurrentDatabase db = open_current(request.db);
    catalog = introspect(*db.connection, sources, diags, options).catalog;
  }
  print_diagnostics(diags, sources, err);
  if (diags.has_errors()) return kExitError;
  out << render_catalog(catalog);
  return kExitInSync;
}

}  // namespace schemac
