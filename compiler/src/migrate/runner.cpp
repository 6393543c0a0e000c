// Runs migration scripts: statement by statement (so a failure points at its statement), in
// one transaction with the history change, under the migration lock.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ostream>
#include <pqxx/pqxx>

#include "pg/tree.hpp"
#include "schemac/connection.hpp"
#include "schemac/file_io.hpp"
#include "schemac/introspect.hpp"
#include "schemac/migrate.hpp"
#include "schemac/sql_render.hpp"

namespace schemac {

namespace {

constexpr const char* kHistoryTable = "schemac.migration_history";

struct Statement {
  std::size_t offset = 0;  // of its first token in the file
  std::string text;
};

// Skips whitespace and comments, so a statement's position is that of its first token (and
// PostgreSQL's "LINE n" counts from there).
std::size_t skip_blank(const std::string& text, std::size_t at, std::size_t end) {
  while (at < end) {
    if (std::isspace(static_cast<unsigned char>(text[at]))) {
      ++at;
    } else if (text.compare(at, 2, "--") == 0) {
      std::size_t nl = text.find('\n', at);
      at = nl == std::string::npos || nl > end ? end : nl + 1;
    } else if (text.compare(at, 2, "/*") == 0) {
      std::size_t close = text.find("*/", at + 2);
      at = close == std::string::npos || close > end ? end : close + 2;
    } else {
      break;
    }
  }
  return at;
}

std::vector<Statement> statements_of(const std::string& text) {
  std::vector<Statement> out;
  auto spans = pg::split_statements(text);
  if (spans.empty()) {
    // Unsplittable (an unterminated quote, say): send it whole and let PostgreSQL say where.
    std::size_t start = skip_blank(text, 0, text.size());
    if (start < text.size()) out.push_back({start, text.substr(start)});
    return out;
  }
  for (const auto& span : spans) {
    std::size_t end = span.offset + span.length;
    std::size_t start = skip_blank(text, span.offset, end);
    if (start < end) out.push_back({start, text.substr(start, end - start)});
  }
  return out;
}

// PostgreSQL's message for a failed statement, located in the file: the statement's line, or
// the line (and column) PostgreSQL points at inside it.
[[noreturn]] void fail_at(const SourceSet& sources, FileId file, const Statement& statement, const std::string& what,
                          const std::string& prefix = "", const std::string& hint = "") {
  std::string message, extra;
  std::size_t offset = statement.offset;
  std::size_t line_no = 0, caret_column = 0;
  bool have_line = false;
  std::string previous;
  std::size_t pos = 0;
  while (pos < what.size()) {
    std::size_t nl = what.find('\n', pos);
    std::string line = what.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    pos = nl == std::string::npos ? what.size() : nl + 1;
    // "LINE <n>: <text>" (no std::regex: it recurses once per character of a long line).
    std::size_t digits_end = line.find_first_not_of("0123456789", 5);
    bool line_marker = line.rfind("LINE ", 0) == 0 && digits_end != 5 && digits_end != std::string::npos &&
                       line.compare(digits_end, 2, ": ") == 0 && digits_end - 5 <= 9;
    if (message.empty() && line.rfind("ERROR:", 0) == 0) {
      message = line.substr(6);
      while (!message.empty() && message.front() == ' ') message.erase(0, 1);
    } else if (line_marker) {
      std::string number = line.substr(5, digits_end - 5);
      line_no = std::stoul(number);
      have_line = line.compare(digits_end + 2, 3, "...") != 0;  // a shortened line has no usable column
      previous = "LINE " + number + ": ";
    } else if (!previous.empty() && line.find('^') != std::string::npos) {
      std::size_t caret = line.find('^');
      if (have_line && caret >= previous.size()) caret_column = caret - previous.size();
      previous.clear();
    } else if (line.rfind("DETAIL:", 0) == 0 || line.rfind("HINT:", 0) == 0 || line.rfind("CONTEXT:", 0) == 0) {
      extra += "  " + line + "\n";
    }
  }
  if (message.empty()) {
    message = what;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  }
  if (line_no > 1) {
    std::size_t at = 0;
    for (std::size_t l = 1; l < line_no; ++l) {
      std::size_t nl = statement.text.find('\n', at);
      if (nl == std::string::npos) break;
      at = nl + 1;
    }
    offset = statement.offset + at;
  }
  if (line_no >= 1) {
    // Columns are characters; walk them as bytes of the line (ASCII in practice).
    offset += caret_column;
  }
  message += hint;
  Diagnostic d{Severity::error, {file, static_cast<std::uint32_t>(offset)}, prefix + message, "migration-failed"};
  throw MigrationFailure(render_diagnostic(d, sources) + extra, sources.file(file).path,
                         sources.line_column(d.where).line, prefix + message);
}

std::string applied_by_text() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  const char* user = std::getenv("USER");
  return fmt::format("{}@{}", user && *user ? user : "?", host);
}

void set_timeouts(pqxx::transaction_base& tx, const std::string& lock_timeout, const std::string& statement_timeout,
                  bool local) {
  std::string scope = local ? "SET LOCAL " : "SET ";
  tx.exec(scope + "lock_timeout = " + tx.quote(lock_timeout));
  tx.exec(scope + "statement_timeout = " + tx.quote(statement_timeout));
}

}  // namespace

