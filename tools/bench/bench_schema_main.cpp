// bench_schema: writes a generated benchmark schema (see bench_schema.hpp) to a directory.
//
//   bench_schema --tables 1000 [--seed 1] [--changed] --out DIR
#include <CLI/CLI.hpp>

#include <iostream>

#include "bench_schema.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Writes a deterministic benchmark schema (plain DDL files) for schemac.", "bench_schema"};
  schemac::bench::BenchSchemaOptions options;
  bool changed = false;
  std::string out;
  app.add_option("--tables", options.tables, "Number of tables")->capture_default_str()->check(CLI::PositiveNumber);
  app.add_option("--seed", options.seed, "Seed: the same seed gives the same files")->capture_default_str();
  app.add_flag("--changed", changed, "The variant with about 5% of the schema changed");
  app.add_option("--out", out, "Directory to write the .sql files to")->required();
  CLI11_PARSE(app, argc, argv);
  options.variant = changed ? schemac::bench::Variant::changed : schemac::bench::Variant::base;
  try {
    schemac::bench::write_schema(out, schemac::bench::generate_schema(options));
  } catch (const std::exception& e) {
    std::cerr << "bench_schema: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
