// CatalogBuilder: turns parsed statements into a bound Catalog.
//
// The parse trees (the "parsed records") stay owned by the builder and apart from the catalog
// it binds. Binding runs in passes so a schema's meaning does not depend on file order more
// than PostgreSQL's does:
//   1. declare: schemas, then every other object's name;
//   2. types:   function signatures, then domains, composite types and function defaults and
//               bodies (everything later may refer to types and functions);
//   3. define:  sequences and tables (columns, their expressions, the table's constraints),
//               in statement order;
//   4. attach:  the remaining statements in order (indexes, views, triggers, policies,
//               grants, ALTER TABLE/SEQUENCE/DOMAIN, comments);
//   5. resolve: cross-object references (foreign keys, partitions, OWNED BY) and checks.
// Implicit names are chosen in PostgreSQL's order, so they match what a database built from
// the same files would hold.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "canonical/expressions.hpp"
#include "canonical/types.hpp"
#include "pg/comments.hpp"
#include "pg/tree.hpp"
#include "schemac/catalog.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/frontend.hpp"

namespace schemac::frontend {

using canonical::SearchPath;

struct Statement {
  const pg_query::Node* node = nullptr;
  FileId file = kNoFile;
  std::uint32_t offset = 0;       // start of the statement in its file (after leading comments)
  std::uint32_t raw_offset = 0;   // start including the comments before it
  std::uint32_t end = 0;          // end of the statement text
  std::shared_ptr<const SearchPath> search_path;
};

class CatalogBuilder {
 public:
  CatalogBuilder(const SourceSet& sources, Diagnostics& diagnostics, FrontendOptions options);

  /// Parses the files (at the same time); syntax errors of every statement are reported.
  void add_files(const std::vector<FileId>& all_files);
  Catalog finish();

 private:
  // ---- statements -----------------------------------------------------------------------
  const SourceSet& sources_;
  Diagnostics& diags_;
  FrontendOptions options_;
  std::vector<std::unique_ptr<pg_query::ParseResult>> trees_;
  std::vector<Statement> statements_;
  const Statement* current_ = nullptr;  // statement being bound, for diagnostics

  void record_statements(FileId file, const pg_query::ParseResult& tree);
  /// Every statement of `file` that does not parse (`first`: the whole file's first error).
  void report_syntax_errors(FileId file, const pg::ParseError& first);

  // ---- the catalog being bound ----------------------------------------------------------
  Catalog catalog_;
  std::set<std::string> schemas_;  // declared schemas plus "public"
  std::map<std::string, std::size_t> extension_index_;
  std::map<QualifiedName, std::size_t> enum_index_, sequence_index_, table_index_, index_index_;
  std::map<QualifiedName, std::size_t> domain_index_, composite_index_, view_index_;
  // Indexes of partitions that became the copy of an index of their parent.
  struct AdoptedIndex {
    QualifiedName parent;
    SourceLocation location;
  };
  std::map<QualifiedName, AdoptedIndex> adopted_indexes_;
  std::set<QualifiedName> indexed_tables_;  // tables with a declared index (most have none)
  // The direct partitions of each table, by position, in the order they became partitions.
  std::map<std::size_t, std::vector<std::size_t>> partitions_;
  std::map<QualifiedName, std::vector<std::size_t>> function_index_;  // overloads by name
  std::map<std::string, std::size_t> function_signatures_;            // "schema.signature"
  std::map<const pg_query::Node*, std::size_t> declared_functions_;   // statement -> function
  // Names taken so far in each schema, in PostgreSQL's creation order (for implicit names).
  std::map<std::string, std::set<std::string>> relation_names_, constraint_names_;

  // Work left for the resolve pass.
  struct PendingForeignKey {
    std::size_t table;
    std::string constraint;
    SourceLocation where;
    bool columns_given;
  };
  std::vector<PendingForeignKey> pending_foreign_keys_;
  struct PendingPartition {
    std::size_t table;
    const pg_query::PartitionBoundSpec* bound;
    SourceLocation where;
  };
  std::vector<PendingPartition> pending_partitions_;
  struct PendingOwner {
    std::size_t sequence;
    std::vector<std::string> parts;  // table name parts + column
    std::shared_ptr<const SearchPath> path;
    SourceLocation where;
  };
  std::vector<PendingOwner> pending_owners_;
  // SET LOGGED/UNLOGGED of tables and sequences in file order: a table's also turns every
  // sequence it owns, as PostgreSQL does, so it is applied once the owners are known.
  struct PendingPersistence {
    bool of_table;
    std::size_t index;  // into tables or sequences
    bool unlogged;
  };
  std::vector<PendingPersistence> pending_persistence_;
  canonical::NameLookup lookup_;  // catalog lookups handed to the expression binder

