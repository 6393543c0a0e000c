// `schemac generate`: schema files -> typed C++ headers in an output directory.
//
// Only the schema files are read (no database). Files are rewritten only when their content
// changes, so a build that runs this on every schema edit recompiles only what really changed.
#include <fmt/format.h>

#include <ostream>

#include "commands/common.hpp"
#include "schemac/codegen.hpp"
#include "schemac/commands.hpp"

namespace schemac {

using commands::print_diagnostics;

int run_generate(const GenerateRequest& request, std::ostream& out, std::ostream& err) {
  if (request.out.empty()) {
    err << "schemac: generate needs --out DIR\n";
    return kExitError;
  }
  GenerateSettings settings;
  settings.schema = request.schema;
  settings.out = request.out;
  settings.cpp_namespace = request.cpp_namespace;
  settings.type_map = request.type_map;

  SourceSet sources;
  Diagnostics diags;
  auto files = generate_files(settings, sources, diags);
  print_diagnostics(diags, sources, err);
  if (!files) {
    err << fmt::format("schemac: {} error{}; nothing was generated\n", diags.error_count(),
                       diags.error_count() == 1 ? "" : "s");
    return kExitError;
  }
  WriteResult written = write_generated(settings.out, *files);
  for (const auto& name : written.written) out << "wrote " << (settings.out / name).string() << "\n";
  for (const auto& name : written.removed) out << "removed " << (settings.out / name).string() << "\n";
  return kExitInSync;
}

}  // namespace schemac
