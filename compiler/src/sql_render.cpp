#include "phase_timer.hpp"
#include "schemac/sql_render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "canonical/names.hpp"
#include "pg/tree.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

namespace {

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string column_list(const std::vector<std::string>& columns) {
  std::vector<std::string> quoted;
  for (const auto& c : columns) quoted.push_back(quote_ident(c));
  return "(" + join(quoted, ", ") + ")";
}

}  // namespace

std::string render_storage_options(const std::vector<std::string>& options) {
  std::vector<std::string> parts;
  for (const auto& o : options) {
    auto eq = o.find('=');
    std::string name = o.substr(0, eq);
    std::string value = eq == std::string::npos ? "" : o.substr(eq + 1);
    // Qualified names (toast.fillfactor) keep their dot; values are quoted literals.
    auto dot = name.find('.');
    std::string key = dot == std::string::npos ? quote_ident(name)
                                               : quote_ident(name.substr(0, dot)) + "." + quote_ident(name.substr(dot + 1));
    parts.push_back(key + "=" + quote_literal(value));
  }
  return "(" + join(parts, ", ") + ")";
}

namespace {

const char* fk_action_sql(ForeignKeyAction a) {
  switch (a) {
    case ForeignKeyAction::restrict: return "RESTRICT";
    case ForeignKeyAction::cascade: return "CASCADE";
    case ForeignKeyAction::set_null: return "SET NULL";
    case ForeignKeyAction::set_default: return "SET DEFAULT";
    default: return "NO ACTION";
  }
}

std::string deferrable_sql(const Constraint& c) {
  if (!c.deferrable) return "";
  return c.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
}

std::string interval_fields(std::int32_t mask) {
  // datetime.h: MONTH=1 YEAR=2 DAY=3 HOUR=10 MINUTE=11 SECOND=12, as bit positions.
  static const std::map<std::int32_t, const char*> fields = {
      {1 << 2, " year"},
      {1 << 1, " month"},
      {1 << 3, " day"},
      {1 << 10, " hour"},
      {1 << 11, " minute"},
      {1 << 12, " second"},
      {(1 << 2) | (1 << 1), " year to month"},
      {(1 << 3) | (1 << 10), " day to hour"},
      {(1 << 3) | (1 << 10) | (1 << 11), " day to minute"},
      {(1 << 3) | (1 << 10) | (1 << 11) | (1 << 12), " day to second"},
      {(1 << 10) | (1 << 11), " hour to minute"},
      {(1 << 10) | (1 << 11) | (1 << 12), " hour to second"},
      {(1 << 11) | (1 << 12), " minute to second"},
  };
  auto it = fields.find(mask);
  return it == fields.end() ? "" : it->second;
}

}  // namespace

std::string render_type(const TypeRef& type) {
  std::string out;
  const auto& m = type.modifiers;
  auto mods = [&]() {
    std::vector<std::string> parts;
    for (auto v : m) parts.push_back(std::to_string(v));
    return m.empty() ? std::string() : "(" + join(parts, ",") + ")";
  };
  if (!type.schema.empty()) {
    out = quote_qualified({type.schema, type.name}) + mods();
  } else {
    const std::string& n = type.name;
    if (n == "int2") out = "smallint";
    else if (n == "int4") out = "integer";
    else if (n == "int8") out = "bigint";
    else if (n == "float4") out = "real";
    else if (n == "float8") out = "double precision";
    else if (n == "bool") out = "boolean";
    else if (n == "varchar") out = "character varying" + mods();
    else if (n == "bpchar") out = m.empty() ? "bpchar" : "character" + mods();
    else if (n == "varbit") out = "bit varying" + mods();
    else if (n == "timestamp") out = "timestamp" + mods() + " without time zone";
    else if (n == "timestamptz") out = "timestamp" + mods() + " with time zone";
    else if (n == "time") out = "time" + mods() + " without time zone";
    else if (n == "timetz") out = "time" + mods() + " with time zone";
    else if (n == "char") out = "\"char\"";
    else if (n == "interval") {
      out = "interval";
      if (!m.empty()) {
        constexpr std::int32_t full_range = 0x7FFF, full_precision = 0xFFFF;
        if (m[0] != full_range) out += interval_fields(m[0]);
        if (m.size() > 1 && m[1] != full_precision) out += "(" + std::to_string(m[1]) + ")";
      }
    } else {
      // Quoted where PostgreSQL needs it (a type named "check" reads only quoted), as
      // format_type does; numeric and bit are keywords with a grammar of their own.
      bool keyword_type = n == "numeric" || n == "bit";
      out = (keyword_type ? n : quote_ident(n)) + mods();
    }
  }
  if (type.is_array) out += "[]";
  return out;
}