  // Sequence options as written, so ALTER SEQUENCE can add to them before defaults apply.
  struct WrittenSequenceOptions {
    std::optional<std::string> type;
    std::optional<std::int64_t> increment, min_value, max_value, start, cache;
    std::optional<bool> cycle;
    std::optional<std::vector<std::string>> owned_by;  // empty vector: OWNED BY NONE
    std::optional<std::vector<std::string>> sequence_name;
  };
  std::map<std::size_t, WrittenSequenceOptions> written_sequence_options_;
  /// Reads sequence options into `out`; reports options that are not sequence properties.
  void read_sequence_options(const google::protobuf::RepeatedPtrField<pg_query::Node>& options,
                             WrittenSequenceOptions* out, bool for_identity);
  static SequenceOptions final_sequence_options(const WrittenSequenceOptions& written);

  // ---- passes ---------------------------------------------------------------------------
  void declare_schema(const Statement& s);
  void declare(const Statement& s);
  void define_types(const Statement& s);
  void define_function_bodies(const Statement& s);
  void define(const Statement& s);
  void attach(const Statement& s);
  void resolve_references();
  void check_relation_names();

  // ---- statement transforms (one per node kind) -------------------------------------------
  void declare_extension(const pg_query::CreateExtensionStmt& stmt);
  void declare_enum(const pg_query::CreateEnumStmt& stmt);
  void declare_sequence(const pg_query::CreateSeqStmt& stmt);
  void declare_table(const pg_query::CreateStmt& stmt);
  void define_sequence(const pg_query::CreateSeqStmt& stmt);
  void define_table(const pg_query::CreateStmt& stmt);
  void attach_index(const pg_query::IndexStmt& stmt);
  void adopt_matching_index(const Index& parent, std::size_t partition, int depth = 0);
  void attach_alter_table(const pg_query::AlterTableStmt& stmt);
  bool takes_parent_columns(std::size_t parent, std::size_t child);
  void attach_sequence_persistence(const pg_query::AlterTableStmt& stmt);
  void attach_alter_sequence(const pg_query::AlterSeqStmt& stmt);
  void attach_comment(const pg_query::CommentStmt& stmt);
  void attach_set(const pg_query::VariableSetStmt& stmt);

  // ---- programmable objects (transform_programmable.cpp) -----------------------------------
  void declare_domain(const pg_query::CreateDomainStmt& stmt);
  void declare_composite(const pg_query::CompositeTypeStmt& stmt);
  void declare_view(const pg_query::Node& node);
  void declare_function(const pg_query::CreateFunctionStmt& stmt);
  void define_domain(const pg_query::CreateDomainStmt& stmt);
  void define_composite(const pg_query::CompositeTypeStmt& stmt);
  void define_function_defaults(std::size_t function, const pg_query::CreateFunctionStmt& stmt);
  void define_function_body(std::size_t function, const pg_query::CreateFunctionStmt& stmt);
  void attach_view(const pg_query::ViewStmt& stmt);
  void attach_materialized_view(const pg_query::CreateTableAsStmt& stmt);
  void attach_trigger(const pg_query::CreateTrigStmt& stmt);
  void attach_policy(const pg_query::CreatePolicyStmt& stmt);
  void attach_grant(const pg_query::GrantStmt& stmt);
  void attach_default_privileges(const pg_query::AlterDefaultPrivilegesStmt& stmt);
  void attach_alter_domain(const pg_query::AlterDomainStmt& stmt);
  void set_trigger_state(std::size_t table, const std::string& trigger, char state);
  Constraint bind_domain_check(const Domain& domain, const pg_query::Constraint& node);
  std::optional<std::size_t> find_function(const pg_query::ObjectWithArgs& object, bool report);
  std::optional<QualifiedName> find_view_name(const std::vector<std::string>& parts, const SearchPath& path) const;
  /// The privileges of one object named by a GRANT, with the privileges that apply to it.
  Privileges* privileges_of(pg_query::ObjectType type, const pg_query::Node& object, std::string* kind);
  /// `-- schemac:renamed-from name` in the text around a declaration.
  RenamedFrom rename_annotation_before_statement() const;
  RenamedFrom rename_annotation_near(int location) const;
  /// The real comments of a file (scanned once): an annotation counts only inside one, never
  /// inside a string literal, a quoted name or a function body.
  const std::vector<pg::TextSpan>& comments_of(FileId file) const;
  mutable std::map<FileId, std::vector<pg::TextSpan>> comments_;

