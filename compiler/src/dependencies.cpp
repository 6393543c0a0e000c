#include "schemac/dependencies.hpp"

#include <algorithm>
#include <map>

#include "phase_timer.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

ObjectKey key_of(const Schema& s) { return {ObjectKind::schema, "", s.name, ""}; }
ObjectKey key_of(const Extension& e) { return {ObjectKind::extension, "", e.name, ""}; }
ObjectKey key_of(const EnumType& e) { return {ObjectKind::type, e.name.schema, e.name.name, ""}; }
ObjectKey key_of(const Sequence& s) { return {ObjectKind::sequence, s.name.schema, s.name.name, ""}; }
ObjectKey key_of(const Table& t) { return {ObjectKind::table, t.name.schema, t.name.name, ""}; }
ObjectKey key_of(const Table& t, const Column& c) { return {ObjectKind::column, t.name.schema, t.name.name, c.name}; }
ObjectKey key_of(const Table& t, const Constraint& c) {
  return {ObjectKind::constraint, t.name.schema, t.name.name, c.name};
}
ObjectKey key_of(const Index& i) { return {ObjectKind::index, i.name.schema, i.name.name, ""}; }
ObjectKey ownership_key(const Sequence& s) { return {ObjectKind::sequence_ownership, s.name.schema, s.name.name, ""}; }
ObjectKey key_of(const Domain& d) { return {ObjectKind::type, d.name.schema, d.name.name, ""}; }
ObjectKey key_of(const Domain& d, const Constraint& c) {
  return {ObjectKind::domain_constraint, d.name.schema, d.name.name, c.name};
}
ObjectKey key_of(const CompositeType& t) { return {ObjectKind::type, t.name.schema, t.name.name, ""}; }
ObjectKey key_of(const Function& f) { return {ObjectKind::function, f.name.schema, f.signature(), ""}; }
ObjectKey key_of(const View& v) {
  return {v.materialized ? ObjectKind::materialized_view : ObjectKind::view, v.name.schema, v.name.name, ""};
}
ObjectKey key_of(const View& v, const ViewColumn& c) { return {ObjectKind::column, v.name.schema, v.name.name, c.name}; }
ObjectKey key_of(const Trigger& t) { return {ObjectKind::trigger, t.table.schema, t.table.name, t.name}; }
ObjectKey key_of(const Policy& p) { return {ObjectKind::policy, p.table.schema, p.table.name, p.name}; }

DependencyIndex::Id DependencyIndex::intern(const ObjectKey& key) {
  auto [it, inserted] = ids_.try_emplace(key, static_cast<Id>(keys_.size()));
  if (inserted) {
    keys_.push_back(key);
    position_.push_back(kUndeclared);
    for (auto* lists : {&needs_, &needed_by_, &dropped_with_, &owns_}) lists->emplace_back();
  }
  return it->second;
}

const DependencyIndex::Id* DependencyIndex::find(const ObjectKey& key) const {
  auto it = ids_.find(key);
  return it == ids_.end() ? nullptr : &it->second;
}

DependencyIndex::Keys DependencyIndex::list(const std::vector<std::vector<Id>>& lists, const ObjectKey& key) const {
  static const std::vector<Id> none;
  const Id* id = find(key);
  return {&keys_, id ? &lists[*id] : &none};
}

bool DependencyIndex::contains(const ObjectKey& key) const {
  const Id* id = find(key);
  return id && position_[*id] != kUndeclared;
}

std::size_t DependencyIndex::position(const ObjectKey& key) const {
  const Id* id = find(key);
  if (!id || position_[*id] == kUndeclared) throw Error("internal error: " + describe(key) + " is not in the catalog");
  return position_[*id];
}

void DependencyIndex::declare(const ObjectKey& key) {
  Id id = intern(key);
  if (position_[id] != kUndeclared) return;
  position_[id] = declared_.size();
  declared_.push_back(id);
}

void DependencyIndex::add_need(const ObjectKey& from, const ObjectKey& to) {
  if (from == to) return;
  Id f = intern(from);
  Id t = intern(to);
  needs_[f].push_back(t);
}

void DependencyIndex::add_dropped_with(const ObjectKey& object, const ObjectKey& owner) {
  Id o = intern(object);
  Id w = intern(owner);
  dropped_with_[o].push_back(w);
  owns_[w].push_back(o);
}

void DependencyIndex::finish() {
  for (Id id = 0; id < needs_.size(); ++id) {
    auto& list = needs_[id];
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    for (Id n : list) needed_by_[n].push_back(id);  // ascending ids: sorted, no duplicates
  }
}

