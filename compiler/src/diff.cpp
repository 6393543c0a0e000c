#include "schemac/diff.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "schemac/dependencies.hpp"

namespace schemac {

namespace {

// Definitions compared without their comments (comments are changed on their own).
template <typename T>
bool same_definition(const T& a, const T& b) {
  T x = a, y = b;
  x.comment.reset();
  y.comment.reset();
  return x == y;
}

bool same_table_shape(const Table& a, const Table& b) {
  return a.partition_key == b.partition_key;
}

// True when `labels_from` can become `labels_to` by adding labels (PostgreSQL cannot remove or
// reorder enum labels in place).
bool only_additions(const std::vector<std::string>& from, const std::vector<std::string>& to) {
  std::size_t i = 0;
  for (const auto& label : to) {
    if (i < from.size() && from[i] == label) ++i;
    else if (std::find(from.begin(), from.end(), label) != from.end()) return false;
  }
  return i == from.size();
}

bool expression_mentions(const std::optional<Expression>& e, const ObjectKey& key) {
  return e && std::find(e->references.begin(), e->references.end(), key) != e->references.end();
}

bool elements_mention(const std::vector<IndexElement>& elems, const ObjectKey& key) {
  return std::any_of(elems.begin(), elems.end(), [&](const IndexElement& e) { return expression_mentions(e.expression, key); });
}

class Differ {
 public:
  Differ(const Catalog& current, const Catalog& desired)
      : cur_(current), des_(desired), cur_deps_(index_dependencies(current)), des_deps_(index_dependencies(desired)) {}

  ChangeSet run() {
    index(cur_, &cur_objects_);
    index(des_, &des_objects_);
    compare();
    propagate();
    emit();
    return std::move(out_);
  }

 private:
  // Where each keyed object lives in its catalog.
  struct Objects {
    std::map<ObjectKey, const Schema*> schemas;
    std::map<ObjectKey, const Extension*> extensions;
    std::map<ObjectKey, const EnumType*> enums;
    std::map<ObjectKey, const Sequence*> sequences;
    std::map<ObjectKey, const Table*> tables;
    std::map<ObjectKey, std::pair<const Table*, const Column*>> columns;
    std::map<ObjectKey, std::pair<const Table*, const Constraint*>> constraints;
    std::map<ObjectKey, const Index*> indexes;
  };

  const Catalog& cur_;
  const Catalog& des_;
  DependencyIndex cur_deps_, des_deps_;
  Objects cur_objects_, des_objects_;
  ChangeSet out_;

  std::set<ObjectKey> drop_, create_;
  std::set<ObjectKey> retyped_columns_;  // columns whose type changes in place
  std::vector<change::AddEnumValue> enum_values_;
  std::vector<change::RebuildEnum> enum_rebuilds_;
  std::set<ObjectKey> rebuilt_enum_columns_;
  std::vector<Change> alters_;  // in desired order

  static void index(const Catalog& c, Objects* o) {
    for (const auto& s : c.schemas) o->schemas[key_of(s)] = &s;
    for (const auto& e : c.extensions) o->extensions[key_of(e)] = &e;
    for (const auto& e : c.enums) o->enums[key_of(e)] = &e;
    for (const auto& s : c.sequences) o->sequences[key_of(s)] = &s;
    for (const auto& t : c.tables) {
      o->tables[key_of(t)] = &t;
      for (const auto& col : t.columns) o->columns[key_of(t, col)] = {&t, &col};
      for (const auto& con : t.constraints) o->constraints[key_of(t, con)] = {&t, &con};
    }
    for (const auto& i : c.indexes) o->indexes[key_of(i)] = &i;
  }

  // Walks both maps: only-in-current, only-in-desired, in both.
  template <typename Map, typename OnBoth>
  void match(const Map& cur, const Map& des, OnBoth on_both) {
    for (const auto& [key, value] : cur) {
      auto it = des.find(key);
      if (it == des.end()) {
        drop_.insert(key);
      } else {
        on_both(key, value, it->second);
      }
    }
    for (const auto& [key, value] : des) {
      if (!cur.count(key)) create_.insert(key);
    }
  }

  void rebuild(const ObjectKey& key) {
    drop_.insert(key);
    create_.insert(key);
  }

