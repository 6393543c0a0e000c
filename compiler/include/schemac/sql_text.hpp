// Spelling names and literals in SQL exactly as PostgreSQL reads them back.
//
// Every name and literal that schemac prints goes through these functions: a name with quotes,
// spaces, upper case, a keyword or unicode is quoted; a literal can never end early. Nothing
// else in schemac splices text into SQL.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "schemac/catalog.hpp"

namespace schemac {

/// PostgreSQL's quote_ident: quoted unless it is lower case [a-z_][a-z0-9_]* and not a
/// keyword that needs quoting.
std::string quote_ident(std::string_view name);

/// `schema.name`, each part quoted as needed; always qualified.
std::string quote_qualified(const QualifiedName& name);

/// A string literal: '...' with quotes doubled, or E'...' when it holds backslashes (so the
/// result is the same whatever standard_conforming_strings says).
std::string quote_literal(std::string_view value);

/// Length limit PostgreSQL applies to identifiers (NAMEDATALEN - 1 bytes).
inline constexpr std::size_t kMaxIdentifierBytes = 63;

/// Truncates `name` to at most `max_bytes` without splitting a UTF-8 character.
std::string clip_identifier(std::string_view name, std::size_t max_bytes = kMaxIdentifierBytes);

/// Where and why a file cannot be SQL text: a NUL byte (libpg_query reads C strings, so the
/// text would silently end there) or bytes that are not UTF-8 (schema and migration files are
/// read as UTF-8, and PostgreSQL refuses them in a UTF-8 session).
struct TextFault {
  std::size_t offset = 0;
  std::string message;
};

/// The first fault in `text`, or nothing when it is valid UTF-8 without a NUL byte.
std::optional<TextFault> find_text_fault(std::string_view text);

}  // namespace schemac
