#include "schemac/sql_text.hpp"

#include <mutex>
#include <unordered_map>

#include "pg/tree.hpp"

namespace schemac {

namespace {

bool plain_identifier_chars(std::string_view name) {
  if (name.empty()) return false;
  char first = name.front();
  if (!((first >= 'a' && first <= 'z') || first == '_')) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

std::string quote_ident(std::string_view name) {
  bool safe = plain_identifier_chars(name) && !pg::keyword_needs_quoting(name);
  if (safe) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string quote_qualified(const QualifiedName& name) {
  return quote_ident(name.schema) + "." + quote_ident(name.name);
}

std::string quote_literal(std::string_view value) {
  bool has_backslash = value.find('\\') != std::string_view::npos;
  std::string out = has_backslash ? "E'" : "'";
  for (char c : value) {
    if (c == '\'') out += '\'';
    if (c == '\\') out += '\\';
    out += c;
  }
  out += '\'';
  return out;
}

std::string clip_identifier(std::string_view name, std::size_t max_bytes) {
  if (name.size() <= max_bytes) return std::string(name);
  std::size_t len = max_bytes;
  // Step back to the start of a UTF-8 character.
  while (len > 0 && (static_cast<unsigned char>(name[len]) & 0xC0) == 0x80) --len;
  return std::string(name.substr(0, len));
}

}  // namespace schemac
