// Applying migrations to a database: the history table, the migration lock, and one
// transaction per file.
//
// The history lives in schemac.migration_history (schema `schemac`, which no diff looks at):
// version, name, checksum (SHA-256 of the .up.sql), applied_at, execution_ms, applied_by.
// A script and its history change commit together, so a failing script leaves the database
// and the history exactly as they were. Files marked `-- schemac:no-transaction` run statement
// by statement outside a transaction; their history row is written once every statement
// succeeded (a failure in the middle leaves the statements before it applied, and says so).
//
// Only one Migrator works on a database at a time: it holds the session-level advisory lock
// kMigrationLockKey for its lifetime. A second one waits up to RunSettings::lock_wait, then
// fails naming the holder.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include <pqxx/connection>

#include "schemac/diagnostics.hpp"
#include "schemac/migrations.hpp"

namespace schemac {

/// The advisory lock key: the ASCII bytes of "schemac" as a bigint (0x736368656d6163).
/// `SELECT pg_advisory_lock(32478922351141219)` takes it by hand (e.g. to hold off migrations).
inline constexpr std::int64_t kMigrationLockKey = 32478922351141219;

struct AppliedMigration {
  std::string version;
  std::string name;
  std::string checksum;
  std::string applied_at;  // ISO 8601, UTC
  std::int64_t execution_ms = 0;
  std::string applied_by;
};

struct RunSettings {
  /// How long to wait for another migration run to finish; zero waits forever.
  std::chrono::milliseconds lock_wait{std::chrono::minutes(1)};
  /// SET lock_timeout / statement_timeout for every file, unless the file's directive says
  /// otherwise ("0" means none).
  std::string file_lock_timeout = "10s";
  std::string file_statement_timeout = "0";
  /// Canonical schema dumps before and after every applied file; empty: none.
  std::filesystem::path snapshot_dir;
  /// Progress lines ("[2/7] 20261123101500_add_x.up.sql ... 12 ms"); null: silent.
  std::ostream* progress = nullptr;
};

/// A script that failed: the message is rendered clang-style at the failing statement
/// (`file:line:col: error: <PostgreSQL's message>`, the line, a caret).
class MigrationFailure : public Error {
 public:
  MigrationFailure(const std::string& rendered, std::string file, std::uint32_t line, std::string message)
      : Error(rendered), file_(std::move(file)), line_(line), message_(std::move(message)) {}
  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] std::uint32_t line() const { return line_; }
  /// PostgreSQL's message with the file's name, without position or source line.
  [[nodiscard]] const std::string& message() const { return message_; }

 private:
  std::string file_;
  std::uint32_t line_ = 0;
  std::string message_;
};

/// The history, oldest first; empty when the database has none yet. Does not take the lock.
std::vector<AppliedMigration> read_history(pqxx::connection& conn);

/// Runs a SQL file that is not a migration (scratch database setup) statement by statement in
/// one transaction; throws MigrationFailure at the failing statement.
void run_sql_file(pqxx::connection& conn, FileId file, const SourceSet& sources);

class Migrator {
 public:
  /// Takes the migration lock (waiting up to settings.lock_wait) and creates the history table
  /// if needed. `display` names the database in messages (never a password).
  Migrator(pqxx::connection& conn, std::string display, RunSettings settings);
  ~Migrator();
  Migrator(const Migrator&) = delete;
  Migrator& operator=(const Migrator&) = delete;

  /// The history as of now (read under the lock).
  [[nodiscard]] std::vector<AppliedMigration> history();

  /// Runs `m`'s up script and records it. `position`/`total` only label progress output.
  void up(const Migration& m, const SourceSet& sources, std::size_t position = 1, std::size_t total = 1);
  /// Runs `m`'s down script and removes its history row.
  void down(const Migration& m, const SourceSet& sources, std::size_t position = 1, std::size_t total = 1);

 private:
  pqxx::connection& conn_;
  std::string display_;
  RunSettings settings_;

  void run(const Migration& m, const MigrationScript& script, const SourceSet& sources, bool forward,
           std::size_t position, std::size_t total);
  void snapshot(const Migration& m, const char* suffix);
};

}  // namespace schemac
