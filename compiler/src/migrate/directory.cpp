// Reading the migrations directory and keeping its sum file.
#include <fmt/format.h>
#include <openssl/evp.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <regex>

#include "pg/comments.hpp"
#include "schemac/file_io.hpp"
#include "schemac/migrations.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

namespace fs = std::filesystem;

namespace {

const std::regex& migration_file_name() {
  static const std::regex re(R"(^([0-9]{14})_([a-z0-9_]+)\.(up|down)\.sql$)");
  return re;
}

bool valid_timestamp(const std::string& v) {
  int month = std::stoi(v.substr(4, 2)), day = std::stoi(v.substr(6, 2));
  int hour = std::stoi(v.substr(8, 2)), minute = std::stoi(v.substr(10, 2)), second = std::stoi(v.substr(12, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
}

// A duration PostgreSQL accepts for lock_timeout/statement_timeout: 0, or a number with an
// optional unit.
bool valid_duration(const std::string& text) {
  static const std::regex re(R"(^[0-9]+(ms|s|min|h|d)?$)");
  return std::regex_match(text, re);
}

std::string chain_hash(const std::string& previous, const std::string& name, const std::string& content_hash) {
  return sha256_hex(previous + "\n" + name + "\n" + content_hash);
}

struct SumEntry {
  std::string name;
  std::string content_hash;
  std::string chain;
};

// Every file the sum covers, in order: versions ascending, .down before .up (name order).
std::vector<SumEntry> expected_entries(const MigrationDirectory& migrations, const SourceSet& sources) {
  std::vector<SumEntry> out;
  std::string previous;
  auto add = [&](const MigrationScript& script) {
    SumEntry e;
    e.name = script.path.filename().string();
    e.content_hash = sha256_hex(sources.file(script.file).text);
    e.chain = chain_hash(previous, e.name, e.content_hash);
    previous = e.chain;
    out.push_back(std::move(e));
  };
  for (const auto& m : migrations.migrations) {
    if (m.down) add(*m.down);
    add(m.up);
  }
  return out;
}

constexpr std::string_view kSumHeader =
    "# schemac.sum: SHA-256 of every migration file, chained in order. Each line is\n"
    "#   <file> <sha256 of the file> <sha256 of this line's file hash, name and the line before>\n"
    "# so an edited, reordered or inserted migration breaks the chain from that line on.\n"
    "# Written by `schemac migrate new` and `schemac migrate hash`; do not edit.\n";

}  // namespace

const Migration* MigrationDirectory::find(std::string_view version) const {
  for (const auto& m : migrations) {
    if (m.version == version) return &m;
  }
  return nullptr;
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw Error("internal error: SHA-256 failed");
  }
  std::string hex;
  hex.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

ScriptDirectives read_directives(FileId file, const SourceSet& sources, Diagnostics& diagnostics) {
  ScriptDirectives out;
  const std::string& text = sources.file(file).text;
  static const std::regex prefix(R"(^--[ \t]*schemac:)");
  static const std::regex directive(R"(^--[ \t]*schemac:([A-Za-z_-]+)(?:[ \t]+([^ \t\r\n]+))?[ \t\r]*$)");
  // A directive is a comment of its own: a line of a string literal or a function body that
  // happens to read like one (schemac writes comments and labels into migrations) is not.
  std::vector<pg::TextSpan> comments;
  if (text.find("schemac:") != std::string::npos) comments = pg::comment_spans(text);
  auto comment_starts_at = [&](std::size_t offset) {
    return std::any_of(comments.begin(), comments.end(), [&](const pg::TextSpan& c) { return c.offset == offset; });
  };
  std::size_t offset = 0;
  while (offset < text.size()) {
    std::size_t end = text.find('\n', offset);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(offset, end - offset);
    if (std::regex_search(line, prefix) && comment_starts_at(offset)) {
      SourceLocation where{file, static_cast<std::uint32_t>(offset)};
      std::smatch m;
      std::string name = std::regex_match(line, m, directive) ? m[1].str() : std::string();
      std::string value = m.size() > 2 ? m[2].str() : std::string();
      if (name == "no-transaction" && value.empty()) {
        out.transaction = false;
      } else if ((name == "lock-timeout" || name == "statement-timeout") && valid_duration(value)) {
        (name == "lock-timeout" ? out.lock_timeout : out.statement_timeout) = value;
      } else if (name == "lock-timeout" || name == "statement-timeout") {
        diagnostics.error(where, fmt::format("schemac:{} needs a duration such as 5s, 500ms, 2min or 0", name),
                          "bad-directive");
      } else {
        diagnostics.error(where,
                          "unknown schemac directive; known: -- schemac:no-transaction, -- schemac:lock-timeout "
                          "<duration>, -- schemac:statement-timeout <duration>",
                          "bad-directive");
      }
    }
    offset = end + 1;
  }
  return out;
}

MigrationDirectory read_migrations(const fs::path& dir, SourceSet& sources, Diagnostics& diagnostics) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return MigrationDirectory{dir, {}};
  if (!fs::is_directory(dir, ec)) throw Error(fmt::format("{} is not a directory", dir.string()));
  std::vector<fs::path> paths;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".sql") paths.push_back(it->path());
  }
  if (ec) throw Error(fmt::format("cannot read {}: {}", dir.string(), ec.message()));
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& path : paths) {
    auto text = read_file(path);
    if (!text) throw Error(fmt::format("cannot read {}", path.string()));
    files.emplace_back(path.filename().string(), std::move(*text));
  }
  return read_migration_files(dir, std::move(files), sources, diagnostics);
}

