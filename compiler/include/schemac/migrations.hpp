// The migrations directory: timestamped file pairs and the sum file that pins them.
//
//   migrations/<YYYYMMDDHHMMSS>_<name>.up.sql     forward (required)
//   migrations/<YYYYMMDDHHMMSS>_<name>.down.sql   rollback (optional, but `check` expects it)
//   migrations/schemac.sum                        chained SHA-256 of every file, in order
//
// The 14-digit UTC timestamp is the version; files apply in version order. A file may carry
// directives in comment lines of its own:
//
//   -- schemac:no-transaction          run outside a transaction (CREATE INDEX CONCURRENTLY)
//   -- schemac:lock-timeout 5s         SET lock_timeout for this file (default: --file-lock-timeout)
//   -- schemac:statement-timeout 10min SET statement_timeout for this file
//
// Anything else in the directory that ends in .sql is an error (a misnamed migration would
// otherwise be skipped silently); other files (README.md) are ignored.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schemac/diagnostics.hpp"

namespace schemac {

inline constexpr const char* kSumFileName = "schemac.sum";

struct ScriptDirectives {
  bool transaction = true;
  std::string lock_timeout;       // empty: the run's default
  std::string statement_timeout;  // empty: the run's default
};

struct MigrationScript {
  std::filesystem::path path;
  FileId file = kNoFile;  // the text, in the SourceSet given to read_migrations
  ScriptDirectives directives;
};

struct Migration {
  std::string version;  // 14 digits, UTC
  std::string name;     // [a-z0-9_]+
  MigrationScript up;
  std::optional<MigrationScript> down;
  std::string checksum;  // SHA-256 (hex) of the up file, recorded in the history when applied
  [[nodiscard]] std::string label() const { return version + "_" + name; }
};

struct MigrationDirectory {
  std::filesystem::path dir;
  std::vector<Migration> migrations;  // by version
  [[nodiscard]] const Migration* find(std::string_view version) const;
};

/// Reads `dir` (a missing directory is an empty set). Misnamed files, duplicate versions, a
/// .down.sql without its .up.sql and unknown directives are errors in `diagnostics`.
MigrationDirectory read_migrations(const std::filesystem::path& dir, SourceSet& sources, Diagnostics& diagnostics);

/// read_migrations on file names and texts already read (the directory's .sql files).
MigrationDirectory read_migration_files(const std::filesystem::path& dir,
                                        std::vector<std::pair<std::string, std::string>> files, SourceSet& sources,
                                        Diagnostics& diagnostics);

/// The directives of a script's text (errors for unknown or malformed ones).
ScriptDirectives read_directives(FileId file, const SourceSet& sources, Diagnostics& diagnostics);

/// Lower-case hex SHA-256.
std::string sha256_hex(std::string_view data);

/// A version for a migration created now: the current UTC time, or one second after the
/// newest existing version if the clock is behind it.
std::string next_version(const MigrationDirectory& migrations);

/// True for 14 digits that form a valid UTC timestamp (YYYYMMDDHHMMSS).
bool valid_version(const std::string& version);

/// The version one second after `version`.
std::string version_after(const std::string& version);

/// The sum file for the directory's files as they are now.
std::string render_sum(const MigrationDirectory& migrations, const SourceSet& sources);

/// Where the sum file and the directory disagree; empty when they agree.
struct SumProblem {
  std::string file;     // migration file name, or schemac.sum
  std::string message;  // "was edited after it was recorded", ...
};
std::vector<SumProblem> verify_sum(const MigrationDirectory& migrations, const SourceSet& sources);
/// verify_sum against a sum file's text (nullopt: there is none).
std::vector<SumProblem> verify_sum_text(const MigrationDirectory& migrations, const SourceSet& sources,
                                        const std::optional<std::string>& sum_text);

}  // namespace schemac