namespace {

class Indexer {
 public:
  explicit Indexer(const Catalog& c) : catalog_(c) {
    // Name lookups, built once: the passes below ask for every column type and index.
    for (const auto& t : c.tables) tables_.emplace(t.name, &t);
    for (const auto& v : c.views) views_.emplace(v.name, &v);
    for (const auto& i : c.indexes) {
      if (i.unique && !i.where) unique_indexes_[{i.name.schema, i.table}].push_back(&i);
    }
  }

  DependencyIndex run() {
    for (const auto& s : catalog_.schemas) declare(key_of(s));
    for (const auto& e : catalog_.extensions) {
      declare(key_of(e));
      need(key_of(e), schema_key(e.schema));
    }
    for (const auto& e : catalog_.enums) {
      declare(key_of(e));
      need(key_of(e), schema_key(e.name.schema));
    }
    for (const auto& s : catalog_.sequences) {
      declare(key_of(s));
      need(key_of(s), schema_key(s.name.schema));
    }
    for (const auto& d : catalog_.domains) domain(d);
    for (const auto& t : catalog_.composites) {
      declare(key_of(t));
      need(key_of(t), schema_key(t.name.schema));
      for (const auto& a : t.attributes) {
        type(key_of(t), a.type);
        ObjectKey ak{ObjectKind::column, t.name.schema, t.name.name, a.name};
        declare(ak);
        need(ak, key_of(t));
        drop_with(ak, key_of(t));
      }
    }
    for (const auto& f : catalog_.functions) function(f);
    for (const auto& t : catalog_.tables) table(t);
    for (const auto& v : catalog_.views) view(v);
    for (const auto& s : catalog_.sequences) {
      if (!s.owned_by_table) continue;
      ObjectKey own = ownership_key(s);
      ObjectKey column{ObjectKind::column, s.owned_by_table->schema, s.owned_by_table->name, s.owned_by_column};
      declare(own);
      need(own, key_of(s));
      need(own, column);
      drop_with(key_of(s), column);
      drop_with(key_of(s), {ObjectKind::table, s.owned_by_table->schema, s.owned_by_table->name, ""});
      drop_with(own, key_of(s));
      drop_with(own, column);
    }
    for (const auto& i : catalog_.indexes) index(i);
    for (const auto& t : catalog_.triggers) trigger(t);
    for (const auto& p : catalog_.policies) policy(p);
    out_.finish();
    return std::move(out_);
  }

 private:
  const Catalog& catalog_;
  std::map<QualifiedName, const Table*> tables_;
  std::map<QualifiedName, const View*> views_;
  std::map<QualifiedName, std::vector<const Index*>> unique_indexes_;  // by table: what a foreign key may use
  DependencyIndex out_;

  // A table, view or materialized view.
  ObjectKey relation_key(const QualifiedName& name) const {
    auto v = views_.find(name);
    if (v != views_.end()) return key_of(*v->second);
    return {ObjectKind::table, name.schema, name.name, ""};
  }

  void declare(const ObjectKey& key) { out_.declare(key); }
  void need(const ObjectKey& from, const ObjectKey& to) { out_.add_need(from, to); }
  void drop_with(const ObjectKey& object, const ObjectKey& owner) { out_.add_dropped_with(object, owner); }
  static ObjectKey schema_key(const std::string& schema) { return {ObjectKind::schema, "", schema, ""}; }
  static ObjectKey column_key(const QualifiedName& table, const std::string& column) {
    return {ObjectKind::column, table.schema, table.name, column};
  }

  void expression(const ObjectKey& from, const Expression& e) {
    for (const auto& ref : e.references) need(from, ref);
  }

  void type(const ObjectKey& from, const TypeRef& t) {
    if (t.schema.empty()) return;
    // A table's or view's row type exists exactly as long as the relation does.
    QualifiedName name{t.schema, t.name};
    if (tables_.count(name) || views_.count(name)) {
      need(from, relation_key(name));
    } else {
      need(from, {ObjectKind::type, t.schema, t.name, ""});
    }
  }

  void elements(const ObjectKey& from, const QualifiedName& table, const std::vector<IndexElement>& elems) {
    for (const auto& e : elems) {
      if (!e.column.empty()) need(from, column_key(table, e.column));
      if (e.expression) expression(from, *e.expression);
    }
  }