std::string render_expression(const Expression& expr) { return pg::deparse_expression(expr.tree); }

std::string render_sequence_options(const SequenceOptions& o) {
  SequenceOptions d = default_sequence_options(o.type, o.increment);
  std::string out;
  if (o.type != "int8") out += " AS " + render_type({"", o.type, {}, false});
  if (o.increment != 1) out += fmt::format(" INCREMENT BY {}", o.increment);
  if (o.min_value != d.min_value) out += fmt::format(" MINVALUE {}", o.min_value);
  if (o.max_value != d.max_value) out += fmt::format(" MAXVALUE {}", o.max_value);
  std::int64_t default_start = o.increment > 0 ? o.min_value : o.max_value;
  if (o.start != default_start) out += fmt::format(" START WITH {}", o.start);
  if (o.cache != 1) out += fmt::format(" CACHE {}", o.cache);
  if (o.cycle) out += " CYCLE";
  return out;
}

std::string render_identity(const Identity& identity, const QualifiedName& table, const std::string& column) {
  std::string out = identity.always ? "GENERATED ALWAYS AS IDENTITY" : "GENERATED BY DEFAULT AS IDENTITY";
  // The column's type is the sequence's type: AS is never needed.
  const SequenceOptions& o = identity.options;
  SequenceOptions typed_default = default_sequence_options(identity.options.type, identity.options.increment);
  std::string opts;
  if (identity.sequence_name != canonical::make_object_name(table.name, column, "seq")) {
    opts += " SEQUENCE NAME " + quote_qualified({table.schema, identity.sequence_name});
  }
  if (o.increment != 1) opts += fmt::format(" INCREMENT BY {}", o.increment);
  if (o.min_value != typed_default.min_value) opts += fmt::format(" MINVALUE {}", o.min_value);
  if (o.max_value != typed_default.max_value) opts += fmt::format(" MAXVALUE {}", o.max_value);
  std::int64_t default_start = o.increment > 0 ? o.min_value : o.max_value;
  if (o.start != default_start) opts += fmt::format(" START WITH {}", o.start);
  if (o.cache != 1) opts += fmt::format(" CACHE {}", o.cache);
  if (o.cycle) opts += " CYCLE";
  if (!opts.empty()) out += " (" + opts.substr(1) + ")";
  return out;
}

std::string render_column(const Column& column, const QualifiedName& table) {
  std::string out = quote_ident(column.name) + " " + render_type(column.type);
  if (!column.collation.empty()) out += " COLLATE " + column.collation;
  if (column.identity) out += " " + render_identity(*column.identity, table, column.name);
  if (column.generated) out += " GENERATED ALWAYS AS (" + render_expression(*column.generated) + ") STORED";
  if (column.default_value) out += " DEFAULT " + render_expression(*column.default_value);
  if (column.not_null) out += " NOT NULL";
  return out;
}

std::string render_index_element(const IndexElement& e) {
  std::string out = e.expression ? "(" + render_expression(*e.expression) + ")" : quote_ident(e.column);
  if (!e.collation.empty()) out += " COLLATE " + e.collation;
  if (!e.opclass.empty()) {
    auto dot = e.opclass.find('.');
    out += " " + (dot == std::string::npos
                      ? quote_ident(e.opclass)
                      : quote_ident(e.opclass.substr(0, dot)) + "." + quote_ident(e.opclass.substr(dot + 1)));
    if (!e.opclass_options.empty()) out += " " + render_storage_options(e.opclass_options);
  }
  if (e.order == SortOrder::desc) out += " DESC";
  if (e.nulls == NullsOrder::first) out += " NULLS FIRST";
  if (e.nulls == NullsOrder::last) out += " NULLS LAST";
  return out;
}

