// Binding and normalizing SQL expressions (defaults, checks, index expressions, ...).
//
// `bind_expression` resolves names the way PostgreSQL would with `search_path = public`
// (so `public.` is dropped and other schemas are kept), rewrites typed literals to the text
// PostgreSQL prints back, and records what the expression refers to. The normalized `key`
// additionally spells IN, BETWEEN and LIKE the way PostgreSQL stores them and drops casts
// PostgreSQL inserts on its own (on literals, and implicit casts such as varchar -> text on
// columns), so a schema file and the database's pg_get_expr() text get the same key.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "canonical/types.hpp"
#include "pg/tree.hpp"
#include "schemac/catalog.hpp"
#include "schemac/diagnostics.hpp"

namespace schemac::canonical {

/// Catalog lookups the binder needs; each resolves a possibly qualified name.
struct NameLookup {
  TypeLookup is_type;
  /// Finds a sequence by its (unqualified or qualified) name parts through the search path.
  std::function<std::optional<QualifiedName>(const std::vector<std::string>& parts,
                                             const SearchPath& path)>
      find_sequence;
};

struct ExpressionContext {
  const SearchPath* search_path = nullptr;
  const NameLookup* names = nullptr;
  /// The table the expression belongs to (its columns may be referenced), or null.
  const QualifiedName* table = nullptr;
  const std::map<std::string, TypeRef>* columns = nullptr;
  /// Column references are an error here (DEFAULT expressions).
  bool forbid_columns = false;
  /// The type the value is stored as (column defaults): bare literals are read as this type.
  const TypeRef* assigned_type = nullptr;
  FileId file = kNoFile;
  std::uint32_t base_offset = 0;  // added to node locations for diagnostics
  Diagnostics* diagnostics = nullptr;
};

/// Binds `raw` (a parse-tree expression) into a canonical Expression. Problems (unknown
/// column, unknown sequence, bad type) are reported to `ctx.diagnostics`.
Expression bind_expression(const pg_query::Node& raw, const ExpressionContext& ctx);

/// Distinct column names an expression refers to, in order of first appearance.
std::vector<std::string> referenced_columns(const Expression& expr);

/// Parses a string such as 'public."My Seq"' the way regclass input does.
std::vector<std::string> parse_qualified_name_text(std::string_view text);

}  // namespace schemac::canonical