  void table(const Table& t) {
    ObjectKey tk = key_of(t);
    declare(tk);
    need(tk, schema_key(t.name.schema));
    if (t.partition_of) {
      ObjectKey parent{ObjectKind::table, t.partition_of->schema, t.partition_of->name, ""};
      need(tk, parent);
      drop_with(tk, parent);
    }
    if (t.partition_key) elements(tk, t.name, t.partition_key->elements);
    for (const auto& c : t.columns) {
      ObjectKey ck = key_of(t, c);
      declare(ck);
      need(ck, tk);
      drop_with(ck, tk);
      type(ck, c.type);
      if (c.default_value) expression(ck, *c.default_value);
      if (c.generated) expression(ck, *c.generated);
    }
    for (const auto& c : t.constraints) {
      ObjectKey k = key_of(t, c);
      declare(k);
      need(k, tk);
      drop_with(k, tk);
      for (const auto& col : c.columns) need(k, column_key(t.name, col));
      for (const auto& col : c.include) need(k, column_key(t.name, col));
      if (c.check) expression(k, *c.check);
      if (c.where) expression(k, *c.where);
      elements(k, t.name, c.elements);
      if (c.kind == ConstraintKind::foreign_key) foreign_key(k, c);
    }
  }

  void foreign_key(const ObjectKey& k, const Constraint& c) {
    need(k, {ObjectKind::table, c.references.schema, c.references.name, ""});
    for (const auto& col : c.referenced_columns) need(k, column_key(c.references, col));
    // The unique constraint or index the key points at cannot be dropped under it.
    auto found = tables_.find(c.references);
    if (found == tables_.end()) return;
    const Table* ref = found->second;
    auto same_set = [&](std::vector<std::string> a) {
      std::vector<std::string> b = c.referenced_columns;
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      return a == b;
    };
    for (const auto& u : ref->constraints) {
      if ((u.kind == ConstraintKind::primary_key || u.kind == ConstraintKind::unique) && same_set(u.columns)) {
        need(k, key_of(*ref, u));
        return;
      }
    }
    for (const Index* index : unique_indexes_[ref->name]) {
      const Index& i = *index;
      std::vector<std::string> cols;
      for (const auto& e : i.elements) cols.push_back(e.column);
      if (same_set(cols)) {
        need(k, key_of(i));
        return;
      }
    }
  }

  void domain(const Domain& d) {
    ObjectKey k = key_of(d);
    declare(k);
    need(k, schema_key(d.name.schema));
    type(k, d.base);
    if (d.default_value) expression(k, *d.default_value);
    for (const auto& c : d.checks) {
      ObjectKey ck = key_of(d, c);
      declare(ck);
      need(ck, k);
      drop_with(ck, k);
      if (c.check) expression(ck, *c.check);
    }
  }

  void function(const Function& f) {
    ObjectKey k = key_of(f);
    declare(k);
    need(k, schema_key(f.name.schema));
    for (const auto& a : f.arguments) {
      type(k, a.type);
      if (a.default_value) expression(k, *a.default_value);
    }
    if (f.return_type) type(k, *f.return_type);
    // A body PostgreSQL binds at creation (BEGIN ATOMIC / RETURN) depends on what it names.
    if (f.sql_body) expression(k, *f.sql_body);
  }

  void view(const View& v) {
    ObjectKey k = key_of(v);
    declare(k);
    need(k, schema_key(v.name.schema));
    expression(k, v.query);
    for (const auto& c : v.columns) {
      ObjectKey ck = key_of(v, c);
      declare(ck);
      need(ck, k);
      drop_with(ck, k);
    }
  }

  void trigger(const Trigger& t) {
    ObjectKey k = key_of(t);
    ObjectKey rel = relation_key(t.table);
    declare(k);
    need(k, rel);
    drop_with(k, rel);
    need(k, {ObjectKind::function, t.function.schema, quote_ident(t.function.name) + "()", ""});
    for (const auto& c : t.update_columns) need(k, column_key(t.table, c));
    if (t.when) expression(k, *t.when);
  }

  void policy(const Policy& p) {
    ObjectKey k = key_of(p);
    ObjectKey tk{ObjectKind::table, p.table.schema, p.table.name, ""};
    declare(k);
    need(k, tk);
    drop_with(k, tk);
    if (p.using_expr) expression(k, *p.using_expr);
    if (p.check_expr) expression(k, *p.check_expr);
  }

  void index(const Index& i) {
    ObjectKey k = key_of(i);
    QualifiedName table{i.name.schema, i.table};
    ObjectKey tk = relation_key(table);
    declare(k);
    need(k, tk);
    drop_with(k, tk);
    elements(k, table, i.elements);
    for (const auto& col : i.include) need(k, column_key(table, col));
    if (i.where) expression(k, *i.where);
  }
};

}  // namespace

DependencyIndex index_dependencies(const Catalog& catalog) {
  PhaseTimer timer("index dependencies");
  return Indexer(catalog).run();
}

}  // namespace schemac
