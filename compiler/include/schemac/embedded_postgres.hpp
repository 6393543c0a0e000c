// A throwaway PostgreSQL cluster in a temporary directory, for the embedded default of
// `schemac diff`, for scratch databases and for the tests.
//
// initdb and postgres come from Debian's packages (found on PATH, else the newest
// /usr/lib/postgresql/*/bin, preferring 15). The server listens only on a Unix socket inside
// the directory. When schemac runs as root the cluster runs as the `postgres` user, since
// PostgreSQL refuses root. The server is stopped and the directory removed when the object is
// destroyed, and also when SIGINT or SIGTERM arrives while it runs.
#pragma once

#include <string>
#include <sys/types.h>

namespace schemac {

class EmbeddedPostgres {
 public:
  EmbeddedPostgres();
  ~EmbeddedPostgres();
  EmbeddedPostgres(const EmbeddedPostgres&) = delete;
  EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

  /// libpq connection string for `dbname` (no password: trust authentication on the socket).
  [[nodiscard]] std::string conninfo(const std::string& dbname = "postgres") const;
  /// Creates an empty database (from template0).
  void create_database(const std::string& name);
  [[nodiscard]] const std::string& directory() const { return dir_; }
  [[nodiscard]] const std::string& bin_dir() const { return bin_dir_; }
  [[nodiscard]] int port() const { return port_; }

 private:
  std::string dir_, bin_dir_;
  int port_ = 5432;
  pid_t postmaster_ = -1;
  void stop() noexcept;
};

/// Directory holding initdb/pg_ctl/postgres; throws schemac::Error when none is installed.
std::string find_postgres_bin_dir();

/// True once SIGINT/SIGTERM arrived while an embedded cluster was running.
bool interrupted();

}  // namespace schemac