  void compare() {
    match(cur_objects_.schemas, des_objects_.schemas, [](auto&, auto*, auto*) {});
    match(cur_objects_.extensions, des_objects_.extensions, [&](const ObjectKey&, const Extension* a, const Extension* b) {
      bool version_differs = !a->version.empty() && !b->version.empty() && a->version != b->version;
      if (a->schema != b->schema || version_differs) alters_.push_back(change::AlterExtension{a, b});
    });
    match(cur_objects_.enums, des_objects_.enums, [&](const ObjectKey& key, const EnumType* a, const EnumType* b) {
      if (a->labels == b->labels) return;
      if (only_additions(a->labels, b->labels)) {
        add_enum_values(*a, *b);
      } else {
        enum_rebuilds_.push_back(change::RebuildEnum{a, b, {}});
        (void)key;
      }
    });
    match(cur_objects_.sequences, des_objects_.sequences, [&](const ObjectKey&, const Sequence* a, const Sequence* b) {
      if (a->options != b->options) alters_.push_back(change::AlterSequence{a, b});
    });
    match(cur_objects_.tables, des_objects_.tables, [&](const ObjectKey& key, const Table* a, const Table* b) {
      if (!same_table_shape(*a, *b)) {
        rebuild(key);
        return;
      }
      if (a->unlogged != b->unlogged || a->options != b->options) alters_.push_back(change::AlterTable{a, b});
      if (a->partition_of != b->partition_of || !(a->partition_bound == b->partition_bound)) {
        if (a->partition_of) alters_.push_back(change::DetachPartition{a});
        if (b->partition_of) alters_.push_back(change::AttachPartition{b});
      }
    });
    match(cur_objects_.columns, des_objects_.columns, [&](const ObjectKey& key, auto a, auto b) { compare_column(key, a, b); });
    match(cur_objects_.constraints, des_objects_.constraints, [&](const ObjectKey& key, auto a, auto b) {
      Constraint x = *a.second, y = *b.second;
      x.comment.reset();
      y.comment.reset();
      if (x == y) return;
      x.validated = y.validated;
      if (x == y && !a.second->validated && b.second->validated) {
        alters_.push_back(change::ValidateConstraint{b.first, b.second});
      } else {
        rebuild(key);
      }
    });
    match(cur_objects_.indexes, des_objects_.indexes, [&](const ObjectKey& key, const Index* a, const Index* b) {
      if (!same_definition(*a, *b)) rebuild(key);
    });
    // Sequence ownership is its own key, so serial columns do not form a cycle.
    for (const auto& s : cur_.sequences) {
      if (s.owned_by_table) {
        auto it = des_objects_.sequences.find(key_of(s));
        if (it == des_objects_.sequences.end() || it->second->owned_by_table != s.owned_by_table ||
            it->second->owned_by_column != s.owned_by_column) {
          drop_.insert(ownership_key(s));
        }
      }
    }
    for (const auto& s : des_.sequences) {
      if (s.owned_by_table) {
        auto it = cur_objects_.sequences.find(key_of(s));
        if (it == cur_objects_.sequences.end() || it->second->owned_by_table != s.owned_by_table ||
            it->second->owned_by_column != s.owned_by_column) {
          create_.insert(ownership_key(s));
        }
      }
    }
    // Enum rebuilds convert their columns.
    for (auto& r : enum_rebuilds_) {
      for (const auto& [key, tc] : cur_objects_.columns) {
        if (tc.second->type.schema != r.from->name.schema || tc.second->type.name != r.from->name.name) continue;
        auto it = des_objects_.columns.find(key);
        if (it == des_objects_.columns.end() || drop_.count(key)) continue;
        const Column* to = it->second.second;
        if (to->type.schema != r.to->name.schema || to->type.name != r.to->name.name) continue;
        r.columns.push_back({it->second.first, tc.second, to});
        rebuilt_enum_columns_.insert(key);
        retyped_columns_.insert(key);
      }
    }
  }

  void add_enum_values(const EnumType& from, const EnumType& to) {
    // Insert each new label next to a neighbour that already exists, in desired order.
    std::vector<std::string> present = from.labels;
    for (std::size_t i = 0; i < to.labels.size(); ++i) {
      const std::string& label = to.labels[i];
      if (std::find(present.begin(), present.end(), label) != present.end()) continue;
      change::AddEnumValue add{&to, label, "", false};
      if (i > 0) {
        add.neighbour = to.labels[i - 1];
      } else if (to.labels.size() > 1) {
        add.neighbour = to.labels[1];
        add.before = true;
      }
      // Appending after the current last label needs no AFTER clause.
      if (!add.before && !present.empty() && add.neighbour == present.back()) add.neighbour.clear();
      enum_values_.push_back(add);
      auto pos = add.neighbour.empty() ? present.end()
                 : add.before          ? std::find(present.begin(), present.end(), add.neighbour)
                                       : std::find(present.begin(), present.end(), add.neighbour) + 1;
      present.insert(pos, label);
    }
  }

