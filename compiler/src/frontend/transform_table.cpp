// Transforms for tables: CREATE TABLE (columns, constraints, partitioning), ALTER TABLE, and
// the cross-table references resolved once every table is known.
#include <fmt/format.h>

#include <algorithm>

#include "canonical/expressions.hpp"
#include "canonical/literals.hpp"
#include "canonical/names.hpp"
#include "frontend/builder.hpp"
#include "schemac/sql_text.hpp"

namespace schemac::frontend {

using pg_query::Node;

namespace {

std::string collation_name(const google::protobuf::RepeatedPtrField<Node>& names) {
  auto parts = string_list(names);
  if (parts.size() == 2 && parts[0] == "pg_catalog") parts.erase(parts.begin());
  if (parts.size() == 1 && parts[0] == "default") return {};
  // Kept as it is printed (quoted parts): collation names such as "en_US.utf8" contain dots.
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '.';
    out += quote_ident(parts[i]);
  }
  return out;
}

ForeignKeyAction fk_action(const std::string& code) {
  switch (code.empty() ? 'a' : code[0]) {
    case 'r': return ForeignKeyAction::restrict;
    case 'c': return ForeignKeyAction::cascade;
    case 'n': return ForeignKeyAction::set_null;
    case 'd': return ForeignKeyAction::set_default;
    default: return ForeignKeyAction::no_action;
  }
}

bool is_null_constant(const Node& n) {
  if (n.has_a_const()) return n.a_const().isnull();
  if (n.has_type_cast()) return is_null_constant(n.type_cast().arg());
  return false;
}

// The operator class PostgreSQL picks when none is named (pg_opclass.opcdefault), so that
// naming it explicitly means the same as leaving it out.
bool is_default_opclass(const std::string& method, const TypeRef* type, const std::string& opclass) {
  if (!type || opclass.empty()) return false;
  std::string tn = type->name;
  if (tn == "varchar" || tn == "name") tn = "text";
  if (tn == "cidr") tn = "inet";
  bool is_enum = !type->schema.empty();
  if (method == "btree" || method == "hash") {
    if (type->is_array) return opclass == "array_ops";
    if (is_enum) return opclass == "enum_ops";
    return opclass == tn + "_ops";
  }
  if (method == "gin") {
    if (type->is_array) return opclass == "array_ops";
    return (tn == "jsonb" || tn == "tsvector") && opclass == tn + "_ops";
  }
  if (method == "gist") {
    if (tn == "polygon") return opclass == "poly_ops";
    static const std::set<std::string> gist_types = {"box", "circle", "point", "tsquery", "tsvector"};
    return gist_types.count(tn) && opclass == tn + "_ops";
  }
  if (method == "brin") return !type->is_array && !is_enum && opclass == tn + "_minmax_ops";
  if (method == "spgist") return (tn == "text" && opclass == "text_ops") || (tn == "inet" && opclass == "inet_ops");
  return false;
}

std::string subcommand_name(pg_query::AlterTableType type) {
  switch (type) {
    case pg_query::AT_EnableRowSecurity: return "ENABLE ROW LEVEL SECURITY";
    case pg_query::AT_DisableRowSecurity: return "DISABLE ROW LEVEL SECURITY";
    case pg_query::AT_ForceRowSecurity: return "FORCE ROW LEVEL SECURITY";
    case pg_query::AT_NoForceRowSecurity: return "NO FORCE ROW LEVEL SECURITY";
    case pg_query::AT_DropColumn: return "DROP COLUMN";
    case pg_query::AT_DropConstraint: return "DROP CONSTRAINT";
    case pg_query::AT_AlterColumnType: return "ALTER COLUMN ... TYPE";
    case pg_query::AT_ClusterOn: return "CLUSTER ON";
    case pg_query::AT_ReplicaIdentity: return "REPLICA IDENTITY";
    case pg_query::AT_SetStatistics: return "ALTER COLUMN ... SET STATISTICS";
    case pg_query::AT_SetStorage: return "ALTER COLUMN ... SET STORAGE";
    case pg_query::AT_SetTableSpace: return "SET TABLESPACE";
    case pg_query::AT_AddInherit: return "INHERIT";
    case pg_query::AT_EnableTrig:
    case pg_query::AT_DisableTrig:
    case pg_query::AT_EnableAlwaysTrig:
    case pg_query::AT_EnableReplicaTrig:
      return "ENABLE/DISABLE TRIGGER";
    default: return pg_query::AlterTableType_Name(type);
  }
}

}  // namespace

// ---- declarations --------------------------------------------------------------------------

void CatalogBuilder::declare_table(const pg_query::CreateStmt& stmt) {
  Table t;
  t.name = creation_name(stmt.relation());
  t.location = at_statement();
  t.renamed_from = rename_annotation_before_statement();
  if (stmt.relation().relpersistence() == "t") {
    error(at_statement(), "temporary tables are not part of a schema", "unsupported-statement");
    return;
  }
  t.unlogged = stmt.relation().relpersistence() == "u";
  if (t.name.name.size() > kMaxIdentifierBytes) {
    error(at(stmt.relation().location()),
          fmt::format("table name \"{}\" is longer than 63 bytes; PostgreSQL would truncate it", t.name.name),
          "name-too-long");
  }
  if (table_index_.count(t.name)) {
    error(at_statement(), fmt::format("relation \"{}\" already exists", quote_qualified(t.name)), "duplicate-object");
    return;
  }
  table_index_[t.name] = catalog_.tables.size();
  catalog_.tables.push_back(std::move(t));
}

const std::map<std::string, TypeRef>& CatalogBuilder::column_scope(std::size_t table) const {
  // A partition's columns are its parent's.
  for (int depth = 0; depth < 32; ++depth) {
    const Table& t = catalog_.tables[table];
    if (!t.partition_of || !t.columns.empty()) break;
    auto it = table_index_.find(*t.partition_of);
    if (it == table_index_.end()) break;
    table = it->second;
  }
  // Columns are only ever added (never renamed or retyped), so the count tells a stale entry.
  const Table& t = catalog_.tables[table];
  ColumnScope& scope = column_scopes_[table];
  if (scope.columns != t.columns.size()) {
    scope.names.clear();
    for (const auto& c : t.columns) scope.names.emplace(c.name, c.type);
    scope.columns = t.columns.size();
  }
  return scope.names;
}

