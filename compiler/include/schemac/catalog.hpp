// The catalog: one value type for a database schema, whichever front end produced it.
//
// Schema files (frontend.hpp) and a live database (introspect.hpp) both produce a `Catalog` in
// canonical form, so that two catalogs that mean the same thing compare equal field by field:
// type aliases are resolved, implicit names are filled in, expressions are compared through a
// normalized parse tree. `operator==` on these types is therefore semantic equality. Source
// locations are carried for diagnostics and never take part in comparisons.
//
// This header has no I/O and no dependency on libpg_query or libpqxx.
#pragma once

#include <compare>
#include <map>
#include <tuple>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "schemac/diagnostics.hpp"

namespace schemac {

struct QualifiedName {
  std::string schema;
  std::string name;
  friend auto operator<=>(const QualifiedName&, const QualifiedName&) = default;
  friend bool operator==(const QualifiedName&, const QualifiedName&) = default;
};

// ---- Object identity, shared by diff and plan -------------------------------------------

enum class ObjectKind : std::uint8_t {
  schema,
  extension,
  type,
  sequence,
  sequence_ownership,  // ALTER SEQUENCE ... OWNED BY: separate so serial columns have no cycle
  table,
  column,
  constraint,
  index,
  view,            // views
  materialized_view,
  domain_constraint,  // schema/domain/constraint
  function,        // functions and procedures; name is "fname(argtypes)"
  trigger,         // schema/table/trigger
  policy,          // schema/table/policy
  privileges,      // the grants on one object: schema, "<object key text>", grantee
  default_privileges,  // schema (or ""), "<role> <object type>", grantee
  row_security,    // a table's ENABLE/FORCE ROW LEVEL SECURITY flags
  function_name,   // the name overloads share: an old overload goes before a new one is made
  relation_name,   // the per-schema namespace tables, sequences, indexes and views share
};

/// Names one object (or attribute slot) of a catalog: `kind` plus up to three name parts
/// (schema, object, sub-object such as a column or constraint).
struct ObjectKey {
  ObjectKind kind = ObjectKind::schema;
  std::string schema;
  std::string name;
  std::string sub;
  friend auto operator<=>(const ObjectKey&, const ObjectKey&) = default;
  friend bool operator==(const ObjectKey&, const ObjectKey&) = default;
};

/// Where `key` is declared in `catalog` (for a column or constraint: its table's statement when
/// it has no position of its own); unknown when the catalog does not have it.
struct Catalog;
SourceLocation declared_at(const Catalog& catalog, const ObjectKey& key);

/// Human-readable form, e.g. "column public.users.email".
std::string describe(const ObjectKey& key);
const char* kind_name(ObjectKind kind);

/// A `-- schemac:renamed-from <old name>` annotation. Like a source position it never makes two
/// definitions different; the differ uses it to match objects across a rename.
struct RenamedFrom {
  std::string name;
  SourceLocation location;
  [[nodiscard]] bool empty() const { return name.empty(); }
  friend bool operator==(const RenamedFrom&, const RenamedFrom&) { return true; }
};

/// One privilege granted on an object (beyond its owner's, which are not managed).
struct Privilege {
  std::string grantee;    // role name, or "PUBLIC"
  std::string privilege;  // SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, USAGE, CREATE, EXECUTE
  bool grantable = false;
  SourceLocation location;  // the GRANT that gave it (for "role does not exist")
  friend auto operator<=>(const Privilege& a, const Privilege& b) {
    return std::tie(a.grantee, a.privilege, a.grantable) <=> std::tie(b.grantee, b.privilege, b.grantable);
  }
  friend bool operator==(const Privilege& a, const Privilege& b) {
    return a.grantee == b.grantee && a.privilege == b.privilege && a.grantable == b.grantable;
  }
};
using Privileges = std::vector<Privilege>;  // sorted, no duplicates

/// A column type in canonical form.
struct TypeRef {
  /// Empty for built-in types and for types found through `search_path` outside the catalog
  /// (extension types such as citext); otherwise the schema of a catalog type.
  std::string schema;
  /// Internal name for built-ins (`int4`, `varchar`, `timestamptz`), else the type's name.
  std::string name;
  /// Type modifiers as PostgreSQL stores them, e.g. {255} for varchar(255), {10, 2} for
  /// numeric(10,2), interval field masks for interval.
  std::vector<std::int32_t> modifiers;
  /// PostgreSQL ignores declared array bounds: any number of [] is one array type.
  bool is_array = false;