  void compare_column(const ObjectKey& key, std::pair<const Table*, const Column*> a,
                      std::pair<const Table*, const Column*> b) {
    if (drop_.count({ObjectKind::table, key.schema, key.name, ""})) return;  // table rebuilt
    const Column& x = *a.second;
    const Column& y = *b.second;
    if (same_definition(x, y)) return;
    // A generated column can only get another expression by being added again.
    bool regenerate = y.generated && !(x.generated && *x.generated == *y.generated);
    if (regenerate) {
      rebuild(key);
      return;
    }
    if (!(x.type == y.type) || x.collation != y.collation) retyped_columns_.insert(key);
    alters_.push_back(change::AlterColumn{b.first, &x, &y, false});
  }

  bool is_expression_dependent(const ObjectKey& dependent, const ObjectKey& column) const {
    if (dependent.kind == ObjectKind::constraint) {
      auto it = cur_objects_.constraints.find(dependent);
      if (it == cur_objects_.constraints.end()) return false;
      const Constraint& c = *it->second.second;
      return expression_mentions(c.check, column) || expression_mentions(c.where, column) ||
             elements_mention(c.elements, column) || c.kind == ConstraintKind::exclude;
    }
    if (dependent.kind == ObjectKind::index) {
      auto it = cur_objects_.indexes.find(dependent);
      if (it == cur_objects_.indexes.end()) return false;
      return expression_mentions(it->second->where, column) || elements_mention(it->second->elements, column);
    }
    return false;
  }

  // Everything that cannot survive a drop (or an in-place retype) of what it depends on is
  // rebuilt; everything PostgreSQL drops along with its owner goes too.
  void propagate() {
    std::vector<ObjectKey> work(drop_.begin(), drop_.end());
    auto invalidate = [&](const ObjectKey& y) {
      if (drop_.count(y)) return;
      if (y.kind == ObjectKind::column) return;  // columns are never rebuilt implicitly: data would go
      drop_.insert(y);
      if (des_deps_.contains(y)) create_.insert(y);
      work.push_back(y);
    };
    for (const auto& col : retyped_columns_) {
      for (const auto& y : cur_deps_.needed_by(col)) {
        if (is_expression_dependent(y, col)) invalidate(y);
      }
    }
    std::map<ObjectKey, std::vector<ObjectKey>> owned;  // owner -> objects dropped with it
    for (const auto& [object, owners] : cur_deps_.dropped_with) {
      for (const auto& o : owners) owned[o].push_back(object);
    }
    while (!work.empty()) {
      ObjectKey x = work.back();
      work.pop_back();
      for (const auto& y : cur_deps_.needed_by(x)) {
        // Ownership of a sequence is reassigned by its own change, not rebuilt.
        if (y.kind == ObjectKind::sequence_ownership) continue;
        invalidate(y);
      }
      for (const auto& y : owned[x]) {
        if (drop_.count(y)) continue;
        drop_.insert(y);
        if (des_deps_.contains(y)) create_.insert(y);
        work.push_back(y);
      }
    }
  }

  bool dropped_implicitly(const ObjectKey& key) const {
    // A foreign key into another table that is dropped too is dropped on its own first, so
    // tables that reference each other can go in any order.
    if (key.kind == ObjectKind::constraint) {
      auto c = cur_objects_.constraints.find(key);
      if (c != cur_objects_.constraints.end() && c->second.second->kind == ConstraintKind::foreign_key) {
        const QualifiedName& ref = c->second.second->references;
        if (ref != c->second.first->name && drop_.count({ObjectKind::table, ref.schema, ref.name, ""})) return false;
      }
    }
    auto it = cur_deps_.dropped_with.find(key);
    if (it == cur_deps_.dropped_with.end()) return false;
    for (const auto& owner : it->second) {
      // Only a table (or a column owning a sequence) takes others with it.
      if (!drop_.count(owner)) continue;
      if (owner.kind == ObjectKind::table) return true;
      if (owner.kind == ObjectKind::column && key.kind == ObjectKind::sequence) return true;
      if (owner.kind == ObjectKind::column && key.kind == ObjectKind::sequence_ownership) return true;
      if (owner.kind == ObjectKind::sequence && key.kind == ObjectKind::sequence_ownership) return true;
    }
    return false;
  }

