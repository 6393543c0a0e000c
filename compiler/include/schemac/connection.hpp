// Connecting to PostgreSQL: where the target comes from, and how failures are reported.
//
// The target is `--db URL`, else DATABASE_URL, else libpq's own PG* variables. Messages name
// the host, port, database and user, never the password, including libpq's own messages.
// Every session is pinned (TimeZone=UTC, DateStyle=ISO, IntervalStyle=postgres,
// search_path=public) so that the text PostgreSQL prints is stable.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <pqxx/connection>


namespace schemac {

struct ConnectionTarget {
  std::string conninfo;  // URL or key=value string handed to libpq (may hold a password)
  std::string display;   // "host=... port=... dbname=... user=...", safe to print
};

/// The target named by `url` if given, else by DATABASE_URL, else by PG* variables (empty
/// conninfo). Returns nullopt when none of them names a database.
std::optional<ConnectionTarget> connection_target(const std::string& url);

/// The same server, user and options, another database (for scratch databases schemac creates).
ConnectionTarget with_database(const ConnectionTarget& target, const std::string& dbname);

/// Opens a pinned session; throws schemac::Error naming the host (never the password).
std::unique_ptr<pqxx::connection> connect(const ConnectionTarget& target);

/// "host=... port=... dbname=... user=..." of an open (or broken) session, for messages.
std::string describe_connection(pqxx::connection_base& conn);

/// The first line of a libpq/libpqxx message, without the "ERROR:  " prefix.
std::string first_line(const std::string& message);

/// Removes any password that `text` might contain (URL user:password@, password=...).
std::string redact_secrets(std::string text, const std::string& conninfo);

/// The session settings every schemac connection applies.
extern const char* const kSessionSettings;

}  // namespace schemac
