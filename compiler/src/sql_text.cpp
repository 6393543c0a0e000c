#include "schemac/sql_text.hpp"

#include <mutex>
#include <unordered_map>

#include <fmt/format.h>

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

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not one. Strict as
// PostgreSQL's pg_utf8_islegal: no overlong forms, no surrogates, nothing above U+10FFFF.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char second = byte(i + 1);
  if (lead == 0xE0 && second < 0xA0) return 0;   // overlong
  if (lead == 0xED && second > 0x9F) return 0;   // UTF-16 surrogate
  if (lead == 0xF0 && second < 0x90) return 0;   // overlong
  if (lead == 0xF4 && second > 0x8F) return 0;   // above U+10FFFF
  return length;
}

}  // namespace

std::optional<TextFault> find_text_fault(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\0') return TextFault{i, "the file contains a NUL byte, which SQL text cannot hold"};
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      return TextFault{i, fmt::format("the file is not valid UTF-8 here (byte 0x{:02X}); schemac reads files as UTF-8",
                                      static_cast<unsigned char>(text[i]))};
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace schemac
