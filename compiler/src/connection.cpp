#include "schemac/connection.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <pqxx/pqxx>
#include <regex>

#include "schemac/diagnostics.hpp"

namespace schemac {

const char* const kSessionSettings =
    "SET TimeZone = 'UTC'; SET DateStyle = 'ISO'; SET IntervalStyle = 'postgres'; "
    "SET search_path = public; "
    // Named in pg_stat_activity (unless the connection string named itself).
    "SELECT pg_catalog.set_config('application_name', 'schemac', false) "
    "WHERE pg_catalog.current_setting('application_name') = ''";

namespace {

// Describes a target from libpq's own view of the options (so PG* variables count too).
std::string describe_target(const std::string& conninfo) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(conninfo.c_str(), &err);
  if (err) PQfreemem(err);
  std::string host, port, dbname, user;
  auto pick = [](const char* env, const char* fallback) {
    const char* v = std::getenv(env);
    return std::string(v && *v ? v : fallback);
  };
  host = pick("PGHOST", "");
  port = pick("PGPORT", "5432");
  user = pick("PGUSER", "");
  dbname = pick("PGDATABASE", "");
  if (opts) {
    for (PQconninfoOption* o = opts; o->keyword; ++o) {
      if (!o->val || !*o->val) continue;
      std::string k = o->keyword;
      if (k == "host" || k == "hostaddr") host = o->val;
      if (k == "port") port = o->val;
      if (k == "dbname") dbname = o->val;
      if (k == "user") user = o->val;
    }
    PQconninfoFree(opts);
  }
  if (host.empty()) host = "local socket";
  if (user.empty()) {
    const char* u = std::getenv("USER");
    user = u ? u : "";
  }
  if (dbname.empty()) dbname = user;
  return fmt::format("host={} port={} dbname={} user={}", host, port, dbname, user);
}

}  // namespace

std::optional<ConnectionTarget> connection_target(const std::string& url) {
  std::string conninfo = url;
  if (conninfo.empty()) {
    const char* env = std::getenv("DATABASE_URL");
    if (env && *env) conninfo = env;
  }
  if (conninfo.empty()) {
    bool any_pg = false;
    for (const char* v : {"PGHOST", "PGDATABASE", "PGSERVICE", "PGPORT", "PGUSER", "PGHOSTADDR"}) {
      const char* e = std::getenv(v);
      if (e && *e) any_pg = true;
    }
    if (!any_pg) return std::nullopt;
  }
  return ConnectionTarget{conninfo, describe_target(conninfo)};
}

ConnectionTarget with_database(const ConnectionTarget& target, const std::string& dbname) {
  // Rebuilt as key=value pairs (a URL cannot simply be appended to), values quoted.
  auto quote = [](const std::string& v) {
    std::string out = "'";
    for (char c : v) {
      if (c == '\\' || c == '\'') out += '\\';
      out += c;
    }
    return out + "'";
  };
  std::string conninfo;
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(target.conninfo.c_str(), &err);
  if (err) PQfreemem(err);
  if (opts) {
    for (PQconninfoOption* o = opts; o->keyword; ++o) {
      if (!o->val || !*o->val || std::string(o->keyword) == "dbname") continue;
      conninfo += std::string(o->keyword) + "=" + quote(o->val) + " ";
    }
    PQconninfoFree(opts);
  }
  conninfo += "dbname=" + quote(dbname);
  return ConnectionTarget{conninfo, describe_target(conninfo)};
}

std::string describe_connection(pqxx::connection_base& conn) {
  auto text = [](const char* v) { return std::string(v && *v ? v : "?"); };
  std::string host = text(conn.hostname());
  if (!host.empty() && host[0] == '/') host = "local socket " + host;
  return fmt::format("host={} port={} dbname={} user={}", host, text(conn.port()), text(conn.dbname()),
                     text(conn.username()));
}

std::string first_line(const std::string& message) {
  std::string line = message.substr(0, message.find('\n'));
  for (const char* prefix : {"ERROR:  ", "FATAL:  "}) {
    if (line.rfind(prefix, 0) == 0) line.erase(0, std::string(prefix).size());
  }
  return line;
}

std::string redact_secrets(std::string text, const std::string& conninfo) {
  // Passwords named in the conninfo are removed wherever they appear.
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(conninfo.c_str(), &err);
  if (err) PQfreemem(err);
  std::vector<std::string> secrets;
  if (opts) {
    for (PQconninfoOption* o = opts; o->keyword; ++o) {
      if (std::string(o->keyword) == "password" && o->val && *o->val) secrets.push_back(o->val);
    }
    PQconninfoFree(opts);
  }
  if (const char* p = std::getenv("PGPASSWORD"); p && *p) secrets.push_back(p);
  for (const auto& s : secrets) {
    for (std::size_t pos; (pos = text.find(s)) != std::string::npos;) text.replace(pos, s.size(), "********");
  }
  static const std::regex url_password(R"((postgres(?:ql)?://[^:/@\s]*):[^@\s]*@)");
  static const std::regex kv_password(R"((password\s*=\s*)('[^']*'|\S+))", std::regex::icase);
  text = std::regex_replace(text, url_password, "$1:********@");
  text = std::regex_replace(text, kv_password, "$1********");
  return text;
}

std::unique_ptr<pqxx::connection> connect(const ConnectionTarget& target) {
  std::unique_ptr<pqxx::connection> conn;
  try {
    conn = std::make_unique<pqxx::connection>(target.conninfo);
  } catch (const std::exception& e) {
    std::string message = redact_secrets(e.what(), target.conninfo);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw Error(fmt::format("could not connect to the database ({}): {}", target.display, message));
  }
  try {
    pqxx::nontransaction tx(*conn);
    tx.exec(kSessionSettings);
  } catch (const std::exception& e) {
    throw Error(fmt::format("could not set up the session ({}): {}", target.display,
                            redact_secrets(e.what(), target.conninfo)));
  }
  return conn;
}

}  // namespace schemac