std::string render_constraint_body(const Constraint& c) {
  std::string out;
  switch (c.kind) {
    case ConstraintKind::primary_key:
    case ConstraintKind::unique:
      out = c.kind == ConstraintKind::primary_key ? "PRIMARY KEY " : "UNIQUE ";
      if (c.nulls_not_distinct) out += "NULLS NOT DISTINCT ";
      out += column_list(c.columns);
      if (!c.include.empty()) out += " INCLUDE " + column_list(c.include);
      if (!c.index_options.empty()) out += " WITH " + render_storage_options(c.index_options);
      break;
    case ConstraintKind::check:
      out = "CHECK (" + render_expression(*c.check) + ")";
      if (c.no_inherit) out += " NO INHERIT";
      break;
    case ConstraintKind::foreign_key:
      out = "FOREIGN KEY " + column_list(c.columns) + " REFERENCES " + quote_qualified(c.references) + " " +
            column_list(c.referenced_columns);
      if (c.match == ForeignKeyMatch::full) out += " MATCH FULL";
      if (c.match == ForeignKeyMatch::partial) out += " MATCH PARTIAL";
      if (c.on_update != ForeignKeyAction::no_action) out += std::string(" ON UPDATE ") + fk_action_sql(c.on_update);
      if (c.on_delete != ForeignKeyAction::no_action) {
        out += std::string(" ON DELETE ") + fk_action_sql(c.on_delete);
        if (!c.on_delete_columns.empty()) out += " " + column_list(c.on_delete_columns);
      }
      break;
    case ConstraintKind::exclude: {
      std::vector<std::string> elems;
      for (const auto& e : c.elements) elems.push_back(render_index_element(e) + " WITH " + e.exclusion_operator);
      out = "EXCLUDE USING " + quote_ident(c.method) + " (" + join(elems, ", ") + ")";
      if (!c.include.empty()) out += " INCLUDE " + column_list(c.include);
      if (!c.index_options.empty()) out += " WITH " + render_storage_options(c.index_options);
      if (c.where) out += " WHERE (" + render_expression(*c.where) + ")";
      break;
    }
  }
  return out + deferrable_sql(c);
}

std::string render_partition_key(const PartitionKey& key) {
  const char* strategy = key.strategy == PartitionStrategy::range ? "RANGE"
                         : key.strategy == PartitionStrategy::list ? "LIST"
                                                                    : "HASH";
  std::vector<std::string> elems;
  for (const auto& e : key.elements) elems.push_back(render_index_element(e));
  return fmt::format("PARTITION BY {} ({})", strategy, join(elems, ", "));
}

std::string render_partition_bound(const PartitionBound& b) {
  if (b.is_default) return "DEFAULT";
  if (!b.in_values.empty()) return "FOR VALUES IN (" + join(b.in_values, ", ") + ")";
  if (!b.from.empty()) return "FOR VALUES FROM (" + join(b.from, ", ") + ") TO (" + join(b.to, ", ") + ")";
  return fmt::format("FOR VALUES WITH (MODULUS {}, REMAINDER {})", b.modulus, b.remainder);
}

std::string render_create_schema(const Schema& schema) { return "CREATE SCHEMA " + quote_ident(schema.name); }

std::string render_create_extension(const Extension& e) {
  std::string out = "CREATE EXTENSION " + quote_ident(e.name) + " WITH SCHEMA " + quote_ident(e.schema);
  if (!e.version.empty()) out += " VERSION " + quote_literal(e.version);
  return out;
}

std::string render_create_enum(const EnumType& type) {
  std::vector<std::string> labels;
  for (const auto& l : type.labels) labels.push_back(quote_literal(l));
  return "CREATE TYPE " + quote_qualified(type.name) + " AS ENUM (" + join(labels, ", ") + ")";
}

std::string render_create_sequence(const Sequence& s) {
  return std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + quote_qualified(s.name) +
         render_sequence_options(s.options);
}

bool is_separate_constraint(const Constraint& c) { return c.kind == ConstraintKind::foreign_key || !c.validated; }

std::string render_create_table(const Table& t, bool (*include_constraint)(const Constraint&)) {
  std::string out = std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + quote_qualified(t.name);
  std::vector<std::string> elements;
  if (!t.partition_of) {
    for (const auto& c : t.columns) elements.push_back(render_column(c, t.name));
  }
  for (const auto& c : t.constraints) {
    bool include = include_constraint ? include_constraint(c) : !is_separate_constraint(c);
    if (include) elements.push_back("CONSTRAINT " + quote_ident(c.name) + " " + render_constraint_body(c));
  }
  if (t.partition_of) {
    out += " PARTITION OF " + quote_qualified(*t.partition_of);
    if (!elements.empty()) out += " (\n    " + join(elements, ",\n    ") + "\n)";
    out += " " + render_partition_bound(t.partition_bound);
  } else if (elements.empty()) {
    out += " ()";
  } else {
    out += " (\n    " + join(elements, ",\n    ") + "\n)";
  }
  if (t.partition_key) out += " " + render_partition_key(*t.partition_key);
  if (!t.options.empty()) out += " WITH " + render_storage_options(t.options);
  return out;
}

