#include "schemac/scratch.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <pqxx/pqxx>

#include "schemac/embedded_postgres.hpp"
#include "schemac/file_io.hpp"
#include "schemac/migrate.hpp"

namespace schemac {

ScratchServer::ScratchServer(const std::string& dev_db, std::vector<std::filesystem::path> setup)
    : setup_(std::move(setup)) {
  if (dev_db.empty()) {
    embedded_ = std::make_unique<EmbeddedPostgres>();
  } else {
    server_ = connection_target(dev_db);
  }
}

ScratchServer::~ScratchServer() {
  if (!server_ || created_.empty()) return;
  try {
    auto admin = connect(*server_);
    pqxx::nontransaction tx(*admin);
    for (const auto& name : created_) tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name) + " WITH (FORCE)");
  } catch (...) {
    // Best effort: the names say what they were (schemac_scratch_<pid>_<n>).
  }
}

ScratchDatabase ScratchServer::create_database(SourceSet& sources) {
  std::string name = fmt::format("schemac_scratch_{}_{}", ::getpid(), ++counter_);
  ConnectionTarget target;
  if (embedded_) {
    embedded_->create_database(name);
    target = ConnectionTarget{embedded_->conninfo(name), "embedded throwaway PostgreSQL"};
  } else {
    auto admin = connect(*server_);
    pqxx::nontransaction tx(*admin);
    try {
      tx.exec("CREATE DATABASE " + tx.quote_name(name) + " TEMPLATE template0");
    } catch (const pqxx::sql_error& e) {
      throw Error(fmt::format("cannot create a scratch database on the dev database server ({}): {}",
                              server_->display, redact_secrets(e.what(), server_->conninfo)));
    }
    created_.push_back(name);
    target = with_database(*server_, name);
  }
  ScratchDatabase out{connect(target), target.display};
  for (const auto& path : setup_) {
    auto text = read_file(path);
    if (!text) throw Error(fmt::format("cannot read the scratch setup script {}", path.string()));
    run_sql_file(*out.connection, sources.add(path.string(), std::move(*text)), sources);
  }
  return out;
}

void replay_migrations(pqxx::connection& conn, const std::string& display, const MigrationDirectory& migrations,
                       const SourceSet& sources, std::ostream* progress) {
  if (migrations.migrations.empty()) return;
  RunSettings settings;
  settings.progress = progress;
  settings.file_lock_timeout = "0";
  Migrator migrator(conn, display, settings);
  std::size_t i = 0;
  for (const auto& m : migrations.migrations) migrator.up(m, sources, ++i, migrations.migrations.size());
}

}  // namespace schemac