  // ---- tables (transform_table.cpp) ------------------------------------------------------
  struct PendingConstraint {
    PendingConstraint(const pg_query::Constraint* n, std::string col) : node(n), column(std::move(col)) {}
    const pg_query::Constraint* node;
    std::string column;  // set for column-level constraints
    // Column-level DEFERRABLE / INITIALLY DEFERRED clauses arrive as separate nodes.
    std::optional<bool> deferrable, initially_deferred;
  };
  /// Adds a column (with its own constraints collected into `constraints`).
  void add_column(std::size_t table, const pg_query::ColumnDef& def,
                  std::vector<PendingConstraint>* constraints, bool table_is_new);
  void bind_column_expressions(std::size_t table, const pg_query::ColumnDef& def);
  /// Binds constraints in PostgreSQL's naming order (checks, primary key, unique/exclusion,
  /// foreign keys) and adds them to the table.
  void add_constraints(std::size_t table, const std::vector<PendingConstraint>& constraints);
  std::optional<Constraint> bind_constraint(std::size_t table, const PendingConstraint& pending);
  void apply_identity(Column& column, const Table& table, const pg_query::Constraint& identity);
  IndexElement bind_index_element(std::size_t table, const pg_query::IndexElem& elem);
  IndexElement bind_partition_element(std::size_t table, const pg_query::PartitionElem& elem);
  IndexElement bind_view_index_element(const QualifiedName& view, const std::map<std::string, TypeRef>& columns,
                                       const pg_query::IndexElem& elem);
  /// The columns an expression of `table` sees (a partition: its parent's), by name. Cached
  /// per table, since every default, check and index of a table asks; valid until the table
  /// gets another column.
  const std::map<std::string, TypeRef>& column_scope(std::size_t table) const;
  struct ColumnScope {
    std::size_t columns = SIZE_MAX;  // how many columns the table had when `names` was built
    std::map<std::string, TypeRef> names;
  };
  mutable std::unordered_map<std::size_t, ColumnScope> column_scopes_;
  void bind_partition_bound(std::size_t table, const pg_query::PartitionBoundSpec& spec, SourceLocation where);

  // ---- names and lookups -----------------------------------------------------------------
  const SearchPath& search_path() const { return *current_->search_path; }
  SourceLocation at(int location) const;
  SourceLocation at_statement() const;
  /// Schema for a new object: the given one, else the first existing schema on the path.
  std::string creation_schema(const std::string& given, int location);
  QualifiedName creation_name(const pg_query::RangeVar& rv);
  QualifiedName creation_name(const google::protobuf::RepeatedPtrField<pg_query::Node>& names, int location);
  std::optional<std::size_t> find_table(const pg_query::RangeVar& rv, bool report);
  std::optional<std::size_t> find_table_by_parts(const std::vector<std::string>& parts,
                                                 const SearchPath& path) const;
  std::optional<QualifiedName> find_sequence_name(const std::vector<std::string>& parts,
                                                  const SearchPath& path) const;
  /// Types the catalog declares: enums, domains, composite types, and every relation's row type.
  bool is_catalog_type(const QualifiedName& name) const {
    return enum_index_.count(name) || domain_index_.count(name) || composite_index_.count(name) ||
           table_index_.count(name) || view_index_.count(name);
  }
  std::optional<canonical::RelationColumns> relation_columns(const std::vector<std::string>& parts,
                                                            const SearchPath& path) const;
  std::vector<canonical::FunctionInfo> functions_named(const std::vector<std::string>& parts,
                                                       const SearchPath& path) const;
  canonical::NameLookup name_lookup() const;
  canonical::ExpressionContext expression_context(const std::map<std::string, TypeRef>* columns,
                                                  const QualifiedName* table) const;
  std::optional<TypeRef> resolve_column_type(const pg_query::TypeName& type_name);

  bool relation_name_taken(const std::string& schema, const std::string& name) const;
  bool constraint_name_taken(const std::string& schema, const std::string& name) const;
  void take_relation_name(const std::string& schema, const std::string& name);
  void take_constraint_name(const std::string& schema, const std::string& name);

  void error(SourceLocation where, std::string message, std::string id);
  void unsupported(SourceLocation where, const std::string& what);
};

/// Human name of a statement kind ("CREATE VIEW", "GRANT", ...), for diagnostics.
std::string statement_name(const pg_query::Node& stmt);

std::string string_value(const pg_query::Node& node);
std::vector<std::string> string_list(const google::protobuf::RepeatedPtrField<pg_query::Node>& list);
/// "name=value" text of a reloption (WITH (...)) as pg_class.reloptions stores it.
std::string reloption_text(const pg_query::DefElem& def);
/// Integer value of a DefElem argument (Integer or Float node).
std::optional<std::int64_t> integer_argument(const pg_query::DefElem& def);

}  // namespace schemac::frontend