  void emit() {
    for (auto& v : enum_values_) out_.changes.push_back(v);

    // Drops, in reverse of the current catalog's order.
    std::vector<ObjectKey> drops;
    for (const auto& k : drop_) {
      if (!dropped_implicitly(k)) drops.push_back(k);
    }
    std::sort(drops.begin(), drops.end(), [&](const ObjectKey& a, const ObjectKey& b) {
      return cur_deps_.order.at(a) > cur_deps_.order.at(b);
    });
    // Schemas and extensions come first and go last: other objects may use them in ways no
    // catalog records (an extension's types and functions).
    auto container = [](const ObjectKey& k) { return k.kind == ObjectKind::schema || k.kind == ObjectKind::extension; };
    std::vector<ObjectKey> creates(create_.begin(), create_.end());
    creates.erase(std::remove_if(creates.begin(), creates.end(),
                                 [](const ObjectKey& k) { return k.kind == ObjectKind::sequence_ownership; }),
                  creates.end());
    std::sort(creates.begin(), creates.end(), [&](const ObjectKey& a, const ObjectKey& b) {
      return des_deps_.order.at(a) < des_deps_.order.at(b);
    });
    for (const auto& k : creates) {
      if (container(k)) emit_create(k);
    }
    for (const auto& k : drops) {
      if (!container(k)) emit_drop(k);
    }

    // In-place changes.
    for (auto& r : enum_rebuilds_) out_.changes.push_back(r);
    for (auto& a : alters_) {
      if (auto* ac = std::get_if<change::AlterColumn>(&a)) {
        ObjectKey key = key_of(*ac->table, *ac->to);
        if (drop_.count(key)) continue;
        if (rebuilt_enum_columns_.count(key)) {
          ac->type_set_by_enum_rebuild = true;
          Column x = *ac->from, y = *ac->to;
          x.type = y.type;
          x.default_value = y.default_value;
          x.comment = y.comment;
          if (x == y) continue;  // nothing else changes
        }
      }
      if (auto* vc = std::get_if<change::ValidateConstraint>(&a)) {
        if (drop_.count(key_of(*vc->table, *vc->constraint))) continue;
      }
      out_.changes.push_back(a);
    }
    for (const auto& s : des_.sequences) {
      ObjectKey own = ownership_key(s);
      if (create_.count(own)) {
        auto it = cur_objects_.sequences.find(key_of(s));
        const Sequence* from = it == cur_objects_.sequences.end() ? nullptr : it->second;
        out_.changes.push_back(change::SetSequenceOwner{from, &s});
      }
    }
    for (const auto& s : cur_.sequences) {
      ObjectKey own = ownership_key(s);
      if (!drop_.count(own) || create_.count(own) || drop_.count(key_of(s)) || dropped_implicitly(own)) continue;
      out_.changes.push_back(change::SetSequenceOwner{&s, nullptr});
    }

    // Creates, in the desired catalog's order.
    for (const auto& k : creates) {
      if (!container(k)) emit_create(k);
    }
    for (const auto& k : drops) {
      if (container(k)) emit_drop(k);
    }

    emit_comments();
  }

  void emit_drop(const ObjectKey& k) {
    switch (k.kind) {
      case ObjectKind::schema: out_.changes.push_back(change::DropSchema{cur_objects_.schemas.at(k)}); break;
      case ObjectKind::extension: out_.changes.push_back(change::DropExtension{cur_objects_.extensions.at(k)}); break;
      case ObjectKind::type: out_.changes.push_back(change::DropEnum{cur_objects_.enums.at(k)}); break;
      case ObjectKind::sequence: out_.changes.push_back(change::DropSequence{cur_objects_.sequences.at(k)}); break;
      case ObjectKind::table: out_.changes.push_back(change::DropTable{cur_objects_.tables.at(k)}); break;
      case ObjectKind::column: {
        auto [t, c] = cur_objects_.columns.at(k);
        out_.changes.push_back(change::DropColumn{t, c});
        break;
      }
      case ObjectKind::constraint: {
        auto [t, c] = cur_objects_.constraints.at(k);
        out_.changes.push_back(change::DropConstraint{t, c});
        break;
      }
      case ObjectKind::index: out_.changes.push_back(change::DropIndex{cur_objects_.indexes.at(k)}); break;
      default: break;
    }
  }