MigrationDirectory read_migration_files(const fs::path& dir, std::vector<std::pair<std::string, std::string>> files,
                                        SourceSet& sources, Diagnostics& diagnostics) {
  MigrationDirectory out;
  out.dir = dir;
  std::sort(files.begin(), files.end());
  std::map<std::string, Migration> by_version;
  std::map<std::string, MigrationScript> downs;
  std::map<std::string, std::string> down_names;
  for (auto& [file_name, text] : files) {
    fs::path path = dir / file_name;
    FileId id = sources.add(path.string(), std::move(text));
    // Statements are split with libpg_query, which reads C strings: whatever followed a NUL
    // byte would silently not run, and the file would still be recorded as applied.
    if (auto fault = find_text_fault(sources.file(id).text)) {
      diagnostics.error({id, static_cast<std::uint32_t>(fault->offset)}, fault->message, "invalid-text");
    }
    std::smatch m;
    if (!std::regex_match(file_name, m, migration_file_name()) || !valid_timestamp(m[1].str())) {
      diagnostics.error({id, 0},
                        fmt::format("{} is not a migration file name: expected <YYYYMMDDHHMMSS>_<name>.up.sql or "
                                    ".down.sql (UTC timestamp; name of lower-case letters, digits and _)",
                                    file_name),
                        "bad-migration-name");
      continue;
    }
    MigrationScript script{path, id, read_directives(id, sources, diagnostics)};
    std::string version = m[1].str(), name = m[2].str();
    if (m[3].str() == "down") {
      downs.emplace(version, script);
      down_names.emplace(version, name);
      continue;
    }
    auto [it, inserted] = by_version.try_emplace(version);
    if (!inserted) {
      diagnostics.error({id, 0},
                        fmt::format("version {} is used by both {} and {}: versions must be unique", version,
                                    it->second.label() + ".up.sql", file_name),
                        "duplicate-migration-version");
      continue;
    }
    it->second.version = version;
    it->second.name = name;
    it->second.up = script;
    it->second.checksum = sha256_hex(sources.file(id).text);
  }
  for (auto& [version, script] : downs) {
    auto it = by_version.find(version);
    if (it == by_version.end() || it->second.name != down_names[version]) {
      diagnostics.error({script.file, 0},
                        fmt::format("{} has no matching {}_{}.up.sql", script.path.filename().string(), version,
                                    down_names[version]),
                        "orphan-down-migration");
      continue;
    }
    it->second.down = script;
  }
  for (auto& [version, m] : by_version) out.migrations.push_back(std::move(m));
  return out;
}

bool valid_version(const std::string& version) {
  static const std::regex digits("^[0-9]{14}$");
  return std::regex_match(version, digits) && valid_timestamp(version);
}