std::string render_add_constraint(const QualifiedName& table, const Constraint& c) {
  return "ALTER TABLE " + quote_qualified(table) + " ADD CONSTRAINT " + quote_ident(c.name) + " " +
         render_constraint_body(c) + (c.validated ? "" : " NOT VALID");
}

std::string render_create_index(const Index& i, bool concurrently) {
  std::vector<std::string> elems;
  for (const auto& e : i.elements) elems.push_back(render_index_element(e));
  std::string out = std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "") +
                    quote_ident(i.name.name) + " ON " + quote_qualified({i.name.schema, i.table});
  if (i.method != "btree") out += " USING " + quote_ident(i.method);
  out += " (" + join(elems, ", ") + ")";
  if (!i.include.empty()) out += " INCLUDE " + column_list(i.include);
  if (i.nulls_not_distinct) out += " NULLS NOT DISTINCT";
  if (!i.options.empty()) out += " WITH " + render_storage_options(i.options);
  if (i.where) out += " WHERE (" + render_expression(*i.where) + ")";
  return out;
}

std::string render_sequence_owner(const Sequence& s) {
  std::string owner = s.owned_by_table ? quote_qualified(*s.owned_by_table) + "." + quote_ident(s.owned_by_column) : "NONE";
  return "ALTER SEQUENCE " + quote_qualified(s.name) + " OWNED BY " + owner;
}

std::string render_object_reference(const ObjectKey& key) {
  switch (key.kind) {
    case ObjectKind::view: return "VIEW " + quote_qualified({key.schema, key.name});
    case ObjectKind::materialized_view: return "MATERIALIZED VIEW " + quote_qualified({key.schema, key.name});
    case ObjectKind::function: return "ROUTINE " + quote_ident(key.schema) + "." + key.name;
    case ObjectKind::trigger: return "TRIGGER " + quote_ident(key.sub) + " ON " + quote_qualified({key.schema, key.name});
    case ObjectKind::policy: return "POLICY " + quote_ident(key.sub) + " ON " + quote_qualified({key.schema, key.name});
    case ObjectKind::domain_constraint:
      return "CONSTRAINT " + quote_ident(key.sub) + " ON DOMAIN " + quote_qualified({key.schema, key.name});
    case ObjectKind::schema: return "SCHEMA " + quote_ident(key.name);
    case ObjectKind::extension: return "EXTENSION " + quote_ident(key.name);
    case ObjectKind::type: return "TYPE " + quote_qualified({key.schema, key.name});
    case ObjectKind::sequence: return "SEQUENCE " + quote_qualified({key.schema, key.name});
    case ObjectKind::table: return "TABLE " + quote_qualified({key.schema, key.name});
    case ObjectKind::column: return "COLUMN " + quote_qualified({key.schema, key.name}) + "." + quote_ident(key.sub);
    case ObjectKind::constraint:
      return "CONSTRAINT " + quote_ident(key.sub) + " ON " + quote_qualified({key.schema, key.name});
    case ObjectKind::index: return "INDEX " + quote_qualified({key.schema, key.name});
    default: return describe(key);
  }
}

std::string render_comment(const ObjectKey& key, const std::optional<std::string>& comment) {
  bool none = !comment || comment->empty();  // PostgreSQL stores '' as no comment
  return "COMMENT ON " + render_object_reference(key) + " IS " + (none ? "NULL" : quote_literal(*comment));
}

std::string render_create_domain(const Domain& d) {
  std::string out = "CREATE DOMAIN " + quote_qualified(d.name) + " AS " + render_type(d.base);
  if (!d.collation.empty()) out += " COLLATE " + d.collation;
  if (d.default_value) out += " DEFAULT " + render_expression(*d.default_value);
  if (d.not_null) out += " NOT NULL";
  for (const auto& c : d.checks) {
    if (c.validated) out += " CONSTRAINT " + quote_ident(c.name) + " CHECK (" + render_expression(*c.check) + ")";
  }
  return out;
}

std::string render_domain_check(const Domain& d, const Constraint& c) {
  return "ALTER DOMAIN " + quote_qualified(d.name) + " ADD CONSTRAINT " + quote_ident(c.name) + " CHECK (" +
         render_expression(*c.check) + ")" + (c.validated ? "" : " NOT VALID");
}