void CatalogBuilder::define_table(const pg_query::CreateStmt& stmt) {
  QualifiedName name{stmt.relation().schemaname().empty() ? std::string() : stmt.relation().schemaname(),
                     stmt.relation().relname()};
  if (name.schema.empty()) {
    for (const auto& schema : search_path()) {
      if (schemas_.count(schema)) {
        name.schema = schema;
        break;
      }
    }
  }
  auto found = table_index_.find(name);
  if (found == table_index_.end()) return;
  std::size_t index = found->second;
  if (catalog_.tables[index].location.offset != at_statement().offset ||
      catalog_.tables[index].location.file != at_statement().file) {
    return;  // a duplicate declaration, already reported
  }
  take_relation_name(name.schema, name.name);

  if (!stmt.tablespacename().empty()) error(at_statement(), "tablespaces are not managed by schemac", "unsupported-option");
  if (!stmt.access_method().empty() && stmt.access_method() != "heap") {
    error(at_statement(), fmt::format("table access method \"{}\" is not supported", stmt.access_method()),
          "unsupported-option");
  }
  if (stmt.has_of_typename()) error(at_statement(), "typed tables (CREATE TABLE ... OF) are not supported", "unsupported-statement");
  if (stmt.has_partbound()) {
    if (stmt.inh_relations_size() != 1) {
      error(at_statement(), "a partition has exactly one parent", "invalid-partition");
    } else {
      const auto& parent_rv = stmt.inh_relations(0).range_var();
      if (auto parent = find_table(parent_rv, true)) {
        catalog_.tables[index].partition_of = catalog_.tables[*parent].name;
        partitions_[*parent].push_back(index);
        pending_partitions_.push_back({index, &stmt.partbound(), at_statement()});
      }
    }
  } else if (stmt.inh_relations_size() > 0) {
    error(at_statement(), "table inheritance (INHERITS) is not supported; use declarative partitioning",
          "unsupported-statement");
  }

  std::vector<PendingConstraint> constraints;
  for (const auto& elt : stmt.table_elts()) {
    if (elt.has_column_def()) {
      if (stmt.has_partbound()) {
        error(at(elt.column_def().location()), "column options on partitions are not supported", "unsupported-option");
        continue;
      }
      add_column(index, elt.column_def(), &constraints, true);
    } else if (elt.has_constraint()) {
      constraints.push_back({&elt.constraint(), {}});
    } else if (elt.has_table_like_clause()) {
      error(at_statement(), "CREATE TABLE ... (LIKE ...) is not supported; list the columns", "unsupported-statement");
    }
  }
  for (const auto& c : stmt.constraints()) constraints.push_back({&c.constraint(), {}});
  for (const auto& elt : stmt.table_elts()) {
    if (elt.has_column_def() && !stmt.has_partbound()) bind_column_expressions(index, elt.column_def());
  }
  if (stmt.has_partspec()) {
    const auto& spec = stmt.partspec();
    PartitionKey key;
    if (spec.strategy() == "range") key.strategy = PartitionStrategy::range;
    else if (spec.strategy() == "list") key.strategy = PartitionStrategy::list;
    else key.strategy = PartitionStrategy::hash;
    for (const auto& p : spec.part_params()) key.elements.push_back(bind_partition_element(index, p.partition_elem()));
    catalog_.tables[index].partition_key = std::move(key);
  }
  for (const auto& o : stmt.options()) catalog_.tables[index].options.push_back(reloption_text(o.def_elem()));
  std::sort(catalog_.tables[index].options.begin(), catalog_.tables[index].options.end());
  add_constraints(index, constraints);
}

// ---- columns -------------------------------------------------------------------------------

