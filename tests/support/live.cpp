#include "support/live.hpp"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace schemac::test {

namespace {
std::mutex g_mutex;

// WITH (a='1', b='2'): PostgreSQL keeps the order written, which means nothing.
std::string sort_storage_options(const std::string& line) {
  auto start = line.find("WITH (");
  if (start == std::string::npos) return line;
  auto end = line.find(')', start);
  if (end == std::string::npos) return line;
  std::string inner = line.substr(start + 6, end - start - 6);
  std::vector<std::string> items;
  std::size_t pos = 0;
  while (pos <= inner.size()) {
    auto comma = inner.find(", ", pos);
    items.push_back(inner.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
    if (comma == std::string::npos) break;
    pos = comma + 2;
  }
  // Boolean options mean the same whatever spelling was used.
  for (auto& item : items) {
    for (const char* v : {"'on'", "'yes'", "'1'", "'TRUE'", "'True'"}) {
      auto pos = item.find(v);
      if (pos != std::string::npos && pos + std::strlen(v) == item.size()) item.replace(pos, std::strlen(v), "'true'");
    }
    for (const char* v : {"'off'", "'no'", "'0'", "'FALSE'", "'False'"}) {
      auto pos = item.find(v);
      if (pos != std::string::npos && pos + std::strlen(v) == item.size()) item.replace(pos, std::strlen(v), "'false'");
    }
  }
  std::sort(items.begin(), items.end());
  std::string joined;
  for (std::size_t i = 0; i < items.size(); ++i) joined += (i ? ", " : "") + items[i];
  return line.substr(0, start + 6) + joined + line.substr(end);
}

std::vector<std::string> clean_env() {
  // Unset everything that could point schemac at another database.
  return {"!DATABASE_URL", "!PGHOST", "!PGPORT", "!PGDATABASE", "!PGUSER", "!PGPASSWORD", "!PGSERVICE", "!PGHOSTADDR"};
}
}  // namespace

LiveServer& LiveServer::instance() {
  static LiveServer server;
  return server;
}

LiveServer::LiveServer() : pg_(std::make_unique<EmbeddedPostgres>()) {
  // Roles the golden cases grant to (roles are not managed by schemac: they exist beforehand).
  auto r = psql(pg_->conninfo(), "CREATE ROLE app_reader NOLOGIN; CREATE ROLE app_writer NOLOGIN; CREATE ROLE app_admin NOLOGIN;");
  if (r.exit_code != 0) throw std::runtime_error("cannot create the test roles: " + r.err);
}

std::string dbname_of(const std::string& conninfo) {
  auto pos = conninfo.find("dbname=");
  return conninfo.substr(pos + 7);
}

std::string LiveServer::new_database(const std::string& prefix) {
  std::string name;
  {
    std::lock_guard lock(g_mutex);
    name = prefix + std::to_string(++counter_);
  }
  pg_->create_database(name);
  return pg_->conninfo(name);
}

void LiveServer::drop_database(const std::string& conninfo) {
  psql(pg_->conninfo(), "DROP DATABASE IF EXISTS \"" + dbname_of(conninfo) + "\" WITH (FORCE)");
}

ProcessResult LiveServer::psql(const std::string& conninfo, const std::string& sql) {
  return run_process({pg_->bin_dir() + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-f", "-"}, sql);
}

ProcessResult LiveServer::psql_file(const std::string& conninfo, const std::string& path) {
  return run_process({pg_->bin_dir() + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", conninfo, "-f", path});
}

std::string LiveServer::schema_dump(const std::string& conninfo) {
  auto r = run_process({pg_->bin_dir() + "/pg_dump", "--schema-only", "--no-owner", "-d", conninfo});
  if (r.exit_code != 0) throw std::runtime_error("pg_dump failed: " + r.err);
  std::istringstream in(r.out);
  std::vector<std::string> out;
  std::vector<std::string> privileges;  // GRANT/REVOKE lines: their order follows history, not meaning
  std::vector<std::string> block;       // column lines of the CREATE TABLE being read
  bool in_table = false;
  // COMMENT ON COLUMN statements come in column order, which means nothing (as above): a run
  // of them is sorted. A statement spans lines until its quotes balance and it ends with ';'.
  std::vector<std::string> column_comments;
  std::string statement;
  auto flush_comments = [&] {
    std::sort(column_comments.begin(), column_comments.end());
    out.insert(out.end(), column_comments.begin(), column_comments.end());
    column_comments.clear();
  };
  auto complete = [](const std::string& s) {
    // Literals are closed, and a ' inside a "quoted name" opens none.
    bool in_literal = false, in_name = false;
    for (char ch : s) {
      if (in_name) {
        in_name = ch != '"';
      } else if (in_literal) {
        in_literal = ch != '\'';
      } else {
        in_name = ch == '"';
        in_literal = ch == '\'';
      }
    }
    return !in_literal && !in_name && !s.empty() && s.back() == ';';
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!statement.empty()) {
      statement += "\n" + line;
      if (complete(statement)) {
        column_comments.push_back(statement);
        statement.clear();
      }
      continue;
    }
    if (line.rfind("COMMENT ON COLUMN ", 0) == 0) {
      if (complete(line)) {
        column_comments.push_back(line);
      } else {
        statement = line;
      }
      continue;
    }
    if (!line.empty() && line.rfind("--", 0) != 0) flush_comments();
    if (line.empty() || line.rfind("--", 0) == 0 || line.rfind("SET ", 0) == 0 ||
        line.rfind("SELECT pg_catalog.set_config", 0) == 0 || line.rfind("\\restrict", 0) == 0 ||
        line.rfind("\\unrestrict", 0) == 0) {
      continue;
    }
    if (line.rfind("GRANT ", 0) == 0 || line.rfind("REVOKE ", 0) == 0 || line.rfind("ALTER DEFAULT PRIVILEGES", 0) == 0) {
      privileges.push_back(line);
      continue;
    }
    if (!in_table && line.rfind("CREATE ", 0) == 0 && line.find(" TABLE ") != std::string::npos &&
        line.back() == '(') {
      out.push_back(line);
      in_table = true;
      block.clear();
      continue;
    }
    if (in_table) {
      if (line.rfind(")", 0) == 0) {
        for (auto& b : block) {
          if (!b.empty() && b.back() == ',') b.pop_back();
        }
        std::sort(block.begin(), block.end());
        out.insert(out.end(), block.begin(), block.end());
        out.push_back(line);
        in_table = false;
      } else {
        block.push_back(line);
      }
      continue;
    }
    out.push_back(sort_storage_options(line));
  }
  if (!statement.empty()) column_comments.push_back(statement);
  flush_comments();
  std::sort(privileges.begin(), privileges.end());
  out.insert(out.end(), privileges.begin(), privileges.end());
  std::string text;
  for (const auto& l : out) text += l + "\n";
  return text;
}

ProcessResult LiveServer::schemac(const std::vector<std::string>& args, const std::vector<std::string>& env,
                                  const std::string& cwd) {
  std::vector<std::string> argv = {SCHEMAC_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  auto e = clean_env();
  e.insert(e.end(), env.begin(), env.end());
  return run_process(argv, {}, e, cwd);
}

}  // namespace schemac::test
