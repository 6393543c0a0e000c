// Column types: from a parsed TypeName to the canonical TypeRef, and back to a TypeName node.
//
// Built-in types are identified by their internal name (the grammar already maps `int` to
// pg_catalog.int4, `varchar` to pg_catalog.varchar, ...). A name is a catalog type when the
// search path finds it among the catalog's types; anything else is a built-in or an
// extension's type, resolved through `search_path` at run time.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pg/tree.hpp"
#include "schemac/catalog.hpp"

namespace schemac::canonical {

using SearchPath = std::vector<std::string>;

/// Returns true when `name` is a type declared in the catalog being built.
using TypeLookup = std::function<bool(const QualifiedName& name)>;

struct TypeResolution {
  std::optional<TypeRef> type;
  std::string error;  // set when the TypeName cannot be a column type
};

TypeResolution resolve_type(const pg_query::TypeName& type_name, const SearchPath& search_path,
                            const TypeLookup& is_catalog_type);

/// Fills `out` with the TypeName that spells `type` (used in rewritten expression trees).
void write_type_name(const TypeRef& type, pg_query::TypeName* out);

/// Internal name of the serial pseudo-type's integer type ("int4" for serial), or empty.
std::string serial_integer_type(const pg_query::TypeName& type_name);

/// Built-in numeric types whose literals are compared as numbers.
bool is_numeric_type(const std::string& internal_name);

/// True when PostgreSQL casts a value of `from` to `to` implicitly (and prints the cast it
/// inserted), so the cast carries no meaning of its own.
bool is_implicit_cast(const TypeRef& from, const TypeRef& to);

}  // namespace schemac::canonical