void CatalogBuilder::add_column(std::size_t table, const pg_query::ColumnDef& def,
                                std::vector<PendingConstraint>* constraints, bool table_is_new) {
  Table& t = catalog_.tables[table];
  Column c;
  c.name = def.colname();
  c.location = at(def.location());
  c.renamed_from = rename_annotation_near(def.location());
  if (c.name.size() > kMaxIdentifierBytes) {
    error(c.location, fmt::format("column name \"{}\" is longer than 63 bytes; PostgreSQL would truncate it", c.name),
          "name-too-long");
  }
  if (t.find_column(c.name)) {
    error(c.location, fmt::format("column \"{}\" specified more than once", c.name), "duplicate-object");
    return;
  }
  if (!def.compression().empty() || !def.storage().empty()) {
    error(c.location, "column COMPRESSION and STORAGE settings are not supported", "unsupported-option");
  }
  std::string serial = canonical::serial_integer_type(def.type_name());
  if (!serial.empty()) {
    c.type = TypeRef{"", serial, {}, false};
  } else if (auto type = resolve_column_type(def.type_name())) {
    c.type = *type;
  } else {
    return;
  }
  if (def.has_coll_clause()) c.collation = collation_name(def.coll_clause().collname());
  PendingConstraint* last = nullptr;
  bool explicit_null = false;
  for (const auto& n : def.constraints()) {
    const auto& con = n.constraint();
    switch (con.contype()) {
      case pg_query::CONSTR_NULL: explicit_null = true; break;
      case pg_query::CONSTR_NOTNULL: c.not_null = true; break;
      case pg_query::CONSTR_DEFAULT:
      case pg_query::CONSTR_GENERATED:
        break;  // bound once every column is known
      case pg_query::CONSTR_IDENTITY: apply_identity(c, t, con); break;
      case pg_query::CONSTR_CHECK:
      case pg_query::CONSTR_PRIMARY:
      case pg_query::CONSTR_UNIQUE:
      case pg_query::CONSTR_FOREIGN:
      case pg_query::CONSTR_EXCLUSION:
        constraints->push_back({&con, c.name});
        last = &constraints->back();
        break;
      case pg_query::CONSTR_ATTR_DEFERRABLE:
      case pg_query::CONSTR_ATTR_NOT_DEFERRABLE:
      case pg_query::CONSTR_ATTR_DEFERRED:
      case pg_query::CONSTR_ATTR_IMMEDIATE:
        if (!last) {
          error(at(con.location()), "misplaced DEFERRABLE clause", "syntax-error");
          break;
        }
        if (con.contype() == pg_query::CONSTR_ATTR_DEFERRABLE) last->deferrable = true;
        if (con.contype() == pg_query::CONSTR_ATTR_NOT_DEFERRABLE) last->deferrable = false;
        if (con.contype() == pg_query::CONSTR_ATTR_DEFERRED) {
          last->initially_deferred = true;
          last->deferrable = true;
        }
        if (con.contype() == pg_query::CONSTR_ATTR_IMMEDIATE) last->initially_deferred = false;
        break;
      default: break;
    }
  }
  if (explicit_null && c.not_null) {
    error(c.location, fmt::format("conflicting NULL/NOT NULL declarations for column \"{}\"", c.name), "invalid-column");
  }
  if (!serial.empty()) {
    // serial: a sequence owned by the column, a nextval default and NOT NULL.
    Sequence seq;
    seq.name = {t.name.schema,
                canonical::choose_name(t.name.name, c.name, "seq",
                                       [&](const std::string& n) { return relation_name_taken(t.name.schema, n); })};
    take_relation_name(seq.name.schema, seq.name.name);
    seq.options = default_sequence_options(serial, 1);
    seq.unlogged = t.unlogged;
    seq.owned_by_table = t.name;
    seq.owned_by_column = c.name;
    seq.location = c.location;
    c.not_null = true;
    if (!sequence_index_.count(seq.name)) {
      sequence_index_[seq.name] = catalog_.sequences.size();
      catalog_.sequences.push_back(std::move(seq));
    }
  }
  (void)table_is_new;
  t.columns.push_back(std::move(c));
}

void CatalogBuilder::apply_identity(Column& column, const Table& table, const pg_query::Constraint& identity) {
  if (!column.type.schema.empty() || column.type.is_array ||
      (column.type.name != "int2" && column.type.name != "int4" && column.type.name != "int8")) {
    error(at(identity.location()), "identity column type must be smallint, integer, or bigint", "invalid-column");
    return;
  }
  WrittenSequenceOptions written;
  read_sequence_options(identity.options(), &written, true);
  written.type = column.type.name;
  Identity id;
  id.always = identity.generated_when() == "a";
  id.options = final_sequence_options(written);
  if (written.sequence_name && !written.sequence_name->empty()) {
    id.sequence_name = written.sequence_name->back();
  } else {
    id.sequence_name = canonical::choose_name(table.name.name, column.name, "seq", [&](const std::string& n) {
      return relation_name_taken(table.name.schema, n);
    });
  }
  take_relation_name(table.name.schema, id.sequence_name);
  column.identity = std::move(id);
  column.not_null = true;
}

void CatalogBuilder::bind_column_expressions(std::size_t table, const pg_query::ColumnDef& def) {
  Table& t = catalog_.tables[table];
  auto it = std::find_if(t.columns.begin(), t.columns.end(), [&](const Column& c) { return c.name == def.colname(); });
  if (it == t.columns.end()) return;
  Column& c = *it;
  const auto& scope = column_scope(table);
  for (const auto& n : def.constraints()) {
    const auto& con = n.constraint();
    if (con.contype() == pg_query::CONSTR_DEFAULT) {
      if (c.identity) {
        error(at(con.location()), fmt::format("both default and identity specified for column \"{}\"", c.name),
              "invalid-column");
        continue;
      }
      if (is_null_constant(con.raw_expr())) continue;  // PostgreSQL stores no default for NULL
      auto ctx = expression_context(&scope, &t.name);
      ctx.forbid_columns = true;
      ctx.assigned_type = &c.type;
      c.default_value = canonical::bind_expression(con.raw_expr(), ctx);
    } else if (con.contype() == pg_query::CONSTR_GENERATED) {
      auto ctx = expression_context(&scope, &t.name);
      ctx.assigned_type = &c.type;
      c.generated = canonical::bind_expression(con.raw_expr(), ctx);
    }
  }
  std::string serial = canonical::serial_integer_type(def.type_name());
  if (!serial.empty()) {
    QualifiedName seq;
    for (const auto& s : catalog_.sequences) {
      if (s.owned_by_table == t.name && s.owned_by_column == c.name) seq = s.name;
    }
    Node call;
    auto* f = call.mutable_func_call();
    f->add_funcname()->mutable_string()->set_sval("nextval");
    auto* arg = f->add_args()->mutable_type_cast();
    arg->mutable_arg()->mutable_a_const()->mutable_sval()->set_sval(quote_qualified(seq));
    TypeRef regclass{"", "regclass", {}, false};
    canonical::write_type_name(regclass, arg->mutable_type_name());
    auto ctx = expression_context(&scope, &t.name);
    c.default_value = canonical::bind_expression(call, ctx);
  }
}

// ---- constraints ---------------------------------------------------------------------------

