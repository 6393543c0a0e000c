// `schemac diff` and `schemac dump`.
#include <fmt/format.h>

#include <future>
#include <optional>
#include <ostream>
#include <sstream>
#include <pqxx/pqxx>

#include "commands/common.hpp"
#include "schemac/emit.hpp"
#include "schemac/introspect.hpp"
#include "schemac/sql_render.hpp"

namespace schemac {

using namespace commands;

int run_diff(const DiffRequest& request, std::ostream& out, std::ostream& err) {
  std::set<Hazard> allowed;
  if (!parse_allowed_hazards(request.allow_hazards, allowed, err)) return kExitError;
  if (request.format != "sql" && request.format != "json" && request.format != "summary") {
    err << "schemac: --format must be sql, json or summary\n";
    return kExitError;
  }
  FrontendOptions options{request.ignore_unmodeled};
  // The schema files are read while the database is opened and introspected: the one is work
  // for this process, the other mostly waits for the server. Their messages are printed in
  // the order of a sequential run: the schema files' first, and only theirs when they fail.
  SourceSet schema_sources;
  std::ostringstream schema_messages;
  auto loading = std::async(std::launch::async, [&] {
    return load_desired(request.schema, options, schema_sources, schema_messages);
  });
  auto loaded = [&]() -> std::optional<Catalog> {
    std::optional<Catalog> desired = loading.get();
    err << schema_messages.str();
    if (!desired) err << "schemac: nothing was compared\n";
    return desired;
  };
  SourceSet sources;
  Diagnostics diags;
  std::optional<CurrentDatabase> db;
  IntrospectionResult current;
  try {
    db.emplace(open_current(request.db, request.migrations, request.scratch, sources, err));
    current = introspect(*db->connection, sources, diags, options);
  } catch (...) {
    if (!loaded()) return kExitError;
    throw;
  }
  auto desired = loaded();
  if (!desired) return kExitError;
  Diagnostics role_diags;  // about the schema files' grants and policies
  check_roles(*db->connection, *desired, role_diags);
  print_diagnostics(diags, sources, err);
  print_diagnostics(role_diags, schema_sources, err);
  if (diags.has_errors() || role_diags.has_errors()) return kExitError;

  PlanOptions plan_options;
  plan_options.concurrent_indexes = request.concurrent_indexes;
  Plan forward = plan_migration(current.catalog, *desired, plan_options);
  Plan plan = request.rollback ? plan_rollback(current.catalog, *desired, forward, plan_options) : forward;

  std::set<Hazard> refused = refuse_hazards(plan, allowed, err);
  if (!refused.empty()) return kExitRefused;
  if (request.format == "json") {
    out << emit_json(plan, refused);
  } else if (request.format == "summary") {
    out << emit_summary(plan);
  } else {
    out << emit_sql(plan, {request.rollback ? "rollback" : "forward"});
  }
  if (plan.empty() && request.format == "sql") {
    // stdout stays empty (nothing to apply); say on stderr what was compared.
    std::size_t objects = desired->tables.size() + desired->views.size() + desired->functions.size() +
                          desired->indexes.size() + desired->enums.size() + desired->domains.size();
    err << fmt::format("schemac: no differences: {} ({} tables, views, functions, indexes and types) and {}{}\n",
                       request.schema, objects, db->display,
                       db->scratch ? " with " + request.migrations + "/ replayed" : "");
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
    CurrentDatabase db = open_current(request.db, request.migrations, request.scratch, sources, err);
    catalog = introspect(*db.connection, sources, diags, options).catalog;
  }
  print_diagnostics(diags, sources, err);
  if (diags.has_errors()) return kExitError;
  out << render_catalog(catalog);
  return kExitInSync;
}

}  // namespace schemac