std::string version_after(const std::string& version) {
  std::tm t{};
  t.tm_year = std::stoi(version.substr(0, 4)) - 1900;
  t.tm_mon = std::stoi(version.substr(4, 2)) - 1;
  t.tm_mday = std::stoi(version.substr(6, 2));
  t.tm_hour = std::stoi(version.substr(8, 2));
  t.tm_min = std::stoi(version.substr(10, 2));
  t.tm_sec = std::stoi(version.substr(12, 2)) + 1;
  std::time_t next = timegm(&t);
  std::tm utc{};
  gmtime_r(&next, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y%m%d%H%M%S", &utc);
  return buffer;
}

std::string next_version(const MigrationDirectory& migrations) {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y%m%d%H%M%S", &utc);
  std::string version = buffer;
  // The clock behind the newest migration (or two created within a second): the next second
  // after it, so the order holds.
  if (!migrations.migrations.empty() && migrations.migrations.back().version >= version) {
    version = version_after(migrations.migrations.back().version);
  }
  return version;
}

std::string render_sum(const MigrationDirectory& migrations, const SourceSet& sources) {
  std::string out(kSumHeader);
  for (const auto& e : expected_entries(migrations, sources)) out += e.name + " " + e.content_hash + " " + e.chain + "\n";
  return out;
}

std::vector<SumProblem> verify_sum(const MigrationDirectory& migrations, const SourceSet& sources) {
  return verify_sum_text(migrations, sources, read_file(migrations.dir / kSumFileName));
}

std::vector<SumProblem> verify_sum_text(const MigrationDirectory& migrations, const SourceSet& sources,
                                        const std::optional<std::string>& text) {
  std::vector<SumProblem> problems;
  std::vector<SumEntry> expected = expected_entries(migrations, sources);
  if (!text) {
    if (!expected.empty()) {
      problems.push_back({kSumFileName, "is missing: run `schemac migrate hash` to pin the migration files"});
    }
    return problems;
  }
  std::vector<SumEntry> recorded;
  std::size_t line_number = 0;
  for (std::size_t offset = 0; offset < text->size();) {
    std::size_t end = text->find('\n', offset);
    if (end == std::string::npos) end = text->size();
    std::string line = text->substr(offset, end - offset);
    offset = end + 1;
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    static const std::regex entry(R"(^(\S+) ([0-9a-f]{64}) ([0-9a-f]{64})$)");
    std::smatch m;
    if (!std::regex_match(line, m, entry)) {
      problems.push_back({kSumFileName, fmt::format("line {} is not `<file> <sha256> <sha256>`", line_number)});
      continue;
    }
    recorded.push_back({m[1].str(), m[2].str(), m[3].str()});
  }

  std::map<std::string, const SumEntry*> recorded_by_name, expected_by_name;
  for (const auto& e : recorded) recorded_by_name[e.name] = &e;
  for (const auto& e : expected) expected_by_name[e.name] = &e;
  std::string last_recorded = recorded.empty() ? std::string() : recorded.back().name;
  for (const auto& e : expected) {
    auto r = recorded_by_name.find(e.name);
    if (r == recorded_by_name.end()) {
      bool inserted = !last_recorded.empty() && e.name < last_recorded;
      problems.push_back({e.name, inserted ? "was inserted before migrations already recorded in schemac.sum: give it "
                                             "a version after the newest one"
                                           : "is not recorded in schemac.sum: create migrations with `schemac "
                                             "migrate new`, or run `schemac migrate hash` after writing one by hand"});
    } else if (r->second->content_hash != e.content_hash) {
      problems.push_back({e.name, "was edited after it was recorded in schemac.sum: applied migrations must not "
                                  "change; write a new migration instead (or run `schemac migrate hash` if it was "
                                  "never applied anywhere)"});
    }
  }
  for (const auto& r : recorded) {
    if (!expected_by_name.count(r.name)) {
      problems.push_back({r.name, "is recorded in schemac.sum but the file is missing"});
    }
  }
  if (problems.empty()) {
    // Same files, same contents: what is left is the order, or a hand-edited sum file.
    for (std::size_t i = 0; i < expected.size() && i < recorded.size(); ++i) {
      if (expected[i].name != recorded[i].name) {
        problems.push_back({expected[i].name, fmt::format("is out of the order recorded in schemac.sum (recorded "
                                                          "there: {})",
                                                          recorded[i].name)});
        break;
      }
      if (expected[i].chain != recorded[i].chain) {
        problems.push_back({kSumFileName, fmt::format("the chained hash of {} does not match: the sum file was "
                                                      "edited by hand; run `schemac migrate hash`",
                                                      expected[i].name)});
        break;
      }
    }
  }
  return problems;
}

}  // namespace schemac