std::vector<AppliedMigration> read_history(pqxx::connection& conn) {
  pqxx::nontransaction tx(conn);
  auto exists = tx.exec("SELECT to_regclass('schemac.migration_history') IS NOT NULL");
  if (!exists[0][0].as<bool>()) return {};
  std::vector<AppliedMigration> out;
  auto rows = tx.exec(
      "SELECT version, name, checksum, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
      "execution_ms, applied_by FROM schemac.migration_history ORDER BY version");
  for (const auto& r : rows) {
    out.push_back({r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<std::string>(),
                   r[4].as<std::int64_t>(), r[5].as<std::string>()});
  }
  return out;
}

void run_sql_file(pqxx::connection& conn, FileId file, const SourceSet& sources) {
  const std::string& text = sources.file(file).text;
  pqxx::work tx(conn);
  for (const auto& s : statements_of(text)) {
    try {
      tx.exec(s.text);
    } catch (const pqxx::sql_error& e) {
      fail_at(sources, file, s, e.what());
    }
  }
  tx.commit();
}

Migrator::Migrator(pqxx::connection& conn, std::string display, RunSettings settings)
    : conn_(conn), display_(std::move(display)), settings_(std::move(settings)) {
  pqxx::nontransaction tx(conn_);
  tx.exec("SET application_name = 'schemac migrate'");
  tx.exec(fmt::format("SET lock_timeout = '{}ms'", settings_.lock_wait.count()));
  try {
    tx.exec(fmt::format("SELECT pg_advisory_lock({})", kMigrationLockKey));
  } catch (const pqxx::sql_error& e) {
    if (e.sqlstate() != "55P03") throw;
    std::string holder = "another session";
    auto rows = tx.exec(fmt::format(
        "SELECT a.pid, coalesce(nullif(a.application_name, ''), '?'), coalesce(host(a.client_addr), 'local'), "
        "to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') "
        "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "AND l.classid::bigint = ({0}::bigint >> 32) AND l.objid::bigint = ({0}::bigint & 4294967295)",
        kMigrationLockKey));
    if (!rows.empty()) {
      holder = fmt::format("backend pid {} ({}, from {}, connected since {} UTC)", rows[0][0].c_str(),
                           rows[0][1].c_str(), rows[0][2].c_str(), rows[0][3].c_str());
    }
    throw Error(fmt::format(
        "another migration run holds the migration lock on {}: {}; waited {} ms (--lock-timeout). "
        "If it is stuck, end it with SELECT pg_terminate_backend(pid)",
        display_, holder, settings_.lock_wait.count()));
  }
  tx.exec("RESET lock_timeout");
  tx.exec("CREATE SCHEMA IF NOT EXISTS schemac");
  tx.exec(fmt::format(
      "CREATE TABLE IF NOT EXISTS {} ("
      "version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, "
      "applied_at timestamptz NOT NULL DEFAULT now(), execution_ms bigint NOT NULL, "
      "applied_by text NOT NULL)",
      kHistoryTable));
  tx.exec(fmt::format("COMMENT ON TABLE {} IS 'Migrations applied by schemac migrate (one row per applied file)'",
                      kHistoryTable));
}

Migrator::~Migrator() {
  try {
    pqxx::nontransaction tx(conn_);
    tx.exec(fmt::format("SELECT pg_advisory_unlock({})", kMigrationLockKey));
  } catch (...) {
    // The connection is gone: the server released the session lock with it.
  }
}

std::vector<AppliedMigration> Migrator::history() { return read_history(conn_); }

void Migrator::up(const Migration& m, const SourceSet& sources, std::size_t position, std::size_t total) {
  run(m, m.up, sources, true, position, total);
}

void Migrator::down(const Migration& m, const SourceSet& sources, std::size_t position, std::size_t total) {
  if (!m.down) throw Error(fmt::format("{} has no {}.down.sql: it cannot be rolled back", m.label(), m.label()));
  run(m, *m.down, sources, false, position, total);
}

void Migrator::snapshot(const Migration& m, const char* suffix) {
  if (settings_.snapshot_dir.empty()) return;
  SourceSet sources;
  Diagnostics diagnostics;
  auto result = introspect(conn_, sources, diagnostics, FrontendOptions{true});
  std::error_code ec;
  std::filesystem::create_directories(settings_.snapshot_dir, ec);
  std::string header = fmt::format("-- schemac snapshot of {} {} {}\n", display_, m.label(), suffix);
  write_file_atomically(settings_.snapshot_dir / fmt::format("{}.{}.sql", m.label(), suffix),
                        header + render_catalog(result.catalog));
}

