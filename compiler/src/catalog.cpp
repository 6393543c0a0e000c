#include "schemac/catalog.hpp"

#include <algorithm>

#include "schemac/sql_render.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

SequenceOptions default_sequence_options(const std::string& type, std::int64_t increment) {
  SequenceOptions o;
  o.type = type;
  o.increment = increment;
  std::int64_t type_max = type == "int2" ? INT16_MAX : type == "int4" ? INT32_MAX : INT64_MAX;
  std::int64_t type_min = type == "int2" ? INT16_MIN : type == "int4" ? INT32_MIN : INT64_MIN;
  if (increment > 0) {
    o.min_value = 1;
    o.max_value = type_max;
    o.start = 1;
  } else {
    o.min_value = type_min;
    o.max_value = -1;
    o.start = -1;
  }
  o.cache = 1;
  o.cycle = false;
  return o;
}

const Column* Table::find_column(std::string_view column) const {
  auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == column; });
  return it == columns.end() ? nullptr : &*it;
}

const Constraint* Table::find_constraint(std::string_view constraint) const {
  auto it = std::find_if(constraints.begin(), constraints.end(), [&](const Constraint& c) { return c.name == constraint; });
  return it == constraints.end() ? nullptr : &*it;
}

const Constraint* Table::primary_key() const {
  auto it = std::find_if(constraints.begin(), constraints.end(),
                         [](const Constraint& c) { return c.kind == ConstraintKind::primary_key; });
  return it == constraints.end() ? nullptr : &*it;
}

// As PostgreSQL's CompareIndexInfo: sort order and storage options do not count; operator
// classes and collations count as written.
bool attaches_as_copy(const Index& parent, const Index& index) {
  if (parent.unique != index.unique || parent.nulls_not_distinct != index.nulls_not_distinct ||
      parent.method != index.method || parent.include != index.include || parent.where != index.where ||
      parent.elements.size() != index.elements.size()) {
    return false;
  }
  for (std::size_t k = 0; k < parent.elements.size(); ++k) {
    const IndexElement& a = parent.elements[k];
    const IndexElement& b = index.elements[k];
    if (a.column != b.column || a.expression != b.expression || a.collation != b.collation || a.opclass != b.opclass) {
      return false;
    }
  }
  return true;
}

const Table* Catalog::find_table(const QualifiedName& name) const {
  auto it = std::find_if(tables.begin(), tables.end(), [&](const Table& t) { return t.name == name; });
  return it == tables.end() ? nullptr : &*it;
}

const EnumType* Catalog::find_enum(const QualifiedName& name) const {
  auto it = std::find_if(enums.begin(), enums.end(), [&](const EnumType& e) { return e.name == name; });
  return it == enums.end() ? nullptr : &*it;
}

const Sequence* Catalog::find_sequence(const QualifiedName& name) const {
  auto it = std::find_if(sequences.begin(), sequences.end(), [&](const Sequence& s) { return s.name == name; });
  return it == sequences.end() ? nullptr : &*it;
}

std::string Function::signature() const {
  std::string out = quote_ident(name.name) + "(";
  bool first = true;
  for (const auto& a : arguments) {
    if (a.mode == 'o' || a.mode == 't') continue;
    if (!first) out += ", ";
    first = false;
    out += render_type(a.type);
  }
  return out + ")";
}

const View* Catalog::find_view(const QualifiedName& name) const {
  auto it = std::find_if(views.begin(), views.end(), [&](const View& v) { return v.name == name; });
  return it == views.end() ? nullptr : &*it;
}

const char* kind_name(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::schema: return "schema";
    case ObjectKind::extension: return "extension";
    case ObjectKind::type: return "type";
    case ObjectKind::sequence: return "sequence";
    case ObjectKind::sequence_ownership: return "sequence ownership";
    case ObjectKind::table: return "table";
    case ObjectKind::column: return "column";
    case ObjectKind::constraint: return "constraint";
    case ObjectKind::index: return "index";
    case ObjectKind::view: return "view";
    case ObjectKind::materialized_view: return "materialized view";
    case ObjectKind::domain_constraint: return "domain constraint";
    case ObjectKind::function: return "function";
    case ObjectKind::trigger: return "trigger";
    case ObjectKind::policy: return "policy";
    case ObjectKind::privileges: return "privileges";
    case ObjectKind::default_privileges: return "default privileges";
    case ObjectKind::row_security: return "row level security";
    case ObjectKind::function_name: return "function name";
    case ObjectKind::relation_name: return "relation name";
  }
  return "object";
}