std::string render_create_composite(const CompositeType& t) {
  std::vector<std::string> attrs;
  for (const auto& a : t.attributes) {
    attrs.push_back(quote_ident(a.name) + " " + render_type(a.type) + (a.collation.empty() ? "" : " COLLATE " + a.collation));
  }
  return "CREATE TYPE " + quote_qualified(t.name) + " AS (" + join(attrs, ", ") + ")";
}

std::string render_function_name(const Function& f) {
  return quote_ident(f.name.schema) + "." + f.signature();
}

namespace {

// The body between $tag$ quotes. The tag without its closing `$` must not occur in the body
// (as pg_dump checks), else a body ending in `$function` would close the quote early.
std::string dollar_quote(const std::string& body) {
  std::string tag = "$function";
  for (int n = 1; body.find(tag) != std::string::npos; ++n) tag = "$function" + std::to_string(n);
  return tag + "$" + body + tag + "$";
}

std::string number_text(double v) {
  std::string s = fmt::format("{}", v);
  return s;
}

// BEGIN ATOMIC ... END or RETURN expr, from the body's parse tree.
std::string render_sql_body(const Expression& body) {
  pg_query::Node node = pg::read_node(body.tree);
  if (node.has_return_stmt()) return "RETURN " + pg::deparse_expression(node.return_stmt().returnval());
  std::string out = "BEGIN ATOMIC\n";
  const auto& outer = node.list().items();
  if (!outer.empty()) {
    for (const auto& stmt : outer.Get(0).list().items()) out += "  " + pg::deparse_statement(stmt) + ";\n";
  }
  return out + "END";
}

}  // namespace

std::string render_create_function(const Function& f, bool or_replace) {
  std::string out = std::string("CREATE ") + (or_replace ? "OR REPLACE " : "") + (f.procedure ? "PROCEDURE " : "FUNCTION ") +
                    quote_qualified(f.name) + "(";
  std::vector<std::string> args, table_columns;
  for (const auto& a : f.arguments) {
    std::string text;
    if (a.mode == 't') {
      table_columns.push_back(quote_ident(a.name) + " " + render_type(a.type));
      continue;
    }
    if (a.mode == 'o') text = "OUT ";
    if (a.mode == 'b') text = "INOUT ";
    if (a.mode == 'v') text = "VARIADIC ";
    if (!a.name.empty()) text += quote_ident(a.name) + " ";
    text += render_type(a.type);
    if (a.default_value) text += " DEFAULT " + render_expression(*a.default_value);
    args.push_back(text);
  }
  out += join(args, ", ") + ")\n";
  if (!table_columns.empty()) {
    out += "  RETURNS TABLE(" + join(table_columns, ", ") + ")\n";
  } else if (f.return_type) {
    out += "  RETURNS " + std::string(f.returns_set ? "SETOF " : "") + render_type(*f.return_type) + "\n";
  }
  out += "  LANGUAGE " + quote_ident(f.language) + "\n";
  std::string traits;
  if (f.volatility == 'i') traits += " IMMUTABLE";
  if (f.volatility == 's') traits += " STABLE";
  if (f.strict) traits += " STRICT";
  if (f.security_definer) traits += " SECURITY DEFINER";
  if (f.leakproof) traits += " LEAKPROOF";
  if (f.parallel == 's') traits += " PARALLEL SAFE";
  if (f.parallel == 'r') traits += " PARALLEL RESTRICTED";
  if (f.cost != 100) traits += " COST " + number_text(f.cost);
  if (f.returns_set && f.rows != 1000) traits += " ROWS " + number_text(f.rows);
  if (!traits.empty()) out += " " + traits + "\n";
  for (const auto& s : f.settings) {
    auto eq = s.find('=');
    out += "  SET " + quote_ident(s.substr(0, eq)) + " TO " + s.substr(eq + 1) + "\n";
  }
  if (f.sql_body) return out + render_sql_body(*f.sql_body);
  return out + "AS " + dollar_quote(f.body);
}

std::string render_view_query(const View& v) {
  return pg::deparse_statement(pg::read_node(v.query.tree));
}

std::string render_create_view(const View& v, bool or_replace) {
  std::string out = std::string("CREATE ") + (or_replace ? "OR REPLACE " : "") + (v.materialized ? "MATERIALIZED " : "") +
                    "VIEW " + quote_qualified(v.name);
  std::vector<std::string> names;
  for (const auto& c : v.columns) names.push_back(quote_ident(c.name));
  if (!names.empty()) out += " (" + join(names, ", ") + ")";
  if (!v.options.empty()) out += " WITH " + render_storage_options(v.options);
  out += " AS\n" + render_view_query(v);
  if (v.materialized && !v.with_data) out += "\nWITH NO DATA";
  return out;
}