std::optional<Constraint> CatalogBuilder::bind_constraint(std::size_t table, const PendingConstraint& pending) {
  const pg_query::Constraint& node = *pending.node;
  const Table& t = catalog_.tables[table];
  Constraint c;
  c.name = node.conname();
  c.location = at(node.location());
  c.renamed_from = pending.column.empty() ? rename_annotation_near(node.location()) : RenamedFrom{};
  c.deferrable = pending.deferrable.value_or(node.deferrable());
  c.initially_deferred = pending.initially_deferred.value_or(node.initdeferred());
  if (c.initially_deferred) c.deferrable = true;
  if (c.name.size() > kMaxIdentifierBytes) {
    error(c.location, fmt::format("constraint name \"{}\" is longer than 63 bytes; PostgreSQL would truncate it", c.name),
          "name-too-long");
  }
  const auto& scope = column_scope(table);
  auto check_columns = [&](const std::vector<std::string>& cols) {
    bool ok = true;
    for (const auto& col : cols) {
      if (!scope.count(col)) {
        error(c.location, fmt::format("column \"{}\" named in key does not exist", col), "unknown-column");
        ok = false;
      }
    }
    return ok;
  };
  auto keys = [&]() {
    std::vector<std::string> cols = string_list(node.keys());
    if (cols.empty() && !pending.column.empty()) cols.push_back(pending.column);
    return cols;
  };
  switch (node.contype()) {
    case pg_query::CONSTR_CHECK: {
      c.kind = ConstraintKind::check;
      auto ctx = expression_context(&scope, &t.name);
      c.check = canonical::bind_expression(node.raw_expr(), ctx);
      c.no_inherit = node.is_no_inherit();
      c.validated = !node.skip_validation();
      break;
    }
    case pg_query::CONSTR_PRIMARY:
    case pg_query::CONSTR_UNIQUE: {
      c.kind = node.contype() == pg_query::CONSTR_PRIMARY ? ConstraintKind::primary_key : ConstraintKind::unique;
      c.columns = keys();
      c.include = string_list(node.including());
      c.nulls_not_distinct = node.nulls_not_distinct();
      for (const auto& o : node.options()) c.index_options.push_back(reloption_text(o.def_elem()));
      std::sort(c.index_options.begin(), c.index_options.end());
      if (!node.indexname().empty()) {
        error(c.location, "ADD CONSTRAINT ... USING INDEX is not supported; declare the constraint itself",
              "unsupported-option");
        return std::nullopt;
      }
      if (!node.indexspace().empty()) error(c.location, "tablespaces are not managed by schemac", "unsupported-option");
      if (!check_columns(c.columns) || !check_columns(c.include)) return std::nullopt;
      break;
    }
    case pg_query::CONSTR_EXCLUSION: {
      c.kind = ConstraintKind::exclude;
      c.method = node.access_method().empty() ? "btree" : node.access_method();
      for (const auto& pair : node.exclusions()) {
        const auto& items = pair.list().items();
        IndexElement e = bind_index_element(table, items.Get(0).index_elem());
        auto ops = string_list(items.Get(1).list().items());
        if (ops.size() == 2 && ops[0] == "pg_catalog") ops.erase(ops.begin());
        e.exclusion_operator = ops.empty() ? "" : ops.back();
        c.elements.push_back(std::move(e));
      }
      c.include = string_list(node.including());
      if (node.has_where_clause()) {
        auto ctx = expression_context(&scope, &t.name);
        c.where = canonical::bind_expression(node.where_clause(), ctx);
      }
      for (const auto& o : node.options()) c.index_options.push_back(reloption_text(o.def_elem()));
      std::sort(c.index_options.begin(), c.index_options.end());
      break;
    }
    case pg_query::CONSTR_FOREIGN: {
      c.kind = ConstraintKind::foreign_key;
      c.columns = string_list(node.fk_attrs());
      if (c.columns.empty() && !pending.column.empty()) c.columns.push_back(pending.column);
      if (!check_columns(c.columns)) return std::nullopt;
      auto ref = find_table(node.pktable(), true);
      if (!ref) return std::nullopt;
      c.references = catalog_.tables[*ref].name;
      c.referenced_columns = string_list(node.pk_attrs());
      c.match = node.fk_matchtype() == "f"   ? ForeignKeyMatch::full
                : node.fk_matchtype() == "p" ? ForeignKeyMatch::partial
                                             : ForeignKeyMatch::simple;
      c.on_delete = fk_action(node.fk_del_action());
      c.on_update = fk_action(node.fk_upd_action());
      c.on_delete_columns = string_list(node.fk_del_set_cols());
      c.validated = !node.skip_validation();
      break;
    }
    default:
      error(c.location, "unsupported constraint", "unsupported-option");
      return std::nullopt;
  }
  return c;
}

