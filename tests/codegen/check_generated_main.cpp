// Reports whether a generated directory (the checked-in generated/) is fresh, the way
// `schemac check --generated DIR` does: exit 0 fresh, 1 stale (the files are listed), 2 when
// the schema no longer generates.
#include <iostream>

#include "schemac/codegen.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: codegen_check_generated DIR\n";
    return 2;
  }
  schemac::SourceSet sources;
  schemac::Diagnostics diagnostics;
  auto check = schemac::check_generated(argv[1], sources, diagnostics);
  std::cerr << diagnostics.render(sources);
  if (!check) return 2;
  std::cout << schemac::describe_drift(*check);
  return check->fresh() ? 0 : 1;
}