  void emit_create(const ObjectKey& k) {
    switch (k.kind) {
      case ObjectKind::schema: out_.changes.push_back(change::CreateSchema{des_objects_.schemas.at(k)}); break;
      case ObjectKind::extension:
        out_.changes.push_back(change::CreateExtension{des_objects_.extensions.at(k)});
        break;
      case ObjectKind::type: out_.changes.push_back(change::CreateEnum{des_objects_.enums.at(k)}); break;
      case ObjectKind::sequence: out_.changes.push_back(change::CreateSequence{des_objects_.sequences.at(k)}); break;
      case ObjectKind::table: out_.changes.push_back(change::CreateTable{des_objects_.tables.at(k)}); break;
      case ObjectKind::column: {
        auto [t, c] = des_objects_.columns.at(k);
        if (create_.count(key_of(*t))) break;  // part of CREATE TABLE
        out_.changes.push_back(change::AddColumn{t, c});
        break;
      }
      case ObjectKind::constraint: {
        auto [t, c] = des_objects_.constraints.at(k);
        if (create_.count(key_of(*t)) && !is_separate(*c)) break;  // part of CREATE TABLE
        out_.changes.push_back(change::AddConstraint{t, c});
        break;
      }
      case ObjectKind::index: out_.changes.push_back(change::CreateIndex{des_objects_.indexes.at(k)}); break;
      default: break;
    }
  }

  static bool is_separate(const Constraint& c) { return c.kind == ConstraintKind::foreign_key || !c.validated; }

  // Comments: set where they differ, and again on everything (re)created with one.
  void emit_comments() {
    auto compare = [&](const ObjectKey& key, const std::optional<std::string>* from, const std::optional<std::string>* to) {
      bool recreated = create_.count(key) > 0;
      std::optional<std::string> before = (from && !recreated) ? *from : std::nullopt;
      std::optional<std::string> after = to ? *to : std::nullopt;
      if (!to) return;  // dropped: the comment goes with it
      if (before == after) return;
      if (!after && key.kind == ObjectKind::extension) {
        // Without a comment of its own an extension has its control file's comment.
        for (const Objects* o : {&des_objects_, &cur_objects_}) {
          auto it = o->extensions.find(key);
          if (it != o->extensions.end() && it->second->default_comment) {
            after = it->second->default_comment;
            break;
          }
        }
      }
      out_.changes.push_back(change::SetComment{key, before, after});
    };
    auto comments = [&](const Objects& o, const ObjectKey& key) -> const std::optional<std::string>* {
      switch (key.kind) {
        case ObjectKind::schema: return o.schemas.count(key) ? &o.schemas.at(key)->comment : nullptr;
        case ObjectKind::extension: return o.extensions.count(key) ? &o.extensions.at(key)->comment : nullptr;
        case ObjectKind::type: return o.enums.count(key) ? &o.enums.at(key)->comment : nullptr;
        case ObjectKind::sequence: return o.sequences.count(key) ? &o.sequences.at(key)->comment : nullptr;
        case ObjectKind::table: return o.tables.count(key) ? &o.tables.at(key)->comment : nullptr;
        case ObjectKind::column: return o.columns.count(key) ? &o.columns.at(key).second->comment : nullptr;
        case ObjectKind::constraint: return o.constraints.count(key) ? &o.constraints.at(key).second->comment : nullptr;
        case ObjectKind::index: return o.indexes.count(key) ? &o.indexes.at(key)->comment : nullptr;
        default: return nullptr;
      }
    };
    std::vector<std::pair<std::size_t, ObjectKey>> keys;
    for (const auto& [key, pos] : des_deps_.order) keys.emplace_back(pos, key);
    std::sort(keys.begin(), keys.end());
    for (const auto& [pos, key] : keys) compare(key, comments(cur_objects_, key), comments(des_objects_, key));
  }
};

}  // namespace

ChangeSet diff(const Catalog& current, const Catalog& desired) { return Differ(current, desired).run(); }

}  // namespace schemac