void CatalogBuilder::add_constraints(std::size_t table, const std::vector<PendingConstraint>& pending) {
  const QualifiedName table_name = catalog_.tables[table].name;
  const std::string& schema = table_name.schema;
  std::vector<Constraint> checks, index_backed, foreign;
  std::optional<Constraint> primary;
  for (const auto& p : pending) {
    auto c = bind_constraint(table, p);
    if (!c) continue;
    switch (c->kind) {
      case ConstraintKind::check: checks.push_back(std::move(*c)); break;
      case ConstraintKind::foreign_key: foreign.push_back(std::move(*c)); break;
      case ConstraintKind::primary_key:
        if (primary || catalog_.tables[table].primary_key()) {
          error(c->location, fmt::format("multiple primary keys for table \"{}\" are not allowed", table_name.name),
                "duplicate-object");
        } else {
          primary = std::move(*c);
        }
        break;
      default: index_backed.push_back(std::move(*c)); break;
    }
  }
  Table& t = catalog_.tables[table];
  auto add = [&](Constraint c) {
    if (t.find_constraint(c.name)) {
      error(c.location, fmt::format("constraint \"{}\" for relation \"{}\" already exists", c.name, table_name.name),
            "duplicate-object");
      return;
    }
    t.constraints.push_back(std::move(c));
  };
  auto constraint_taken = [&](const std::string& n) { return constraint_name_taken(schema, n); };
  auto relation_taken = [&](const std::string& n) {
    return relation_name_taken(schema, n) || constraint_name_taken(schema, n);
  };

  // CHECK constraints are named when the table is created...
  for (auto& c : checks) {
    if (c.name.empty()) {
      auto cols = canonical::referenced_columns(*c.check);
      c.name = canonical::choose_name(table_name.name, cols.size() == 1 ? cols[0] : "", "check", constraint_taken);
    }
    take_constraint_name(schema, c.name);
    add(std::move(c));
  }
  // ...then the indexes: the primary key first, then the others in order, where an index
  // identical to an earlier one is dropped (PostgreSQL's transformIndexConstraints).
  std::vector<Constraint> indexes;
  if (primary) indexes.push_back(std::move(*primary));
  for (auto& c : index_backed) {
    auto same = std::find_if(indexes.begin(), indexes.end(), [&](const Constraint& prior) {
      return prior.kind != ConstraintKind::exclude && c.kind != ConstraintKind::exclude && prior.columns == c.columns &&
             prior.include == c.include && prior.nulls_not_distinct == c.nulls_not_distinct &&
             prior.deferrable == c.deferrable && prior.initially_deferred == c.initially_deferred &&
             prior.index_options == c.index_options;
    });
    if (same != indexes.end()) {
      if (same->name.empty()) same->name = c.name;
      continue;
    }
    indexes.push_back(std::move(c));
  }
  for (auto& c : indexes) {
    if (c.name.empty()) {
      if (c.kind == ConstraintKind::primary_key) {
        c.name = canonical::choose_name(table_name.name, "", "pkey", relation_taken);
      } else {
        std::vector<std::string> names;
        if (c.kind == ConstraintKind::exclude) {
          for (const auto& e : c.elements) names.push_back(e.column.empty() ? "expr" : e.column);
        } else {
          names = c.columns;
        }
        names.insert(names.end(), c.include.begin(), c.include.end());
        c.name = canonical::choose_name(table_name.name, canonical::index_name_addition(names),
                                        c.kind == ConstraintKind::exclude ? "excl" : "key", relation_taken);
      }
    }
    take_relation_name(schema, c.name);
    take_constraint_name(schema, c.name);
    if (c.kind == ConstraintKind::primary_key) {
      for (auto& col : t.columns) {
        if (std::find(c.columns.begin(), c.columns.end(), col.name) != c.columns.end()) col.not_null = true;
      }
    }
    add(std::move(c));
  }
  // Foreign keys come last, as ALTER TABLE ... ADD after the table exists.
  for (auto& c : foreign) {
    bool columns_given = !c.referenced_columns.empty();
    if (c.name.empty()) {
      c.name = canonical::choose_name(table_name.name, canonical::index_name_addition(c.columns), "fkey", constraint_taken);
    }
    take_constraint_name(schema, c.name);
    pending_foreign_keys_.push_back({table, c.name, c.location, columns_given});
    add(std::move(c));
  }
}

// A table attached as a partition must have its parent's columns (PostgreSQL's checks); then,
// as for one made with PARTITION OF, its columns are its parent's.
bool CatalogBuilder::takes_parent_columns(std::size_t parent, std::size_t child) {
  std::size_t root = parent;
  for (int depth = 0; catalog_.tables[root].columns.empty() && catalog_.tables[root].partition_of && depth < 32; ++depth) {
    auto it = table_index_.find(*catalog_.tables[root].partition_of);
    if (it == table_index_.end()) break;
    root = it->second;
  }
  const Table& from = catalog_.tables[root];
  const Table& table = catalog_.tables[child];
  bool ok = true;
  for (const auto& c : table.columns) {
    const Column* p = from.find_column(c.name);
    if (!p) {
      error(at_statement(), fmt::format("table \"{}\" contains column \"{}\" not found in parent \"{}\"", table.name.name,
                                        c.name, catalog_.tables[parent].name.name),
            "invalid-partition");
      ok = false;
    } else if (p->type != c.type || p->collation != c.collation) {
      error(at_statement(), fmt::format("child table \"{}\" has different type for column \"{}\"", table.name.name, c.name),
            "invalid-partition");
      ok = false;
    } else if (p->not_null && !c.not_null) {
      error(at_statement(), fmt::format("column \"{}\" in child table must be marked NOT NULL", c.name), "invalid-partition");
      ok = false;
    } else if (c.not_null != p->not_null || c.default_value || c.identity || c.generated || c.comment ||
               !c.privileges.empty()) {
      error(c.location.known() ? c.location : at_statement(), fmt::format("column options on partitions are not supported (column \"{}\" of \"{}\")",
                                               c.name, table.name.name),
            "unsupported-option");
      ok = false;
    }
  }
  for (const auto& c : from.columns) {
    if (!table.find_column(c.name)) {
      error(at_statement(), fmt::format("child table is missing column \"{}\"", c.name), "invalid-partition");
      ok = false;
    }
  }
  if (ok) catalog_.tables[child].columns.clear();
  return ok;
}

// ---- index and partition keys --------------------------------------------------------------

namespace {

// Operator class and sort order of an index element. The operator class is written the way
// pg_get_indexdef prints it in schemac's session (search_path = public): without its schema
// when that is pg_catalog or public.
void read_opclass_and_order(const pg_query::IndexElem& elem, IndexElement& e) {
  auto opclass = string_list(elem.opclass());
  if (opclass.size() == 2 && (opclass[0] == "pg_catalog" || opclass[0] == "public")) opclass.erase(opclass.begin());
  for (std::size_t i = 0; i < opclass.size(); ++i) e.opclass += (i ? "." : "") + opclass[i];
  for (const auto& o : elem.opclassopts()) e.opclass_options.push_back(reloption_text(o.def_elem()));
  e.order = elem.ordering() == pg_query::SORTBY_DESC ? SortOrder::desc : SortOrder::asc;
  if (elem.nulls_ordering() == pg_query::SORTBY_NULLS_FIRST && e.order == SortOrder::asc) e.nulls = NullsOrder::first;
  if (elem.nulls_ordering() == pg_query::SORTBY_NULLS_LAST && e.order == SortOrder::desc) e.nulls = NullsOrder::last;
}

}  // namespace