void Migrator::run(const Migration& m, const MigrationScript& script, const SourceSet& sources, bool forward,
                   std::size_t position, std::size_t total) {
  std::string file_name = script.path.filename().string();
  auto started = std::chrono::steady_clock::now();
  if (settings_.progress) *settings_.progress << fmt::format("schemac: [{}/{}] {} ", position, total, file_name) << std::flush;
  snapshot(m, forward ? "up.before" : "down.before");
  std::string lock_timeout = script.directives.lock_timeout.empty() ? settings_.file_lock_timeout : script.directives.lock_timeout;
  std::string statement_timeout =
      script.directives.statement_timeout.empty() ? settings_.file_statement_timeout : script.directives.statement_timeout;
  const std::string& text = sources.file(script.file).text;
  auto statements = statements_of(text);
  auto elapsed_ms = [&] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  };
  auto record = [&](pqxx::transaction_base& tx) {
    if (forward) {
      tx.exec_params(fmt::format("INSERT INTO {} (version, name, checksum, execution_ms, applied_by) "
                                 "VALUES ($1, $2, $3, $4, current_user || ' (' || $5 || ')')",
                                 kHistoryTable),
                     m.version, m.name, m.checksum, static_cast<std::int64_t>(elapsed_ms()), applied_by_text());
    } else {
      tx.exec_params(fmt::format("DELETE FROM {} WHERE version = $1", kHistoryTable), m.version);
    }
  };
  // Every file starts from the same session state, whatever the one before it SET.
  {
    pqxx::nontransaction reset(conn_);
    reset.exec("RESET ALL");
    reset.exec(kSessionSettings);
    reset.exec("SET application_name = 'schemac migrate'");
  }
  if (script.directives.transaction) {
    pqxx::work tx(conn_);
    set_timeouts(tx, lock_timeout, statement_timeout, true);
    for (const auto& s : statements) {
      try {
        tx.exec(s.text);
      } catch (const pqxx::broken_connection& e) {
        if (settings_.progress) *settings_.progress << "failed\n";
        fail_at(sources, script.file, s, first_line(e.what()),
                fmt::format("lost the connection to {} while running {}; its transaction did not commit, so it is "
                            "not applied and not recorded: ",
                            display_, file_name));
      } catch (const pqxx::sql_error& e) {
        std::string hint;
        if (e.sqlstate() == "25001") hint = " (mark the file `-- schemac:no-transaction` to run it outside one)";
        if (e.sqlstate() == "55P04") hint = " (a new enum value can be used once committed: add it in an earlier migration)";
        if (settings_.progress) *settings_.progress << "failed\n";
        fail_at(sources, script.file, s, e.what(), fmt::format("{} failed and was rolled back: ", file_name), hint);
      }
    }
    record(tx);
    try {
      tx.commit();
    } catch (const pqxx::in_doubt_error& e) {
      // The connection broke during COMMIT: only the server knows whether it happened.
      throw Error(fmt::format("lost the connection to {} while committing {}: whether it was applied is unknown; "
                              "the history table says (schemac migrate status): {}",
                              display_, file_name, first_line(e.what())));
    } catch (const pqxx::sql_error& e) {
      // Deferred constraints are checked at commit.
      if (settings_.progress) *settings_.progress << "failed\n";
      fail_at(sources, script.file, statements.empty() ? Statement{} : statements.back(), e.what(),
              fmt::format("{} failed at commit and was rolled back: ", file_name));
    }
  } else {
    {
      pqxx::nontransaction tx(conn_);
      set_timeouts(tx, lock_timeout, statement_timeout, false);
      std::size_t done = 0;
      for (const auto& s : statements) {
        try {
          tx.exec(s.text);
        } catch (const pqxx::broken_connection& e) {
          if (settings_.progress) *settings_.progress << "failed\n";
          fail_at(sources, script.file, s, first_line(e.what()),
                  fmt::format("lost the connection to {} while running {} (no-transaction) after {} of its {} "
                              "statements had run; it is not recorded as applied: ",
                              display_, file_name, done, statements.size()));
        } catch (const pqxx::sql_error& e) {
          if (settings_.progress) *settings_.progress << "failed\n";
          fail_at(sources, script.file, s, e.what(),
                  fmt::format("{} (no-transaction) failed after {} of its {} statements had run; it is not "
                              "recorded as applied: ",
                              file_name, done, statements.size()));
        }
        ++done;
      }
    }
    pqxx::work history(conn_);
    record(history);
    history.commit();
  }
  snapshot(m, forward ? "up.after" : "down.after");
  if (settings_.progress) *settings_.progress << fmt::format("{} ms\n", elapsed_ms());
}

}  // namespace schemac
