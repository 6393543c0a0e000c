// Binding and normalizing SQL expressions and queries.
//
// `bind_expression` / `bind_query` resolve names the way PostgreSQL does with
// `search_path = public` (so `public.` is dropped and other schemas are kept), qualify column
// references where PostgreSQL prints them qualified (inside queries: `t.id`; at the top of a
// table's own expression: `id`), expand `*`, name every output column, replace ORDER BY /
// GROUP BY positions by expressions, rewrite typed literals to the text PostgreSQL prints back,
// and record what the expression refers to. The normalized `key` additionally spells IN,
// BETWEEN and LIKE the way PostgreSQL stores them and drops the casts PostgreSQL inserts on its
// own (on literals; implicit ones such as varchar -> text wherever the argument's type is
// known), so a schema file and the database's printed definition get the same key.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "canonical/types.hpp"
#include "pg/tree.hpp"
#include "schemac/catalog.hpp"
#include "schemac/diagnostics.hpp"

namespace schemac::canonical {

/// A relation's columns as queries see them.
struct RelationColumns {
  QualifiedName name;
  ObjectKind kind = ObjectKind::table;  // table or view
  std::vector<std::pair<std::string, std::optional<TypeRef>>> columns;
};

/// What the binder needs to know about a catalog function to resolve a call.
struct FunctionInfo {
  QualifiedName name;
  std::string key;  // ObjectKey name: the signature
  std::size_t min_args = 0, max_args = 0;
  bool variadic = false;
  std::optional<TypeRef> return_type;
  bool returns_set = false;
};

/// Catalog lookups the binder needs; each resolves a possibly qualified name.
struct NameLookup {
  TypeLookup is_type;
  std::function<std::optional<QualifiedName>(const std::vector<std::string>& parts, const SearchPath& path)>
      find_sequence;
  std::function<std::optional<RelationColumns>(const std::vector<std::string>& parts, const SearchPath& path)>
      find_relation;
  std::function<std::vector<FunctionInfo>(const std::vector<std::string>& parts, const SearchPath& path)>
      find_functions;
  /// A domain's base type (for literals assigned to domain-typed values).
  std::function<std::optional<TypeRef>(const TypeRef& type)> base_type;
  /// The type of a field of a composite type or of a relation's row type.
  std::function<std::optional<TypeRef>(const TypeRef& type, const std::string& field)> field_type;
};

/// A pseudo relation visible to an expression, e.g. NEW and OLD in a trigger's WHEN.
struct PseudoRelation {
  std::string refname;
  const std::map<std::string, TypeRef>* columns = nullptr;
};

struct ExpressionContext {
  const SearchPath* search_path = nullptr;
  const NameLookup* names = nullptr;
  /// The table the expression belongs to (its columns are visible unqualified), or null.
  const QualifiedName* table = nullptr;
  const std::map<std::string, TypeRef>* columns = nullptr;
  /// Relations visible by name (qualified references only), e.g. new/old.
  std::vector<PseudoRelation> pseudo_relations;
  /// Domain CHECK constraints: the type of VALUE.
  const TypeRef* value_type = nullptr;
  /// SQL-standard function bodies: the function's parameters in order (name, type), referred
  /// to by bare name, by `function.name`, or as $n; `function_name` qualifies them.
  const std::vector<std::pair<std::string, TypeRef>>* parameters = nullptr;
  std::string function_name;
  /// Do not report names that cannot be resolved (statements the binder does not scope, such
  /// as INSERT/UPDATE in a BEGIN ATOMIC body).
  bool lenient = false;
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

struct BoundQuery {
  Expression query;
  std::vector<ViewColumn> columns;  // output columns (names as given by `column_names` first)
};
/// Binds a SELECT (a view's query). `column_names` renames the first output columns.
BoundQuery bind_query(const pg_query::Node& select, const ExpressionContext& ctx,
                      const std::vector<std::string>& column_names = {});

/// Distinct column names an expression refers to, in order of first appearance.
std::vector<std::string> referenced_columns(const Expression& expr);

/// Parses a string such as 'public."My Seq"' the way regclass input does.
std::vector<std::string> parse_qualified_name_text(std::string_view text);

/// Relations and functions a statement refers to (function bodies): names resolved through
/// `lookup`, for ordering. Unknown names are ignored.
std::vector<ObjectKey> statement_references(const pg_query::Node& stmt, const NameLookup& lookup,
                                            const SearchPath& path);

}  // namespace schemac::canonical