  friend bool operator==(const TypeRef&, const TypeRef&) = default;
};

/// An SQL expression (default, check, index expression, ...) held as libpg_query trees.
///
/// `tree` is the serialized parse tree with names resolved; it is deparsed to SQL when the
/// expression has to be printed (see sql_render.hpp). `key` is the serialized tree after
/// normalization (locations removed, implicit casts stripped, IN/BETWEEN/LIKE spelled the way
/// PostgreSQL stores them): two expressions are equal iff their keys are.
struct Expression {
  std::string tree;
  std::string key;
  /// Catalog objects the expression refers to (columns of its table, sequences, types, ...).
  std::vector<ObjectKey> references;
  friend bool operator==(const Expression& a, const Expression& b) { return a.key == b.key; }
};

struct SequenceOptions {
  std::string type = "int8";  // int2, int4 or int8
  std::int64_t increment = 1;
  std::int64_t min_value = 1;
  std::int64_t max_value = INT64_MAX;
  std::int64_t start = 1;
  std::int64_t cache = 1;
  bool cycle = false;
  friend bool operator==(const SequenceOptions&, const SequenceOptions&) = default;
};

/// PostgreSQL's defaults for a sequence of `type` counting in steps of `increment`.
SequenceOptions default_sequence_options(const std::string& type, std::int64_t increment);

struct Identity {
  bool always = true;  // GENERATED ALWAYS (true) or BY DEFAULT (false)
  SequenceOptions options;
  std::string sequence_name;  // the implicit sequence, in the table's schema
  friend bool operator==(const Identity&, const Identity&) = default;
};

struct Column {
  std::string name;
  TypeRef type;
  std::string collation;  // empty: the type's default collation; else a (qualified) name
  bool not_null = false;
  std::optional<Expression> default_value;
  std::optional<Identity> identity;
  std::optional<Expression> generated;  // GENERATED ALWAYS AS (...) STORED
  std::optional<std::string> comment;
  Privileges privileges;  // column-level grants
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const Column&, const Column&) = default;
};

enum class SortOrder : std::uint8_t { asc, desc };
enum class NullsOrder : std::uint8_t { default_, first, last };

/// One key of an index, exclusion constraint or partition key: a column or an expression.
struct IndexElement {
  std::string column;                   // set for plain columns
  std::optional<Expression> expression;  // set for expressions
  std::string collation;                // empty when the column's own collation applies
  std::string opclass;                  // empty for the default operator class
  std::vector<std::string> opclass_options;  // "name=value"
  SortOrder order = SortOrder::asc;
  NullsOrder nulls = NullsOrder::default_;
  std::string exclusion_operator;  // EXCLUDE constraints only (e.g. "&&")
  friend bool operator==(const IndexElement&, const IndexElement&) = default;
};

enum class ConstraintKind : std::uint8_t { primary_key, unique, foreign_key, check, exclude };
enum class ForeignKeyAction : std::uint8_t { no_action, restrict, cascade, set_null, set_default };
enum class ForeignKeyMatch : std::uint8_t { simple, full, partial };

