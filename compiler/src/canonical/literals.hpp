// Typed literals as PostgreSQL prints them back.
//
// PostgreSQL stores `'90 minutes'::interval` as an interval value and prints it as
// '01:30:00'; `'{"b":1}'` on a jsonb column comes back as '{"b": 1}'. To compare a schema file
// with a database, a literal is rewritten to the text the type's output function would print
// (with TimeZone=UTC, DateStyle=ISO, IntervalStyle=postgres, as introspection pins them).
// Formats not recognised here are left as written.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace schemac::canonical {

/// Canonical text of `text` read as a value of the built-in type `type` (internal name, e.g.
/// "int4", "timestamptz", "jsonb"); `is_array` for arrays of that type. nullopt when the type
/// is not handled or the text is not in a recognised format.
std::optional<std::string> canonical_literal(std::string_view type, bool is_array,
                                             std::string_view text);

/// numeric_out's text for a number literal such as "1e3" or "01.50"; nullopt if not a number.
std::optional<std::string> canonical_number(std::string_view text);

/// "true"/"false" for PostgreSQL's boolean spellings; nullopt otherwise.
std::optional<bool> parse_boolean(std::string_view text);

}  // namespace schemac::canonical
