#include "commands/common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "schemac/connection.hpp"

namespace schemac::commands {

void print_diagnostics(const Diagnostics& diags, const SourceSet& sources, std::ostream& err) {
  std::vector<Diagnostic> sorted = diags.all();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    return a.where.offset < b.where.offset;
  });
  for (const auto& d : sorted) err << render_diagnostic(d, sources);
}

std::optional<Catalog> load_desired(const std::string& schema, const FrontendOptions& options, SourceSet& sources,
                                    std::ostream& err) {
  Diagnostics diags;
  Catalog desired = load_schema(schema, sources, diags, options);
  print_diagnostics(diags, sources, err);
  if (!diags.has_errors()) return desired;
  err << fmt::format("schemac: {} error{} in the schema files\n", diags.error_count(), diags.error_count() == 1 ? "" : "s");
  return std::nullopt;
}

bool parse_allowed_hazards(const std::vector<std::string>& names, std::set<Hazard>& allowed, std::ostream& err) {
  for (const auto& name : names) {
    if (name == "all") {
      for (Hazard h : all_hazards()) allowed.insert(h);
      continue;
    }
    Hazard h;
    if (!parse_hazard(name, &h)) {
      err << fmt::format("schemac: unknown hazard \"{}\" in --allow-hazards (known: all", name);
      for (Hazard k : all_hazards()) err << ", " << hazard_name(k);
      err << ")\n";
      return false;
    }
    allowed.insert(h);
  }
  return true;
}

std::set<Hazard> refuse_hazards(const Plan& plan, const std::set<Hazard>& allowed, std::ostream& err) {
  std::set<Hazard> refused;
  if (!allowed.count(Hazard::deletes_data) && plan.hazards().count(Hazard::deletes_data)) {
    refused.insert(Hazard::deletes_data);
  }
  if (refused.empty()) return refused;
  err << "schemac: refusing a plan with hazards that were not allowed:\n";
  for (const auto& s : plan.steps) {
    for (Hazard h : refused) {
      if (s.hazards.count(h)) err << fmt::format("  - {} [{}]\n", s.description, hazard_name(h));
    }
  }
  err << "allow them with --allow-hazards deletes-data (or --allow-hazards all)\n";
  return refused;
}

std::vector<std::filesystem::path> setup_paths(const ScratchOptions& scratch) {
  return {scratch.setup.begin(), scratch.setup.end()};
}

std::optional<MigrationDirectory> load_migrations(const std::string& dir, SourceSet& sources, std::ostream& err) {
  Diagnostics diags;
  MigrationDirectory migrations = read_migrations(dir, sources, diags);
  print_diagnostics(diags, sources, err);
  if (diags.has_errors()) return std::nullopt;
  return migrations;
}

CurrentDatabase open_current(const std::string& db, const std::string& migrations, const ScratchOptions& scratch,
                             SourceSet& sources, std::ostream& err) {
  CurrentDatabase out;
  if (auto target = connection_target(db)) {
    out.display = target->display;
    out.connection = connect(*target);
    return out;
  }
  auto replayed = load_migrations(migrations, sources, err);
  if (!replayed) throw Error(fmt::format("the migrations in {} cannot be read", migrations));
  out.scratch = std::make_unique<ScratchServer>(scratch.dev_db, setup_paths(scratch));
  ScratchDatabase database = out.scratch->create_database(sources);
  replay_migrations(*database.connection, database.display, *replayed, sources);
  out.connection = std::move(database.connection);
  out.display = database.display;
  return out;
}

}  // namespace schemac::commands