struct Constraint {
  std::string name;
  ConstraintKind kind = ConstraintKind::check;
  // PRIMARY KEY, UNIQUE, FOREIGN KEY: the table's columns.
  std::vector<std::string> columns;
  // PRIMARY KEY, UNIQUE, EXCLUDE
  std::vector<std::string> include;
  std::vector<std::string> index_options;  // WITH (...) of the constraint's index
  bool nulls_not_distinct = false;
  // FOREIGN KEY
  QualifiedName references;
  std::vector<std::string> referenced_columns;
  ForeignKeyMatch match = ForeignKeyMatch::simple;
  ForeignKeyAction on_delete = ForeignKeyAction::no_action;
  ForeignKeyAction on_update = ForeignKeyAction::no_action;
  std::vector<std::string> on_delete_columns;  // ON DELETE SET NULL (a, b)
  // CHECK
  std::optional<Expression> check;
  bool no_inherit = false;
  // EXCLUDE
  std::string method;
  std::vector<IndexElement> elements;
  std::optional<Expression> where;
  // All kinds
  bool deferrable = false;
  bool initially_deferred = false;
  bool validated = true;  // false: NOT VALID
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const Constraint&, const Constraint&) = default;
};

struct Index {
  QualifiedName name;  // indexes live in their table's schema
  std::string table;   // table name in the same schema
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method = "btree";
  std::vector<IndexElement> elements;
  std::vector<std::string> include;
  std::optional<Expression> where;
  std::vector<std::string> options;  // WITH (...), "name=value"
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const Index&, const Index&) = default;
};

enum class PartitionStrategy : std::uint8_t { range, list, hash };

struct PartitionKey {
  PartitionStrategy strategy = PartitionStrategy::range;
  std::vector<IndexElement> elements;
  friend bool operator==(const PartitionKey&, const PartitionKey&) = default;
};

/// FOR VALUES ... of a partition. Values are canonical literal text ("MINVALUE"/"MAXVALUE" are
/// kept as keywords), compared as text.
struct PartitionBound {
  bool is_default = false;
  std::vector<std::string> in_values;  // LIST
  std::vector<std::string> from, to;   // RANGE
  int modulus = 0, remainder = 0;      // HASH
  friend bool operator==(const PartitionBound&, const PartitionBound&) = default;
};

struct Table {
  QualifiedName name;
  bool unlogged = false;
  std::vector<Column> columns;  // declaration order; order is not compared
  std::vector<Constraint> constraints;
  std::optional<PartitionKey> partition_key;  // PARTITION BY ...
  std::optional<QualifiedName> partition_of;  // this table is a partition of ...
  PartitionBound partition_bound;
  std::vector<std::string> options;  // WITH (...), "name=value", sorted
  bool row_security = false;         // ENABLE ROW LEVEL SECURITY
  bool force_row_security = false;   // FORCE ROW LEVEL SECURITY
  Privileges privileges;
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;

  [[nodiscard]] const Column* find_column(std::string_view column) const;
  [[nodiscard]] const Constraint* find_constraint(std::string_view constraint) const;
  [[nodiscard]] const Constraint* primary_key() const;
};

struct EnumType {
  QualifiedName name;
  std::vector<std::string> labels;
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const EnumType&, const EnumType&) = default;
};

struct Sequence {
  QualifiedName name;
  bool unlogged = false;  // UNLOGGED; serial sequences are created like their table
  SequenceOptions options;
  std::optional<QualifiedName> owned_by_table;
  std::string owned_by_column;
  std::optional<std::string> comment;
  Privileges privileges;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const Sequence&, const Sequence&) = default;
};

struct Extension {
  std::string name;
  std::string schema;
  std::string version;  // empty: not pinned (files) or unknown
  /// nullopt: the control file's default comment; "": explicitly none (COMMENT ... IS NULL);
  /// otherwise a comment of the user's.
  std::optional<std::string> comment;
  /// The comment CREATE EXTENSION sets (known from a database only); "no comment" in a schema
  /// file means this one, so removing a comment restores it.
  std::optional<std::string> default_comment;
  SourceLocation location;
  friend bool operator==(const Extension& a, const Extension& b) {
    return a.name == b.name && a.schema == b.schema && a.version == b.version && a.comment == b.comment;
  }
};

