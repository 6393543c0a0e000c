// The --type-map file: C++ types chosen by the user for PostgreSQL types or single columns.
//
//   # comment
//   type tsrange = ::myapp::ts_range
//   type real[] = ::std::vector<float>
//   type "my schema".money_amount = ::myapp::money
//   column calendar.memory_embedding.embedding = ::std::vector<float>
//   include "myapp/pg_types.hpp"
//
// One directive a line. Names are SQL identifiers (double quotes keep case and spaces); types
// are internal names (int4, timestamptz, ...) or the usual SQL spellings of built-ins.
#include <fmt/format.h>

#include <map>

#include "codegen/model.hpp"

namespace schemac {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits "a.b.\"c.d\"" into SQL identifiers: quoted parts exactly, unquoted ones lower-cased.
bool split_sql_names(std::string_view text, std::vector<std::string>* out) {
  out->clear();
  std::size_t i = 0;
  while (true) {
    std::string part;
    if (i < text.size() && text[i] == '"') {
      ++i;
      while (true) {
        if (i >= text.size()) return false;
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            part += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        part += text[i++];
      }
    } else {
      std::size_t start = i;
      while (i < text.size() && text[i] != '.') ++i;
      part = codegen::fold_case(trim(text.substr(start, i - start)));
      if (part.empty()) return false;
    }
    out->push_back(part);
    if (i == text.size()) return true;
    if (text[i] != '.') return false;
    ++i;
  }
}

// SQL spellings of built-in types, to their internal names.
const std::map<std::string, std::string>& type_aliases() {
  static const std::map<std::string, std::string> aliases = {
      {"smallint", "int2"},
      {"integer", "int4"},
      {"int", "int4"},
      {"bigint", "int8"},
      {"real", "float4"},
      {"double precision", "float8"},
      {"float", "float8"},
      {"boolean", "bool"},
      {"decimal", "numeric"},
      {"character varying", "varchar"},
      {"character", "bpchar"},
      {"char", "bpchar"},
      {"timestamp with time zone", "timestamptz"},
      {"timestamp without time zone", "timestamp"},
      {"time with time zone", "timetz"},
      {"time without time zone", "time"},
      {"bit varying", "varbit"},
  };
  return aliases;
}

bool valid_cpp_type(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == ':' || c == '<' || c == '>' || c == ',' || c == ' ' || c == '*' || c == '&';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

TypeMap parse_type_map(FileId file, const SourceSet& sources, Diagnostics& diagnostics) {
  TypeMap map;
  const std::string& text = sources.file(file).text;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    std::string_view raw(text.data() + line_start, line_end - line_start);
    std::size_t indent = raw.find_first_not_of(" \t");
    SourceLocation at{file, static_cast<std::uint32_t>(line_start + (indent == std::string_view::npos ? 0 : indent))};
    std::string_view line = trim(raw);
    line_start = line_end + 1;
    if (line.empty() || line.front() == '#') continue;

    std::size_t space = line.find_first_of(" \t");
    std::string_view keyword = line.substr(0, space);
    std::string_view rest = space == std::string_view::npos ? std::string_view() : trim(line.substr(space));
    if (keyword == "include") {
      bool quoted = rest.size() >= 3 && ((rest.front() == '"' && rest.back() == '"') || (rest.front() == '<' && rest.back() == '>'));
      if (!quoted) {
        diagnostics.error(at, "include needs a header in quotes or angle brackets, e.g. include \"myapp/types.hpp\"",
                          "invalid-type-map");
        continue;
      }
      map.includes.emplace_back(rest);
      continue;
    }
    if (keyword != "type" && keyword != "column") {
      diagnostics.error(at, fmt::format("unknown type map directive \"{}\" (expected type, column or include)", keyword),
                        "invalid-type-map");
      continue;
    }
    std::size_t equals = rest.rfind('=');
    if (equals == std::string_view::npos) {
      diagnostics.error(at, fmt::format("expected \"{} <name> = <C++ type>\"", keyword), "invalid-type-map");
      continue;
    }
    std::string_view selector = trim(rest.substr(0, equals));
    std::string_view cpp_type = trim(rest.substr(equals + 1));
    if (!valid_cpp_type(cpp_type)) {
      diagnostics.error(at, fmt::format("\"{}\" is not a C++ type name", cpp_type), "invalid-type-map");
      continue;
    }
    TypeOverride entry;
    entry.cpp_type = std::string(cpp_type);
    entry.location = at;
    if (keyword == "type") {
      if (selector.size() > 2 && selector.substr(selector.size() - 2) == "[]") {
        entry.type.is_array = true;
        selector = trim(selector.substr(0, selector.size() - 2));
      }
      std::vector<std::string> parts;
      if (!split_sql_names(selector, &parts) || parts.size() > 2) {
        diagnostics.error(at, fmt::format("\"{}\" is not a type name (name or schema.name)", selector), "invalid-type-map");
        continue;
      }
      entry.type.name = parts.back();
      if (parts.size() == 2 && parts[0] != "pg_catalog") entry.type.schema = parts[0];
      if (entry.type.schema.empty()) {
        auto alias = type_aliases().find(entry.type.name);
        if (alias != type_aliases().end()) entry.type.name = alias->second;
      }
    } else {
      entry.for_column = true;
      std::vector<std::string> parts;
      if (!split_sql_names(selector, &parts) || parts.size() != 3) {
        diagnostics.error(at, fmt::format("\"{}\" is not a column name (schema.table.column)", selector), "invalid-type-map");
        continue;
      }
      entry.table = QualifiedName{parts[0], parts[1]};
      entry.column = parts[2];
    }
    map.overrides.push_back(std::move(entry));
  }
  return map;
}

}  // namespace schemac