IndexElement CatalogBuilder::bind_index_element(std::size_t table, const pg_query::IndexElem& elem) {
  const Table& t = catalog_.tables[table];
  const auto& scope = column_scope(table);
  IndexElement e;
  const TypeRef* type = nullptr;
  if (!elem.name().empty()) {
    e.column = elem.name();
  } else if (elem.expr().has_column_ref() && elem.expr().column_ref().fields_size() == 1) {
    e.column = string_value(elem.expr().column_ref().fields(0));  // "(col)" is the column itself
  }
  if (!e.column.empty()) {
    auto it = scope.find(e.column);
    if (it == scope.end()) {
      error(at_statement(), fmt::format("column \"{}\" does not exist", e.column), "unknown-column");
    } else {
      type = &it->second;
    }
  } else {
    auto ctx = expression_context(&scope, &t.name);
    e.expression = canonical::bind_expression(elem.expr(), ctx);
  }
  e.collation = collation_name(elem.collation());
  if (type && !e.collation.empty()) {
    const Column* col = t.find_column(e.column);
    if (col && col->collation == e.collation) e.collation.clear();
  }
  read_opclass_and_order(elem, e);
  return e;
}

IndexElement CatalogBuilder::bind_view_index_element(const QualifiedName& view, const std::map<std::string, TypeRef>& columns,
                                                     const pg_query::IndexElem& elem) {
  IndexElement e;
  if (!elem.name().empty()) {
    e.column = elem.name();
  } else if (elem.expr().has_column_ref() && elem.expr().column_ref().fields_size() == 1) {
    e.column = string_value(elem.expr().column_ref().fields(0));
  }
  if (!e.column.empty()) {
    if (!columns.count(e.column)) error(at_statement(), fmt::format("column \"{}\" does not exist", e.column), "unknown-column");
  } else {
    auto ctx = expression_context(&columns, &view);
    e.expression = canonical::bind_expression(elem.expr(), ctx);
  }
  e.collation = collation_name(elem.collation());
  read_opclass_and_order(elem, e);
  return e;
}

IndexElement CatalogBuilder::bind_partition_element(std::size_t table, const pg_query::PartitionElem& elem) {
  pg_query::IndexElem as_index;
  as_index.set_name(elem.name());
  if (elem.has_expr()) *as_index.mutable_expr() = elem.expr();
  *as_index.mutable_collation() = elem.collation();
  *as_index.mutable_opclass() = elem.opclass();
  return bind_index_element(table, as_index);
}

void CatalogBuilder::bind_partition_bound(std::size_t table, const pg_query::PartitionBoundSpec& spec,
                                          SourceLocation where) {
  Table& t = catalog_.tables[table];
  const Table& parent = catalog_.tables[table_index_.at(*t.partition_of)];
  if (!parent.partition_key) {
    error(where, fmt::format("table \"{}\" is not partitioned", parent.name.name), "invalid-partition");
    return;
  }
  const PartitionKey& key = *parent.partition_key;
  auto scope = column_scope(table_index_.at(parent.name));
  auto key_type = [&](std::size_t i) -> const TypeRef* {
    if (i >= key.elements.size() || key.elements[i].column.empty()) return nullptr;
    auto it = scope.find(key.elements[i].column);
    return it == scope.end() ? nullptr : &it->second;
  };
  auto value_text = [&](const Node& n, const TypeRef* type) -> std::string {
    if (n.has_column_ref()) {
      std::string word = string_value(n.column_ref().fields(0));
      if (word == "minvalue" || word == "maxvalue") return word == "minvalue" ? "MINVALUE" : "MAXVALUE";
    }
    const Node* v = &n;
    if (v->has_type_cast()) v = &v->type_cast().arg();
    if (!v->has_a_const()) {
      error(where, "partition bounds must be literals", "invalid-partition");
      return {};
    }
    const auto& c = v->a_const();
    if (c.isnull()) return "NULL";
    if (c.has_boolval()) return c.boolval().boolval() ? "true" : "false";
    std::string raw;
    if (c.has_ival()) raw = std::to_string(c.ival().ival());
    if (c.has_fval()) raw = c.fval().fval();
    if (c.has_sval()) raw = c.sval().sval();
    if (type && type->schema.empty() && canonical::is_numeric_type(type->name)) {
      if (auto num = canonical::canonical_number(raw)) return *num;
    }
    if (type && type->schema.empty() && type->name == "bool") {
      if (auto b = canonical::parse_boolean(raw)) return *b ? "true" : "false";
    }
    if (type && type->schema.empty()) {
      if (auto lit = canonical::canonical_literal(type->name, type->is_array, raw)) raw = *lit;
    }
    return quote_literal(raw);
  };
  PartitionBound b;
  b.is_default = spec.is_default();
  char expected = key.strategy == PartitionStrategy::range ? 'r' : key.strategy == PartitionStrategy::list ? 'l' : 'h';
  if (!b.is_default && !spec.strategy().empty() && spec.strategy()[0] != expected) {
    error(where, "partition bound does not match the parent's partitioning strategy", "invalid-partition");
    return;
  }
  for (const auto& v : spec.listdatums()) b.in_values.push_back(value_text(v, key_type(0)));
  for (int i = 0; i < spec.lowerdatums_size(); ++i) b.from.push_back(value_text(spec.lowerdatums(i), key_type(i)));
  for (int i = 0; i < spec.upperdatums_size(); ++i) b.to.push_back(value_text(spec.upperdatums(i), key_type(i)));
  b.modulus = spec.modulus();
  b.remainder = spec.remainder();
  t.partition_bound = std::move(b);
}

// ---- ALTER TABLE ---------------------------------------------------------------------------

