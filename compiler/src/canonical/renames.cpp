#include "canonical/renames.hpp"

#include <functional>

#include "pg/tree_walk.hpp"
#include "schemac/sql_text.hpp"

namespace schemac::canonical {

using pg::clear_locations;
using pg::serialize;
using pg::walk_tree_post_order;

namespace {

// Every expression of a catalog, with the table it belongs to (if any).
void for_each_expression(Catalog& c, const std::function<void(Expression&, const QualifiedName*)>& fn) {
  auto each = [&](std::optional<Expression>& e, const QualifiedName* t) {
    if (e) fn(*e, t);
  };
  for (auto& d : c.domains) {
    each(d.default_value, nullptr);
    for (auto& k : d.checks) each(k.check, nullptr);
  }
  for (auto& f : c.functions) {
    for (auto& a : f.arguments) each(a.default_value, nullptr);
    each(f.sql_body, nullptr);
  }
  for (auto& t : c.tables) {
    for (auto& col : t.columns) {
      each(col.default_value, &t.name);
      each(col.generated, &t.name);
    }
    for (auto& k : t.constraints) {
      each(k.check, &t.name);
      each(k.where, &t.name);
      for (auto& e : k.elements) each(e.expression, &t.name);
    }
    if (t.partition_key) {
      for (auto& e : t.partition_key->elements) each(e.expression, &t.name);
    }
  }
  for (auto& i : c.indexes) {
    QualifiedName* table = nullptr;
    for (auto& t : c.tables) {
      if (t.name.schema == i.name.schema && t.name.name == i.table) table = &t.name;
    }
    each(i.where, table);
    for (auto& e : i.elements) each(e.expression, table);
  }
  for (auto& v : c.views) fn(v.query, nullptr);
  for (auto& t : c.triggers) each(t.when, &t.table);
  for (auto& p : c.policies) {
    each(p.using_expr, &p.table);
    each(p.check_expr, &p.table);
  }
}

void rename_references(Catalog& c, ObjectKind kind, const QualifiedName& from, const std::string& to) {
  for_each_expression(c, [&](Expression& e, const QualifiedName*) {
    for (auto& r : e.references) {
      bool relation_part = (r.kind == kind || (kind == ObjectKind::table && r.kind == ObjectKind::column));
      if (relation_part && r.schema == from.schema && r.name == from.name) r.name = to;
    }
  });
}

// Rewrites column references `from` (bare, or qualified by the table's name) in a serialized tree.
std::string rename_in_tree(const std::string& bytes, const std::string& table, const std::string& from,
                           const std::string& to) {
  pg_query::Node node = pg::read_node(bytes);
  walk_tree_post_order(node, [&](pg_query::Node& n) {
    if (!n.has_column_ref()) return;
    auto* fields = n.mutable_column_ref()->mutable_fields();
    int size = fields->size();
    if (size == 0 || !fields->Get(size - 1).has_string() || fields->Get(size - 1).string().sval() != from) return;
    if (size == 1 || (size == 2 && fields->Get(0).has_string() && fields->Get(0).string().sval() == table)) {
      fields->Mutable(size - 1)->mutable_string()->set_sval(to);
    }
  });
  return serialize(node);
}

}  // namespace

void rename_table(Catalog& c, const QualifiedName& from, const std::string& to) {
  QualifiedName renamed{from.schema, to};
  for (auto& t : c.tables) {
    if (t.name == from) t.name = renamed;
    if (t.partition_of && *t.partition_of == from) t.partition_of = renamed;
    for (auto& k : t.constraints) {
      if (k.references == from) k.references = renamed;
    }
  }
  for (auto& i : c.indexes) {
    if (i.name.schema == from.schema && i.table == from.name) i.table = to;
  }
  for (auto& s : c.sequences) {
    if (s.owned_by_table && *s.owned_by_table == from) s.owned_by_table = renamed;
  }
  for (auto& t : c.triggers) {
    if (t.table == from) t.table = renamed;
    if (t.constraint_from && *t.constraint_from == from) t.constraint_from = renamed;
  }
  for (auto& p : c.policies) {
    if (p.table == from) p.table = renamed;
  }
  rename_references(c, ObjectKind::table, from, to);
}

void rename_column(Catalog& c, const QualifiedName& table, const std::string& from, const std::string& to) {
  for (auto& t : c.tables) {
    if (t.name == table) {
      for (auto& col : t.columns) {
        if (col.name == from) col.name = to;
      }
    }
    for (auto& k : t.constraints) {
      auto rename_list = [&](std::vector<std::string>& list) {
        for (auto& x : list) {
          if (x == from) x = to;
        }
      };
      if (t.name == table) {
        rename_list(k.columns);
        rename_list(k.include);
        rename_list(k.on_delete_columns);
        for (auto& e : k.elements) {
          if (e.column == from) e.column = to;
        }
      }
      if (k.kind == ConstraintKind::foreign_key && k.references == table) rename_list(k.referenced_columns);
    }
  }
  for (auto& i : c.indexes) {
    if (i.name.schema != table.schema || i.table != table.name) continue;
    for (auto& e : i.elements) {
      if (e.column == from) e.column = to;
    }
    for (auto& x : i.include) {
      if (x == from) x = to;
    }
  }
  for (auto& s : c.sequences) {
    if (s.owned_by_table && *s.owned_by_table == table && s.owned_by_column == from) s.owned_by_column = to;
  }
  for (auto& t : c.triggers) {
    if (t.table != table) continue;
    for (auto& x : t.update_columns) {
      if (x == from) x = to;
    }
  }
  // References by name inside the table's own expressions: PostgreSQL follows the rename.
  for_each_expression(c, [&](Expression& e, const QualifiedName* owner) {
    bool touched = false;
    for (auto& r : e.references) {
      if (r.kind == ObjectKind::column && r.schema == table.schema && r.name == table.name && r.sub == from) {
        r.sub = to;
        touched = true;
      }
    }
    if (touched && owner && *owner == table) {
      e.tree = rename_in_tree(e.tree, table.name, from, to);
      e.key = rename_in_tree(e.key, table.name, from, to);
    }
  });
}

void rename_sequence(Catalog& c, const QualifiedName& from, const std::string& to) {
  // nextval('seq'::regclass) names the sequence in its text: rewrite the literal too.
  std::string old_text = from.schema == "public" ? quote_ident(from.name) : quote_qualified(from);
  QualifiedName renamed{from.schema, to};
  std::string new_text = from.schema == "public" ? quote_ident(to) : quote_qualified(renamed);
  for_each_expression(c, [&](Expression& e, const QualifiedName*) {
    bool touched = false;
    for (auto& r : e.references) {
      if (r.kind == ObjectKind::sequence && r.schema == from.schema && r.name == from.name) {
        r.name = to;
        touched = true;
      }
    }
    if (!touched) return;
    for (std::string* bytes : {&e.tree, &e.key}) {
      if (bytes->empty()) continue;
      pg_query::Node node = pg::read_node(*bytes);
      walk_tree_post_order(node, [&](pg_query::Node& n) {
        if (n.has_a_const() && n.a_const().has_sval() && n.a_const().sval().sval() == old_text) {
          n.mutable_a_const()->mutable_sval()->set_sval(new_text);
        }
      });
      *bytes = serialize(node);
    }
  });
}

void rename_type(Catalog& c, const QualifiedName& from, const std::string& to) {
  auto fix = [&](TypeRef& t) {
    if (t.schema == from.schema && t.name == from.name) t.name = to;
  };
  for (auto& e : c.enums) {
    if (e.name == from) e.name.name = to;
  }
  for (auto& d : c.domains) {
    if (d.name == from) d.name.name = to;
    fix(d.base);
  }
  for (auto& t : c.composites) {
    if (t.name == from) t.name.name = to;
    for (auto& a : t.attributes) fix(a.type);
  }
  for (auto& t : c.tables) {
    for (auto& col : t.columns) fix(col.type);
  }
  for (auto& f : c.functions) {
    for (auto& a : f.arguments) fix(a.type);
    if (f.return_type) fix(*f.return_type);
  }
  rename_references(c, ObjectKind::type, from, to);
}

}  // namespace schemac::canonical