std::string describe(const ObjectKey& key) {
  std::string out = kind_name(key.kind);
  out += ' ';
  switch (key.kind) {
    case ObjectKind::schema:
    case ObjectKind::extension:
      out += quote_ident(key.name);
      break;
    case ObjectKind::column:
      out += quote_qualified({key.schema, key.name}) + "." + quote_ident(key.sub);
      break;
    case ObjectKind::constraint:
    case ObjectKind::domain_constraint:
    case ObjectKind::trigger:
    case ObjectKind::policy:
      out += quote_ident(key.sub) + " on " + quote_qualified({key.schema, key.name});
      break;
    case ObjectKind::function:
      out += (key.schema.empty() ? "" : quote_ident(key.schema) + ".") + key.name;
      break;
    case ObjectKind::privileges:
      out += "on " + key.name + " for " + key.sub;
      break;
    case ObjectKind::default_privileges:
      out += key.name + (key.schema.empty() ? "" : " in schema " + quote_ident(key.schema)) + " for " + key.sub;
      break;
    default:
      out += quote_qualified({key.schema, key.name});
  }
  return out;
}

}  // namespace schemac

namespace schemac {

SourceLocation declared_at(const Catalog& catalog, const ObjectKey& key) {
  QualifiedName name{key.schema, key.name};
  auto in = [&](const auto& objects) -> SourceLocation {
    for (const auto& o : objects) {
      if (o.name == name) return o.location;
    }
    return {};
  };
  switch (key.kind) {
    case ObjectKind::schema:
      for (const auto& s : catalog.schemas) {
        if (s.name == key.name) return s.location;
      }
      return {};
    case ObjectKind::extension:
      for (const auto& e : catalog.extensions) {
        if (e.name == key.name) return e.location;
      }
      return {};
    case ObjectKind::type: {
      SourceLocation at = in(catalog.enums);
      if (!at.known()) at = in(catalog.domains);
      if (!at.known()) at = in(catalog.composites);
      return at;
    }
    case ObjectKind::domain_constraint:
      return in(catalog.domains);
    case ObjectKind::sequence:
    case ObjectKind::sequence_ownership:
      return in(catalog.sequences);
    case ObjectKind::index:
      return in(catalog.indexes);
    case ObjectKind::view:
    case ObjectKind::materialized_view:
      return in(catalog.views);
    case ObjectKind::function:
      for (const auto& f : catalog.functions) {
        if (f.name.schema == key.schema && f.signature() == key.name) return f.location;
      }
      return {};
    case ObjectKind::trigger:
    case ObjectKind::policy:
      for (const auto& t : catalog.triggers) {
        if (key.kind == ObjectKind::trigger && t.table == name && t.name == key.sub) return t.location;
      }
      for (const auto& p : catalog.policies) {
        if (key.kind == ObjectKind::policy && p.table == name && p.name == key.sub) return p.location;
      }
      return {};
    case ObjectKind::table:
    case ObjectKind::row_security:
    case ObjectKind::column:
    case ObjectKind::constraint: {
      const Table* t = catalog.find_table(name);
      if (!t) {
        const View* v = catalog.find_view(name);
        return v ? v->location : SourceLocation{};
      }
      if (key.kind == ObjectKind::column) {
        if (const Column* c = t->find_column(key.sub); c && c->location.known()) return c->location;
      }
      if (key.kind == ObjectKind::constraint) {
        if (const Constraint* c = t->find_constraint(key.sub); c && c->location.known()) return c->location;
      }
      return t->location;
    }
    default:
      return {};
  }
}

}  // namespace schemac