void CatalogBuilder::attach_alter_table(const pg_query::AlterTableStmt& stmt) {
  if (stmt.objtype() == pg_query::OBJECT_SEQUENCE) {
    attach_sequence_persistence(stmt);
    return;
  }
  if (stmt.objtype() != pg_query::OBJECT_TABLE) {
    unsupported(at_statement(), "ALTER " + pg_query::ObjectType_Name(stmt.objtype()).substr(7));
    return;
  }
  auto table = find_table(stmt.relation(), true);
  if (!table) return;
  auto column_named = [&](const std::string& name) -> Column* {
    auto& cols = catalog_.tables[*table].columns;
    auto it = std::find_if(cols.begin(), cols.end(), [&](const Column& c) { return c.name == name; });
    if (it == cols.end()) {
      error(at_statement(), fmt::format("column \"{}\" of relation \"{}\" does not exist", name, stmt.relation().relname()),
            "unknown-column");
      return nullptr;
    }
    return &*it;
  };
  std::vector<PendingConstraint> constraints;
  for (const auto& n : stmt.cmds()) {
    const auto& cmd = n.alter_table_cmd();
    switch (cmd.subtype()) {
      case pg_query::AT_AddConstraint: constraints.push_back({&cmd.def().constraint(), {}}); break;
      case pg_query::AT_AddColumn:
        add_column(*table, cmd.def().column_def(), &constraints, false);
        bind_column_expressions(*table, cmd.def().column_def());
        break;
      case pg_query::AT_ColumnDefault: {
        Column* c = column_named(cmd.name());
        if (!c) break;
        if (!cmd.has_def()) {
          error(at_statement(), "ALTER COLUMN ... DROP DEFAULT is not declarative; remove the default instead",
                "unsupported-statement");
          break;
        }
        auto scope = column_scope(*table);
        auto ctx = expression_context(&scope, &catalog_.tables[*table].name);
        ctx.forbid_columns = true;
        ctx.assigned_type = &c->type;
        if (is_null_constant(cmd.def())) {
          c->default_value.reset();
        } else {
          c->default_value = canonical::bind_expression(cmd.def(), ctx);
        }
        break;
      }
      case pg_query::AT_SetNotNull:
        if (Column* c = column_named(cmd.name())) c->not_null = true;
        break;
      case pg_query::AT_AddIdentity:
        if (Column* c = column_named(cmd.name())) apply_identity(*c, catalog_.tables[*table], cmd.def().constraint());
        break;
      case pg_query::AT_AttachPartition: {
        const auto& pc = cmd.def().partition_cmd();
        auto child = find_table(pc.name(), true);
        if (!child) break;
        const Table& parent = catalog_.tables[*table];
        if (catalog_.tables[*child].partition_of) {
          error(at_statement(), fmt::format("\"{}\" is already a partition", catalog_.tables[*child].name.name),
                "invalid-partition");
          break;
        }
        bool circular = *child == *table;
        for (auto above = parent.partition_of; above && !circular;) {
          auto it = table_index_.find(*above);
          if (it == table_index_.end()) break;
          circular = it->second == *child;
          above = catalog_.tables[it->second].partition_of;
        }
        if (circular) {
          error(at_statement(), "circular inheritance not allowed", "invalid-partition");
          break;
        }
        if (!takes_parent_columns(*table, *child)) break;
        catalog_.tables[*child].partition_of = parent.name;
        partitions_[*table].push_back(*child);
        pending_partitions_.push_back({*child, &pc.bound(), at_statement()});
        if (!indexed_tables_.count(parent.name)) break;
        std::vector<Index> parent_indexes;  // copied: adopting removes indexes from the catalog
        for (const auto& i : catalog_.indexes) {
          if (i.name.schema == parent.name.schema && i.table == parent.name.name) parent_indexes.push_back(i);
        }
        for (const auto& i : parent_indexes) adopt_matching_index(i, *child);
        break;
      }
      case pg_query::AT_SetRelOptions: {
        auto& opts = catalog_.tables[*table].options;
        for (const auto& o : cmd.def().list().items()) {
          std::string text = reloption_text(o.def_elem());
          std::string key = text.substr(0, text.find('='));
          opts.erase(std::remove_if(opts.begin(), opts.end(),
                                    [&](const std::string& s) { return s.substr(0, s.find('=')) == key; }),
                     opts.end());
          opts.push_back(text);
        }
        std::sort(opts.begin(), opts.end());
        break;
      }
      case pg_query::AT_SetLogged:
      case pg_query::AT_SetUnLogged: {
        bool unlogged = cmd.subtype() == pg_query::AT_SetUnLogged;
        catalog_.tables[*table].unlogged = unlogged;
        pending_persistence_.push_back({true, *table, unlogged});
        break;
      }
      case pg_query::AT_EnableRowSecurity: catalog_.tables[*table].row_security = true; break;
      case pg_query::AT_DisableRowSecurity: catalog_.tables[*table].row_security = false; break;
      case pg_query::AT_ForceRowSecurity: catalog_.tables[*table].force_row_security = true; break;
      case pg_query::AT_NoForceRowSecurity: catalog_.tables[*table].force_row_security = false; break;
      case pg_query::AT_EnableTrig: set_trigger_state(*table, cmd.name(), 'O'); break;
      case pg_query::AT_DisableTrig: set_trigger_state(*table, cmd.name(), 'D'); break;
      case pg_query::AT_EnableReplicaTrig: set_trigger_state(*table, cmd.name(), 'R'); break;
      case pg_query::AT_EnableAlwaysTrig: set_trigger_state(*table, cmd.name(), 'A'); break;
      case pg_query::AT_ChangeOwner:
        error(at_statement(), "ALTER TABLE ... OWNER TO is not supported: schemac does not manage ownership",
              "unsupported-statement");
        break;
      default: unsupported(at_statement(), "ALTER TABLE ... " + subcommand_name(cmd.subtype())); break;
    }
  }
  if (!constraints.empty()) add_constraints(*table, constraints);
}