std::string render_create_trigger(const Trigger& t, bool or_replace) {
  std::string out = std::string("CREATE ") + (or_replace ? "OR REPLACE " : "") + (t.constraint_trigger ? "CONSTRAINT " : "") +
                    "TRIGGER " + quote_ident(t.name) + " ";
  out += t.timing == TriggerTiming::before ? "BEFORE" : t.timing == TriggerTiming::after ? "AFTER" : "INSTEAD OF";
  std::vector<std::string> events;
  if (t.on_insert) events.push_back("INSERT");
  if (t.on_update) {
    std::string e = "UPDATE";
    if (!t.update_columns.empty()) {
      std::vector<std::string> cols;
      for (const auto& c : t.update_columns) cols.push_back(quote_ident(c));
      e += " OF " + join(cols, ", ");
    }
    events.push_back(e);
  }
  if (t.on_delete) events.push_back("DELETE");
  if (t.on_truncate) events.push_back("TRUNCATE");
  out += " " + join(events, " OR ") + " ON " + quote_qualified(t.table);
  if (t.constraint_from) out += " FROM " + quote_qualified(*t.constraint_from);
  if (t.constraint_trigger) out += t.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : t.deferrable ? " DEFERRABLE" : "";
  if (!t.old_table.empty() || !t.new_table.empty()) {
    out += " REFERENCING";
    if (!t.old_table.empty()) out += " OLD TABLE AS " + quote_ident(t.old_table);
    if (!t.new_table.empty()) out += " NEW TABLE AS " + quote_ident(t.new_table);
  }
  out += t.for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT";
  if (t.when) out += " WHEN (" + render_expression(*t.when) + ")";
  std::vector<std::string> args;
  for (const auto& a : t.arguments) args.push_back(quote_literal(a));
  out += " EXECUTE FUNCTION " + quote_qualified(t.function) + "(" + join(args, ", ") + ")";
  return out;
}

std::string render_trigger_state(const Trigger& t) {
  std::string state = t.enabled == 'D' ? "DISABLE" : t.enabled == 'R' ? "ENABLE REPLICA" : t.enabled == 'A' ? "ENABLE ALWAYS" : "ENABLE";
  return "ALTER TABLE " + quote_qualified(t.table) + " " + state + " TRIGGER " + quote_ident(t.name);
}

std::string render_policy_roles(const std::vector<std::string>& roles) {
  std::vector<std::string> out;
  for (const auto& r : roles) out.push_back(r == "public" ? "PUBLIC" : quote_ident(r));
  return join(out, ", ");
}

std::string render_create_policy(const Policy& p) {
  std::string cmd = p.command;
  for (auto& c : cmd) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string out = "CREATE POLICY " + quote_ident(p.name) + " ON " + quote_qualified(p.table) + " AS " +
                    (p.permissive ? "PERMISSIVE" : "RESTRICTIVE") + " FOR " + cmd + " TO " + render_policy_roles(p.roles);
  if (p.using_expr) out += " USING (" + render_expression(*p.using_expr) + ")";
  if (p.check_expr) out += " WITH CHECK (" + render_expression(*p.check_expr) + ")";
  return out;
}

std::vector<std::string> render_privilege_changes(const std::string& target, const std::string& column,
                                                  const Privileges& from, const Privileges& to) {
  std::vector<std::string> out;
  auto grantee_sql = [](const std::string& g) { return g == "PUBLIC" ? std::string("PUBLIC") : quote_ident(g); };
  auto priv_sql = [&](const std::string& p) { return column.empty() ? p : p + " (" + quote_ident(column) + ")"; };
  auto find = [](const Privileges& set, const Privilege& p) {
    return std::find_if(set.begin(), set.end(), [&](const Privilege& q) { return q.grantee == p.grantee && q.privilege == p.privilege; });
  };
  for (const auto& p : from) {
    auto it = find(to, p);
    if (it == to.end()) {
      out.push_back("REVOKE " + priv_sql(p.privilege) + " ON " + target + " FROM " + grantee_sql(p.grantee));
    } else if (p.grantable && !it->grantable) {
      out.push_back("REVOKE GRANT OPTION FOR " + priv_sql(p.privilege) + " ON " + target + " FROM " + grantee_sql(p.grantee));
    }
  }
  for (const auto& p : to) {
    auto it = find(from, p);
    if (it == from.end() || (p.grantable && !it->grantable)) {
      out.push_back("GRANT " + priv_sql(p.privilege) + " ON " + target + " TO " + grantee_sql(p.grantee) +
                    (p.grantable ? " WITH GRANT OPTION" : ""));
    }
  }
  return out;
}

