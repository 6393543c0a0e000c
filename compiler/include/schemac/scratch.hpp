// Scratch databases: where migrations are replayed to see what they produce (`migrate new`,
// `check`, and the embedded default of `diff`).
//
// By default they live on an embedded throwaway cluster. With a dev database URL
// (`--dev-db`), schemac creates uniquely named databases on that server instead (its role
// needs CREATEDB) and drops them when done. Either way each scratch database first runs the
// setup scripts: cluster-level objects the schema files do not manage, such as roles.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/connection>

#include "schemac/connection.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/migrations.hpp"

namespace schemac {

class EmbeddedPostgres;

struct ScratchDatabase {
  std::unique_ptr<pqxx::connection> connection;
  std::string display;  // for messages
};

class ScratchServer {
 public:
  ScratchServer(const std::string& dev_db, std::vector<std::filesystem::path> setup);
  ~ScratchServer();
  ScratchServer(const ScratchServer&) = delete;
  ScratchServer& operator=(const ScratchServer&) = delete;

  /// A new, empty database with the setup scripts run in it (their text is added to
  /// `sources`, so a failing setup statement is reported at its line).
  ScratchDatabase create_database(SourceSet& sources);

 private:
  std::unique_ptr<EmbeddedPostgres> embedded_;
  std::optional<ConnectionTarget> server_;  // the dev database's server, when given
  std::vector<std::filesystem::path> setup_;
  std::vector<std::string> created_;
  int counter_ = 0;
};

/// Applies every migration of `migrations` in order (up scripts), recording history, as
/// `schemac migrate up` would. Failures throw MigrationFailure.
void replay_migrations(pqxx::connection& conn, const std::string& display, const MigrationDirectory& migrations,
                       const SourceSet& sources, std::ostream* progress = nullptr);

}  // namespace schemac