void CatalogBuilder::attach_sequence_persistence(const pg_query::AlterTableStmt& stmt) {
  // ALTER SEQUENCE ... SET LOGGED / SET UNLOGGED parses as ALTER TABLE; nothing else of it does.
  for (const auto& n : stmt.cmds()) {
    auto subtype = n.alter_table_cmd().subtype();
    if (subtype != pg_query::AT_SetLogged && subtype != pg_query::AT_SetUnLogged) {
      unsupported(at_statement(), "this form of ALTER SEQUENCE");
      return;
    }
  }
  std::vector<std::string> parts;
  if (!stmt.relation().schemaname().empty()) parts.push_back(stmt.relation().schemaname());
  parts.push_back(stmt.relation().relname());
  auto name = find_sequence_name(parts, search_path());
  if (!name) {
    error(at(stmt.relation().location()), fmt::format("relation \"{}\" does not exist", stmt.relation().relname()),
          "unknown-sequence");
    return;
  }
  for (const auto& n : stmt.cmds()) {
    pending_persistence_.push_back({false, sequence_index_.at(*name), n.alter_table_cmd().subtype() == pg_query::AT_SetUnLogged});
  }
}

// ---- references across tables --------------------------------------------------------------

void CatalogBuilder::resolve_references() {
  for (const auto& p : pending_partitions_) bind_partition_bound(p.table, *p.bound, p.where);

  for (const auto& p : pending_owners_) {
    if (p.parts.size() < 2) {
      error(p.where, "OWNED BY needs a table and column name", "invalid-option");
      continue;
    }
    std::vector<std::string> table_parts(p.parts.begin(), p.parts.end() - 1);
    auto table = find_table_by_parts(table_parts, *p.path);
    if (!table) {
      error(p.where, fmt::format("relation \"{}\" does not exist", fmt::join(table_parts, ".")), "unknown-table");
      continue;
    }
    const Table& t = catalog_.tables[*table];
    if (!t.find_column(p.parts.back())) {
      error(p.where, fmt::format("column \"{}\" of relation \"{}\" does not exist", p.parts.back(), t.name.name),
            "unknown-column");
      continue;
    }
    if (t.name.schema != catalog_.sequences[p.sequence].name.schema) {
      error(p.where, "sequence must be in the same schema as the table it is linked to", "invalid-option");
      continue;
    }
    catalog_.sequences[p.sequence].owned_by_table = t.name;
    catalog_.sequences[p.sequence].owned_by_column = p.parts.back();
  }
  for (const auto& p : pending_persistence_) {
    if (!p.of_table) {
      catalog_.sequences[p.index].unlogged = p.unlogged;
      continue;
    }
    for (auto& seq : catalog_.sequences) {
      if (seq.owned_by_table == catalog_.tables[p.index].name) seq.unlogged = p.unlogged;
    }
  }

  for (const auto& p : pending_foreign_keys_) {
    Table& t = catalog_.tables[p.table];
    // Of that name and kind: a foreign key refused for its name (taken by a CHECK constraint,
    // say) was reported where it was declared and is not there.
    auto it = std::find_if(t.constraints.begin(), t.constraints.end(),
                           [&](auto& c) { return c.name == p.constraint && c.kind == ConstraintKind::foreign_key; });
    if (it == t.constraints.end()) continue;
    Constraint& fk = *it;
    auto referenced = table_index_.find(fk.references);
    if (referenced == table_index_.end()) continue;  // reported where it was declared
    const Table& ref = catalog_.tables[referenced->second];
    if (!p.columns_given) {
      const Constraint* pk = ref.primary_key();
      if (!pk) {
        error(p.where, fmt::format("there is no primary key for referenced table \"{}\"", ref.name.name), "invalid-foreign-key");
        continue;
      }
      fk.referenced_columns = pk->columns;
    }
    bool columns_ok = true;
    for (const auto& col : fk.referenced_columns) {
      if (!ref.find_column(col)) {
        error(p.where, fmt::format("column \"{}\" referenced in foreign key constraint does not exist", col),
              "unknown-column");
        columns_ok = false;
      }
    }
    if (!columns_ok) continue;
    if (fk.referenced_columns.size() != fk.columns.size()) {
      error(p.where, "number of referencing and referenced columns for foreign key disagree", "invalid-foreign-key");
      continue;
    }
    auto same_set = [&](std::vector<std::string> a) {
      std::vector<std::string> b = fk.referenced_columns;
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      return a == b;
    };
    bool unique = std::any_of(ref.constraints.begin(), ref.constraints.end(), [&](const Constraint& c) {
      return (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique) && !c.deferrable &&
             same_set(c.columns);
    });
    unique = unique || std::any_of(catalog_.indexes.begin(), catalog_.indexes.end(), [&](const Index& i) {
               if (!i.unique || i.where || i.name.schema != ref.name.schema || i.table != ref.name.name) return false;
               std::vector<std::string> cols;
               for (const auto& e : i.elements) {
                 if (e.column.empty()) return false;
                 cols.push_back(e.column);
               }
               return same_set(cols);
             });
    if (!unique) {
      error(p.where,
            fmt::format("there is no unique constraint matching given keys for referenced table \"{}\"", ref.name.name),
            "invalid-foreign-key");
    }
  }

  // Index keys and partition keys may only name existing columns; opclasses that are the
  // type's default are dropped (PostgreSQL does not print them back).
  for (auto& index : catalog_.indexes) {
    auto it = table_index_.find({index.name.schema, index.table});
    if (it == table_index_.end()) continue;
    auto scope = column_scope(it->second);
    for (auto& e : index.elements) {
      auto col = e.column.empty() ? scope.end() : scope.find(e.column);
      if (is_default_opclass(index.method, col == scope.end() ? nullptr : &col->second, e.opclass)) e.opclass.clear();
    }
  }
  for (auto& t : catalog_.tables) {
    auto scope = column_scope(table_index_.at(t.name));
    auto strip = [&](std::vector<IndexElement>& elements, const std::string& method) {
      for (auto& e : elements) {
        auto col = e.column.empty() ? scope.end() : scope.find(e.column);
        if (is_default_opclass(method, col == scope.end() ? nullptr : &col->second, e.opclass)) e.opclass.clear();
      }
    };
    for (auto& c : t.constraints) {
      if (c.kind == ConstraintKind::exclude) strip(c.elements, c.method);
    }
    if (t.partition_key) strip(t.partition_key->elements, t.partition_key->strategy == PartitionStrategy::hash ? "hash" : "btree");
  }
}

}  // namespace schemac::frontend
