// Reading the migrations directory and keeping its sum file.
#include <fmt/format.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "pg/comments.hpp"
#include "schemac/file_io.hpp"
#include "schemac/migrations.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

namespace fs = std::filesystem;

namespace {

// No std::regex here: libstdc++ matches recursively, one stack frame per character, so a long
// line in a migration or in schemac.sum would overflow the stack (found by fuzz_migrations).

template <typename Predicate>
bool all_chars(std::string_view text, Predicate predicate) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [&](char c) { return predicate(c); });
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool valid_timestamp(const std::string& v) {
  int month = std::stoi(v.substr(4, 2)), day = std::stoi(v.substr(6, 2));
  int hour = std::stoi(v.substr(8, 2)), minute = std::stoi(v.substr(10, 2)), second = std::stoi(v.substr(12, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
}

// `<YYYYMMDDHHMMSS>_<name>.up.sql` or `.down.sql`, name of [a-z0-9_].
struct MigrationFileName {
  std::string version, name;
  bool down = false;
};

std::optional<MigrationFileName> parse_migration_file_name(std::string_view file_name) {
  MigrationFileName out;
  std::string_view rest = file_name;
  if (rest.ends_with(".up.sql")) {
    rest.remove_suffix(7);
  } else if (rest.ends_with(".down.sql")) {
    rest.remove_suffix(9);
    out.down = true;
  } else {
    return std::nullopt;
  }
  if (rest.size() < 16 || rest[14] != '_' || !all_chars(rest.substr(0, 14), is_digit)) return std::nullopt;
  std::string_view name = rest.substr(15);
  if (!all_chars(name, [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '_'; })) return std::nullopt;
  out.version = std::string(rest.substr(0, 14));
  out.name = std::string(name);
  return out;
}

// A duration PostgreSQL accepts for lock_timeout/statement_timeout: 0, or a number with an
// optional unit.
bool valid_duration(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && is_digit(text[digits])) ++digits;
  std::string_view unit = text.substr(digits);
  return digits > 0 && (unit.empty() || unit == "ms" || unit == "s" || unit == "min" || unit == "h" || unit == "d");
}

// `--[ \t]*schemac:` at the start of `line`: the rest of the line after it.
std::optional<std::string_view> after_directive_prefix(std::string_view line) {
  if (!line.starts_with("--")) return std::nullopt;
  std::size_t at = 2;
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  if (line.substr(at, 8) != "schemac:") return std::nullopt;
  return line.substr(at + 8);
}

// `<name>[ \t]+<value>` or `<name>`, then only blanks: {name, value}; {"", ""} when malformed.
std::pair<std::string, std::string> split_directive(std::string_view rest) {
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) rest.remove_suffix(1);
  std::size_t name_end = 0;
  while (name_end < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[name_end])) || rest[name_end] == '_' ||
                                    rest[name_end] == '-')) {
    ++name_end;
  }
  std::string_view name = rest.substr(0, name_end), tail = rest.substr(name_end);
  if (name.empty()) return {};
  if (tail.empty()) return {std::string(name), ""};
  std::size_t value_start = 0;
  while (value_start < tail.size() && (tail[value_start] == ' ' || tail[value_start] == '\t')) ++value_start;
  std::string_view value = tail.substr(value_start);
  if (value_start == 0 || value.find_first_of(" \t\r\n") != std::string_view::npos) return {};
  return {std::string(name), std::string(value)};
}

struct SumEntry {
  std::string name;
  std::string content_hash;
  std::string chain;
};

// One line of schemac.sum: `<file> <sha256> <sha256>`.
std::optional<SumEntry> parse_sum_line(std::string_view line) {
  auto is_hex = [](char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); };
  if (line.size() < 1 + 1 + 64 + 1 + 64) return std::nullopt;
  std::string_view chained = line.substr(line.size() - 64), content = line.substr(line.size() - 129, 64);
  std::string_view name = line.substr(0, line.size() - 130);
  if (line[line.size() - 65] != ' ' || line[line.size() - 130] != ' ') return std::nullopt;
  auto not_space = [](char c) { return !std::isspace(static_cast<unsigned char>(c)); };
  if (!all_chars(chained, is_hex) || !all_chars(content, is_hex) || !all_chars(name, not_space)) {
    return std::nullopt;
  }
  return SumEntry{std::string(name), std::string(content), std::string(chained)};
}

std::string chain_hash(const std::string& previous, const std::string& name, const std::string& content_hash) {
  return sha256_hex(previous + "\n" + name + "\n" + content_hash);
}

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
    std::string_view line = std::string_view(text).substr(offset, end - offset);
    std::optional<std::string_view> rest = after_directive_prefix(line);
    if (rest && comment_starts_at(offset)) {
      SourceLocation where{file, static_cast<std::uint32_t>(offset)};
      auto [name, value] = split_directive(*rest);
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
    std::optional<MigrationFileName> parsed = parse_migration_file_name(file_name);
    if (!parsed || !valid_timestamp(parsed->version)) {
      diagnostics.error({id, 0},
                        fmt::format("{} is not a migration file name: expected <YYYYMMDDHHMMSS>_<name>.up.sql or "
                                    ".down.sql (UTC timestamp; name of lower-case letters, digits and _)",
                                    file_name),
                        "bad-migration-name");
      continue;
    }
    MigrationScript script{path, id, read_directives(id, sources, diagnostics)};
    std::string version = parsed->version, name = parsed->name;
    if (parsed->down) {
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
  return version.size() == 14 && all_chars(version, is_digit) && valid_timestamp(version);
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
    std::optional<SumEntry> entry = parse_sum_line(line);
    if (!entry) {
      problems.push_back({kSumFileName, fmt::format("line {} is not `<file> <sha256> <sha256>`", line_number)});
      continue;
    }
    recorded.push_back(std::move(*entry));
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