std::string render_default_privilege(const DefaultPrivilege& d, bool apply) {
  bool grant = d.revoked ? !apply : apply;  // a revoked built-in default is established by REVOKE
  std::string out = "ALTER DEFAULT PRIVILEGES";
  if (!d.role.empty()) out += " FOR ROLE " + quote_ident(d.role);
  if (!d.schema.empty()) out += " IN SCHEMA " + quote_ident(d.schema);
  std::string grantee = d.privilege.grantee == "PUBLIC" ? "PUBLIC" : quote_ident(d.privilege.grantee);
  if (grant) {
    return out + " GRANT " + d.privilege.privilege + " ON " + d.object_type + " TO " + grantee +
           (d.privilege.grantable ? " WITH GRANT OPTION" : "");
  }
  return out + " REVOKE " + d.privilege.privilege + " ON " + d.object_type + " FROM " + grantee;
}

std::vector<const View*> views_in_dependency_order(const Catalog& catalog) {
  std::vector<const View*> out;
  std::set<QualifiedName> done;
  auto needs = [&](const View& v) {
    for (const auto& r : v.query.references) {
      if (r.kind != ObjectKind::view && r.kind != ObjectKind::materialized_view) continue;
      QualifiedName n{r.schema, r.name};
      if (n != v.name && !done.count(n) && catalog.find_view(n)) return true;
    }
    return false;
  };
  while (out.size() < catalog.views.size()) {
    std::size_t before = out.size();
    for (const auto& v : catalog.views) {
      if (done.count(v.name) || needs(v)) continue;
      done.insert(v.name);
      out.push_back(&v);
    }
    if (out.size() == before) {  // a cycle cannot happen in a valid catalog; keep the rest as is
      for (const auto& v : catalog.views) {
        if (!done.count(v.name)) out.push_back(&v);
      }
      break;
    }
  }
  return out;
}

