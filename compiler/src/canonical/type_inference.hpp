// Result types of expressions, as far as schemac can tell without a database.
//
// Views need their column types (to decide between CREATE OR REPLACE and a rebuild, and for
// generated C++), and implicit casts can only be recognised when the type of what is cast is
// known. This covers literals, columns, casts, operators and the common built-in functions
// and aggregates; anything else is unknown (nullopt), never guessed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemac/catalog.hpp"

namespace schemac::canonical {

inline TypeRef builtin(const char* name, bool array = false) { return TypeRef{"", name, {}, array}; }

/// Type of a call to the built-in function `name` with arguments of the given types.
std::optional<TypeRef> builtin_function_type(const std::string& name, const std::vector<std::optional<TypeRef>>& args,
                                             bool star);

/// Type of `left op right` (left is nullopt for prefix operators).
std::optional<TypeRef> operator_type(const std::string& op, const std::optional<TypeRef>& left,
                                     const std::optional<TypeRef>& right);

/// The common type of CASE/COALESCE branches: the first known one (unknown literals aside).
std::optional<TypeRef> common_type(const std::vector<std::optional<TypeRef>>& types);

}  // namespace schemac::canonical