struct Schema {
  std::string name;
  std::optional<std::string> comment;
  Privileges privileges;
  SourceLocation location;
  friend bool operator==(const Schema&, const Schema&) = default;
};

/// CREATE DOMAIN: a base type with a default, NOT NULL and named CHECK constraints.
struct Domain {
  QualifiedName name;
  TypeRef base;
  std::string collation;
  std::optional<Expression> default_value;
  bool not_null = false;
  std::vector<Constraint> checks;  // kind check: name, expression (VALUE), validated
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const Domain&, const Domain&) = default;
};

struct CompositeAttribute {
  std::string name;
  TypeRef type;
  std::string collation;
  std::optional<std::string> comment;
  friend bool operator==(const CompositeAttribute&, const CompositeAttribute&) = default;
};

/// CREATE TYPE ... AS (...).
struct CompositeType {
  QualifiedName name;
  std::vector<CompositeAttribute> attributes;
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const CompositeType&, const CompositeType&) = default;
};

struct ViewColumn {
  std::string name;
  std::optional<TypeRef> type;  // inferred from the query; nullopt when schemac cannot tell
  std::optional<std::string> comment;
  friend bool operator==(const ViewColumn&, const ViewColumn&) = default;
};

/// CREATE VIEW / CREATE MATERIALIZED VIEW. The query is compared as PostgreSQL stores it:
/// columns qualified, `*` expanded, output columns named, ORDER BY/GROUP BY positions
/// replaced by expressions. WITH CHECK OPTION is the `check_option` option, as PostgreSQL
/// keeps it.
struct View {
  QualifiedName name;
  bool materialized = false;
  Expression query;
  std::vector<ViewColumn> columns;
  std::vector<std::string> options;  // reloptions, "name=value", sorted
  bool with_data = true;             // materialized views: WITH NO DATA when false
  Privileges privileges;
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const View&, const View&) = default;
};

struct FunctionArgument {
  std::string name;
  char mode = 'i';  // i in, o out, b inout, v variadic, t column of RETURNS TABLE
  TypeRef type;
  std::optional<Expression> default_value;
  friend bool operator==(const FunctionArgument&, const FunctionArgument&) = default;
};

/// CREATE FUNCTION / CREATE PROCEDURE. Overloads are distinct objects, identified by name and
/// input argument types.
struct Function {
  QualifiedName name;
  bool procedure = false;
  std::vector<FunctionArgument> arguments;  // in declaration order, OUT and TABLE columns too
  std::optional<TypeRef> return_type;       // procedures: none; OUT arguments: derived
  bool returns_set = false;
  std::string language;
  std::string body;                     // the source between the quotes, exactly
  std::optional<Expression> sql_body;   // BEGIN ATOMIC ... END or RETURN expr
  char volatility = 'v';                // i, s, v
  bool strict = false;
  bool security_definer = false;
  bool leakproof = false;
  char parallel = 'u';                  // s, r, u
  double cost = 100;
  double rows = 0;                      // set-returning functions: estimated rows
  std::vector<std::string> settings;    // SET clauses, "name=value" as PostgreSQL stores them
  Privileges privileges;
  /// What the body refers to (functions, relations): for ordering only, since PostgreSQL does
  /// not track references inside string bodies.
  std::vector<ObjectKey> body_references;
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;

  /// "name(integer, text)": the input argument types that identify an overload.
  [[nodiscard]] std::string signature() const;
  friend bool operator==(const Function&, const Function&) = default;
};

enum class TriggerTiming : std::uint8_t { before, after, instead_of };