std::string render_catalog(const Catalog& catalog) {
  PhaseTimer timer("render catalog");
  std::string out = "SET check_function_bodies = false;\n";
  auto stmt = [&](const std::string& s) { out += s + ";\n"; };
  std::vector<std::string> comments, grants;
  auto comment = [&](ObjectKey key, const std::optional<std::string>& text) {
    if (text) comments.push_back(render_comment(key, text));
  };
  auto privileges = [&](const std::string& target, const std::string& column, const Privileges& defaults,
                        const Privileges& actual) {
    for (auto& g : render_privilege_changes(target, column, defaults, actual)) grants.push_back(std::move(g));
  };
  for (const auto& s : catalog.schemas) {
    stmt(render_create_schema(s));
    comment({ObjectKind::schema, "", s.name, ""}, s.comment);
    privileges("SCHEMA " + quote_ident(s.name), "", {}, s.privileges);
  }
  for (const auto& e : catalog.extensions) {
    stmt(render_create_extension(e));
    comment({ObjectKind::extension, "", e.name, ""}, e.comment);
  }
  for (const auto& e : catalog.enums) {
    stmt(render_create_enum(e));
    comment({ObjectKind::type, e.name.schema, e.name.name, ""}, e.comment);
  }
  std::vector<std::string> late_domain_checks;
  for (const auto& d : catalog.domains) {
    stmt(render_create_domain(d));
    comment({ObjectKind::type, d.name.schema, d.name.name, ""}, d.comment);
    for (const auto& c : d.checks) {
      if (!c.validated) late_domain_checks.push_back(render_domain_check(d, c));
      comment({ObjectKind::domain_constraint, d.name.schema, d.name.name, c.name}, c.comment);
    }
  }
  for (const auto& t : catalog.composites) {
    stmt(render_create_composite(t));
    comment({ObjectKind::type, t.name.schema, t.name.name, ""}, t.comment);
    for (const auto& a : t.attributes) comment({ObjectKind::column, t.name.schema, t.name.name, a.name}, a.comment);
  }
  for (const auto& s : catalog.sequences) {
    stmt(render_create_sequence(s));
    comment({ObjectKind::sequence, s.name.schema, s.name.name, ""}, s.comment);
    privileges("SEQUENCE " + quote_qualified(s.name), "", {}, s.privileges);
  }
  Privileges execute_for_public = {{"PUBLIC", "EXECUTE", false, {}}};
  auto function = [&](const Function& f) {
    stmt(render_create_function(f));
    comment({ObjectKind::function, f.name.schema, f.signature(), ""}, f.comment);
    privileges("ROUTINE " + render_function_name(f), "", execute_for_public, f.privileges);
  };
  // Functions with SQL-standard bodies refer to tables and views: they come after them.
  for (const auto& f : catalog.functions) {
    if (!f.sql_body) function(f);
  }
  // Parents before their partitions.
  std::set<QualifiedName> done;
  std::vector<const Table*> order;
  for (std::size_t pass = 0; order.size() < catalog.tables.size() && pass <= catalog.tables.size(); ++pass) {
    for (const auto& t : catalog.tables) {
      if (done.count(t.name)) continue;
      if (t.partition_of && !done.count(*t.partition_of) && catalog.find_table(*t.partition_of)) continue;
      done.insert(t.name);
      order.push_back(&t);
    }
  }
  for (const Table* t : order) {
    stmt(render_create_table(*t));
    comment({ObjectKind::table, t->name.schema, t->name.name, ""}, t->comment);
    privileges("TABLE " + quote_qualified(t->name), "", {}, t->privileges);
    for (const auto& c : t->columns) {
      comment({ObjectKind::column, t->name.schema, t->name.name, c.name}, c.comment);
      privileges("TABLE " + quote_qualified(t->name), c.name, {}, c.privileges);
    }
    for (const auto& c : t->constraints) {
      if (!is_separate_constraint(c)) comment({ObjectKind::constraint, t->name.schema, t->name.name, c.name}, c.comment);
    }
  }
  for (const View* v : views_in_dependency_order(catalog)) {
    stmt(render_create_view(*v));
    ObjectKind kind = v->materialized ? ObjectKind::materialized_view : ObjectKind::view;
    comment({kind, v->name.schema, v->name.name, ""}, v->comment);
    for (const auto& c : v->columns) comment({ObjectKind::column, v->name.schema, v->name.name, c.name}, c.comment);
    privileges("TABLE " + quote_qualified(v->name), "", {}, v->privileges);
  }
  for (const auto& f : catalog.functions) {
    if (f.sql_body) function(f);
  }
  for (const auto& c : late_domain_checks) stmt(c);
  for (const Table* t : order) {
    for (const auto& c : t->constraints) {
      if (!is_separate_constraint(c)) continue;
      stmt(render_add_constraint(t->name, c));
      comment({ObjectKind::constraint, t->name.schema, t->name.name, c.name}, c.comment);
    }
  }
  // Indexes of partitions after those of the tables above them: PostgreSQL would attach a
  // matching one made earlier as the partition's copy, and the catalog lists no copies.
  std::map<QualifiedName, int> depth;
  for (const Table* t : order) {
    depth[t->name] = t->partition_of && depth.count(*t->partition_of) ? depth[*t->partition_of] + 1 : 0;
  }
  std::vector<const Index*> indexes;
  for (const auto& i : catalog.indexes) indexes.push_back(&i);
  std::stable_sort(indexes.begin(), indexes.end(), [&](const Index* a, const Index* b) {
    auto level = [&](const Index* i) {
      auto it = depth.find({i->name.schema, i->table});
      return it == depth.end() ? 0 : it->second;
    };
    return level(a) < level(b);
  });
  for (const Index* i : indexes) {
    stmt(render_create_index(*i));
    comment({ObjectKind::index, i->name.schema, i->name.name, ""}, i->comment);
  }
  for (const auto& t : catalog.triggers) {
    stmt(render_create_trigger(t));
    if (t.enabled != 'O') stmt(render_trigger_state(t));
    comment({ObjectKind::trigger, t.table.schema, t.table.name, t.name}, t.comment);
  }
  for (const Table* t : order) {
    if (t->row_security) stmt("ALTER TABLE " + quote_qualified(t->name) + " ENABLE ROW LEVEL SECURITY");
    if (t->force_row_security) stmt("ALTER TABLE " + quote_qualified(t->name) + " FORCE ROW LEVEL SECURITY");
  }
  for (const auto& p : catalog.policies) {
    stmt(render_create_policy(p));
    comment({ObjectKind::policy, p.table.schema, p.table.name, p.name}, p.comment);
  }
  for (const auto& s : catalog.sequences) {
    if (s.owned_by_table) stmt(render_sequence_owner(s));
  }
  for (const auto& g : grants) stmt(g);
  for (const auto& d : catalog.default_privileges) stmt(render_default_privilege(d, true));
  for (const auto& c : comments) stmt(c);
  return out;
}

}  // namespace schemac
