#include "schemac/connection.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <pqxx/pqxx>
#include <cctype>
#include <string_view>

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

namespace {

bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view word) {
  if (text.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
  }
  return true;
}

// postgres[ql]://user:SECRET@ -> postgres[ql]://user:********@
std::string mask_url_passwords(const std::string& text) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = text.find("postgres"); at != std::string::npos; at = text.find("postgres", at + 1)) {
    std::size_t p = at + 8;
    if (text.compare(p, 2, "ql") == 0) p += 2;
    if (text.compare(p, 3, "://") != 0) continue;
    p += 3;
    auto in_user = [](char c) { return c != ':' && c != '/' && c != '@' && !std::isspace(static_cast<unsigned char>(c)); };
    while (p < text.size() && in_user(text[p])) ++p;
    if (p >= text.size() || text[p] != ':') continue;
    std::size_t secret = p + 1, end = secret;
    while (end < text.size() && text[end] != '@' && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    if (end >= text.size() || text[end] != '@') continue;
    out.append(text, copied, secret - copied);
    out += "********";
    copied = end;
    at = end;
  }
  out.append(text, copied);
  return out;
}

// password = SECRET or password='SECRET' (any case) -> password = ********
std::string mask_keyword_passwords(const std::string& text) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (!starts_with_nocase(text, at, "password")) continue;
    std::size_t p = at + 8;
    while (p < text.size() && std::isspace(static_cast<unsigned char>(text[p]))) ++p;
    if (p >= text.size() || text[p] != '=') continue;
    ++p;
    while (p < text.size() && std::isspace(static_cast<unsigned char>(text[p]))) ++p;
    std::size_t end = p;
    if (p < text.size() && text[p] == '\'' && text.find('\'', p + 1) != std::string::npos) {
      end = text.find('\'', p + 1) + 1;
    } else {
      while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    }
    if (end == p) continue;
    out.append(text, copied, p - copied);
    out += "********";
    copied = end;
    at = end - 1;
  }
  out.append(text, copied);
  return out;
}

}  // namespace

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
  static constexpr std::string_view kMask = "********";
  for (const auto& s : secrets) {
    // Searching on after the mask: a password such as "*" would otherwise be found forever.
    for (std::size_t pos = text.find(s); pos != std::string::npos; pos = text.find(s, pos + kMask.size())) {
      text.replace(pos, s.size(), kMask);
    }
  }
  // Scanned by hand: std::regex recurses once per character and overflows on long texts.
  return mask_keyword_passwords(mask_url_passwords(text));
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