struct Trigger {
  std::string name;
  QualifiedName table;
  TriggerTiming timing = TriggerTiming::after;
  bool on_insert = false, on_update = false, on_delete = false, on_truncate = false;
  std::vector<std::string> update_columns;  // UPDATE OF ...
  bool for_each_row = false;
  std::optional<Expression> when;
  QualifiedName function;
  std::vector<std::string> arguments;
  std::string old_table, new_table;  // REFERENCING OLD/NEW TABLE AS ...
  bool constraint_trigger = false;
  bool deferrable = false;
  bool initially_deferred = false;
  std::optional<QualifiedName> constraint_from;  // FROM referenced_table
  char enabled = 'O';  // O enabled, D disabled, R replica only, A always
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const Trigger&, const Trigger&) = default;
};

struct Policy {
  std::string name;
  QualifiedName table;
  bool permissive = true;
  std::string command = "all";  // all, select, insert, update, delete
  std::vector<std::string> roles;  // sorted; "public" for PUBLIC
  std::optional<Expression> using_expr;
  std::optional<Expression> check_expr;
  std::optional<std::string> comment;
  RenamedFrom renamed_from;
  SourceLocation location;
  friend bool operator==(const Policy&, const Policy&) = default;
};

/// ALTER DEFAULT PRIVILEGES: what objects created later get.
struct DefaultPrivilege {
  std::string role;         // FOR ROLE; empty: the role that runs the migration
  std::string schema;       // IN SCHEMA; empty: everywhere
  std::string object_type;  // TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS
  Privilege privilege;
  /// A built-in default (EXECUTE on functions, USAGE on types for PUBLIC) taken away.
  bool revoked = false;
  friend auto operator<=>(const DefaultPrivilege& a, const DefaultPrivilege& b) {
    return std::tie(a.role, a.schema, a.object_type, a.privilege, a.revoked) <=>
           std::tie(b.role, b.schema, b.object_type, b.privilege, b.revoked);
  }
  friend bool operator==(const DefaultPrivilege& a, const DefaultPrivilege& b) {
    return std::tie(a.role, a.schema, a.object_type, a.privilege, a.revoked) ==
           std::tie(b.role, b.schema, b.object_type, b.privilege, b.revoked);
  }
};

/// An index PostgreSQL made on a partition for an index or constraint of a table above it,
/// attached to `parent` (the index one level up). Schema files never declare these and the
/// differ never compares them; it reads their names to rename one when a rename above changes
/// the name PostgreSQL would now give it.
struct PartitionIndex {
  QualifiedName name;
  std::string table;  // the partition, in the same schema
  QualifiedName parent;
};

/// A whole database schema. Objects keep the order of their declaration (files) or of their
/// names (introspection); that order only decides the layout of emitted SQL, never equality.
struct Catalog {
  std::vector<Schema> schemas;  // `public` is implicit and never listed
  std::vector<Extension> extensions;
  std::vector<EnumType> enums;
  std::vector<Sequence> sequences;
  std::vector<Domain> domains;
  std::vector<CompositeType> composites;
  std::vector<Table> tables;
  std::vector<Index> indexes;
  std::vector<Function> functions;
  std::vector<View> views;
  std::vector<Trigger> triggers;
  std::vector<Policy> policies;
  std::vector<DefaultPrivilege> default_privileges;  // sorted
  /// Found in a database; nullopt for a catalog read from schema files (names unknown).
  std::optional<std::vector<PartitionIndex>> partition_indexes;

  [[nodiscard]] const Table* find_table(const QualifiedName& name) const;
  [[nodiscard]] const View* find_view(const QualifiedName& name) const;
  [[nodiscard]] const EnumType* find_enum(const QualifiedName& name) const;
  [[nodiscard]] const Sequence* find_sequence(const QualifiedName& name) const;
};

/// Whether PostgreSQL attaches `index`, an index of a partition, to `parent`, an index of a
/// table above it, as the partition's copy instead of making one (when the parent index is
/// created or the partition attached).
bool attaches_as_copy(const Index& parent, const Index& index);

}  // namespace schemac
