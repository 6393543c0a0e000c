// A real PostgreSQL 15 for the live tests: one throwaway cluster per test binary (the same
// EmbeddedPostgres the CLI uses), fresh databases per case, psql to apply SQL, and pg_dump
// output normalized for comparison (column order aside).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "schemac/embedded_postgres.hpp"
#include "support/process.hpp"

namespace schemac::test {

class LiveServer {
 public:
  static LiveServer& instance();

  /// Creates an empty database and returns its conninfo.
  std::string new_database(const std::string& prefix = "t");
  void drop_database(const std::string& conninfo);
  /// Runs SQL text through psql with ON_ERROR_STOP.
  ProcessResult psql(const std::string& conninfo, const std::string& sql);
  ProcessResult psql_file(const std::string& conninfo, const std::string& path);
  /// pg_dump --schema-only, without comments, settings and \\restrict lines, with the column
  /// lines of each CREATE TABLE sorted.
  std::string schema_dump(const std::string& conninfo);
  /// Runs the schemac binary with a clean environment (no DATABASE_URL/PG*) plus `env`.
  ProcessResult schemac(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                        const std::string& cwd = {});
  EmbeddedPostgres& postgres() { return *pg_; }

 private:
  LiveServer();
  std::unique_ptr<EmbeddedPostgres> pg_;
  int counter_ = 0;
};

std::string dbname_of(const std::string& conninfo);

}  // namespace schemac::test
