// A deterministic generator of large, realistic schemas for benchmarks and the benchmark's CI
// test: N tables of about 12 mixed-type columns with primary keys, foreign keys to earlier
// tables, two indexes each (plain, partial, expression, GIN), CHECKs, enums, views, PL/pgSQL
// and SQL functions, triggers, row-level security policies and comments, spread over a few
// schemas.
//
// The `changed` variant is the same schema with about 5% of it changed the way a busy team
// changes a schema between releases: columns added, dropped, retyped and given new defaults,
// indexes added and dropped, tables added and dropped, view and function bodies rewritten, an
// enum value and a policy changed. The same seed always gives byte-identical files, and the
// base schema does not depend on which changes the changed variant makes.
//
// The files load with `psql -v ON_ERROR_STOP=1` in sorted path order (every object after what
// it needs), which is also the order schemac reads a directory in.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace schemac::bench {

enum class Variant { base, changed };

struct BenchSchemaOptions {
  int tables = 1000;
  std::uint64_t seed = 1;
  Variant variant = Variant::base;
};

struct SchemaFile {
  std::string path;  // relative, e.g. "10_tables_0000.sql"
  std::string sql;
};

/// The schema's files, in sorted path order.
std::vector<SchemaFile> generate_schema(const BenchSchemaOptions& options);

/// Writes the files below `dir` (created if missing; other .sql files in it are removed so a
/// directory reused for another size holds exactly one schema).
void write_schema(const std::filesystem::path& dir, const std::vector<SchemaFile>& files);

}  // namespace schemac::bench
