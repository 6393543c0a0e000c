#include "schemac/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "canonical/names.hpp"
#include "canonical/renames.hpp"
#include "pg/tree.hpp"
#include "phase_timer.hpp"
#include "schemac/dependencies.hpp"
#include "schemac/sql_render.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

namespace {

// Definitions compared without what is changed on its own (comments, grants).
template <typename T>
T definition(const T& value) {
  T copy = value;
  copy.comment.reset();
  if constexpr (requires { copy.privileges; }) copy.privileges.clear();
  return copy;
}

template <typename T>
bool same_definition(const T& a, const T& b) {
  return definition(a) == definition(b);
}

// The same definition under another name.
template <typename T>
bool same_but_name(const T& a, const T& b) {
  T x = definition(a), y = definition(b);
  x.name = {};
  y.name = {};
  return x == y;
}

// True when `from` can become `to` by adding labels (PostgreSQL cannot remove or reorder enum
// labels in place).
bool only_additions(const std::vector<std::string>& from, const std::vector<std::string>& to) {
  std::size_t i = 0;
  for (const auto& label : to) {
    if (i < from.size() && from[i] == label) {
      ++i;
    } else if (std::find(from.begin(), from.end(), label) != from.end()) {
      return false;
    }
  }
  return i == from.size();
}

bool mentions(const std::optional<Expression>& e, const ObjectKey& key) {
  return e && std::find(e->references.begin(), e->references.end(), key) != e->references.end();
}

bool elements_mention(const std::vector<IndexElement>& elems, const ObjectKey& key) {
  return std::any_of(elems.begin(), elems.end(), [&](const IndexElement& e) { return mentions(e.expression, key); });
}

// CREATE OR REPLACE FUNCTION keeps the signature, the result type and the parameter names and
// cannot remove a parameter default.
bool replaceable(const Function& a, const Function& b) {
  if (a.procedure != b.procedure || a.return_type != b.return_type || a.returns_set != b.returns_set) return false;
  if (a.arguments.size() != b.arguments.size()) return false;
  for (std::size_t i = 0; i < a.arguments.size(); ++i) {
    const auto& x = a.arguments[i];
    const auto& y = b.arguments[i];
    if (x.mode != y.mode || !(x.type == y.type) || x.name != y.name) return false;
    if (x.default_value && !y.default_value) return false;
  }
  return true;
}

// CREATE OR REPLACE VIEW keeps every old column (name and type) and may append new ones.
bool view_replaceable(const View& a, const View& b) {
  if (a.materialized || b.materialized || b.columns.size() < a.columns.size()) return false;
  for (std::size_t i = 0; i < a.columns.size(); ++i) {
    if (a.columns[i].name != b.columns[i].name) return false;
    if (!a.columns[i].type || !b.columns[i].type || !(*a.columns[i].type == *b.columns[i].type)) return false;
  }
  return true;
}

const Privileges& default_privileges_of(ObjectKind kind) {
  static const Privileges none;
  static const Privileges execute = {{"PUBLIC", "EXECUTE", false, {}}};
  return kind == ObjectKind::function ? execute : none;
}

class Differ {
 public:
  Differ(const Catalog& current, const Catalog& desired) : original_(current), des_(desired) {}

  ChangeSet run() {
    cur_ = &original_;
    {
      PhaseTimer t("diff: renames");
      apply_renames();
      rename_by_definition();
      rename_partition_indexes();
    }
    cur_deps_ = std::make_shared<const DependencyIndex>(index_dependencies(*cur_));
    des_deps_ = std::make_shared<const DependencyIndex>(index_dependencies(des_));
    {
      PhaseTimer t("diff: index objects");
      index(*cur_, &cur_objects_);
      index(des_, &des_objects_);
    }
    {
      PhaseTimer t("diff: compare");
    compare();
    }
    {
      PhaseTimer t("diff: propagate");
    propagate();
    adopt_indexes_of_partitions();
    }
    PhaseTimer t("diff: emit");
    emit();
    out_.renamed_current = renamed_;
    out_.current_dependencies = cur_deps_;
    out_.desired_dependencies = des_deps_;
    return std::move(out_);
  }

 private:
  struct Objects {
    std::map<ObjectKey, const Schema*> schemas;
    std::map<ObjectKey, const Extension*> extensions;
    std::map<ObjectKey, const EnumType*> enums;
    std::map<ObjectKey, const Domain*> domains;
    std::map<ObjectKey, std::pair<const Domain*, const Constraint*>> domain_constraints;
    std::map<ObjectKey, const CompositeType*> composites;
    std::map<ObjectKey, const Sequence*> sequences;
    std::map<ObjectKey, const Function*> functions;
    std::map<ObjectKey, const Table*> tables;
    std::map<ObjectKey, std::pair<const Table*, const Column*>> columns;
    std::map<ObjectKey, std::pair<const Table*, const Constraint*>> constraints;
    std::map<ObjectKey, const Index*> indexes;
    std::map<ObjectKey, const View*> views;
    std::map<ObjectKey, std::pair<const View*, const ViewColumn*>> view_columns;
    std::map<ObjectKey, std::pair<const CompositeType*, const CompositeAttribute*>> attributes;
    std::map<ObjectKey, const Trigger*> triggers;
    std::map<ObjectKey, const Policy*> policies;
  };

  const Catalog& original_;
  const Catalog* cur_ = nullptr;
  std::shared_ptr<Catalog> renamed_;
  const Catalog& des_;
  std::shared_ptr<const DependencyIndex> cur_deps_, des_deps_;
  Objects cur_objects_, des_objects_;
  ChangeSet out_;

  std::set<ObjectKey> drop_, create_;
  std::set<ObjectKey> retyped_columns_;    // columns whose type changes in place
  std::set<ObjectKey> detached_defaults_;  // defaults dropped and set again around a rebuild
  std::vector<change::AddEnumValue> enum_values_;
  std::vector<change::RebuildEnum> enum_rebuilds_;
  std::vector<change::RebuildComposite> composite_rebuilds_;
  std::set<ObjectKey> rebuilt_enum_columns_;
  std::set<ObjectKey> rebuilt_types_;
  std::vector<Change> alters_;  // in desired order
  std::vector<change::Rename> renames_;

  static void index(const Catalog& c, Objects* o) {
    for (const auto& s : c.schemas) o->schemas[key_of(s)] = &s;
    for (const auto& e : c.extensions) o->extensions[key_of(e)] = &e;
    for (const auto& e : c.enums) o->enums[key_of(e)] = &e;
    for (const auto& d : c.domains) {
      o->domains[key_of(d)] = &d;
      for (const auto& k : d.checks) o->domain_constraints[key_of(d, k)] = {&d, &k};
    }
    for (const auto& t : c.composites) {
      o->composites[key_of(t)] = &t;
      for (const auto& a : t.attributes) o->attributes[{ObjectKind::column, t.name.schema, t.name.name, a.name}] = {&t, &a};
    }
    for (const auto& s : c.sequences) o->sequences[key_of(s)] = &s;
    for (const auto& f : c.functions) o->functions[key_of(f)] = &f;
    for (const auto& t : c.tables) {
      o->tables[key_of(t)] = &t;
      for (const auto& col : t.columns) o->columns[key_of(t, col)] = {&t, &col};
      for (const auto& con : t.constraints) o->constraints[key_of(t, con)] = {&t, &con};
    }
    for (const auto& i : c.indexes) o->indexes[key_of(i)] = &i;
    for (const auto& v : c.views) {
      o->views[key_of(v)] = &v;
      for (const auto& col : v.columns) o->view_columns[key_of(v, col)] = {&v, &col};
    }
    for (const auto& t : c.triggers) o->triggers[key_of(t)] = &t;
    for (const auto& p : c.policies) o->policies[key_of(p)] = &p;
  }

  // ---- renames -------------------------------------------------------------------------------

  // The current catalog's tables by name (positions, valid in the renamed copy too).
  std::map<QualifiedName, std::size_t> current_table_positions() const {
    std::map<QualifiedName, std::size_t> out;
    for (std::size_t i = 0; i < cur_->tables.size(); ++i) out.emplace(cur_->tables[i].name, i);
    return out;
  }

  Catalog& renamed() {
    if (!renamed_) {
      renamed_ = std::make_shared<Catalog>(original_);
      cur_ = renamed_.get();
    }
    return *renamed_;
  }

  // `-- schemac:renamed-from` works in both directions: the annotation sits in the schema files,
  // which are the desired catalog of a migration and the current catalog of its rollback.
  template <typename Find, typename Apply>
  void rename_kind(const std::vector<std::pair<QualifiedName, const RenamedFrom*>>& desired_annotations,
                   const std::vector<std::pair<QualifiedName, const RenamedFrom*>>& current_annotations,
                   Find exists_in, Apply apply) {
    for (const auto& [to, hint] : desired_annotations) {
      if (hint->empty()) continue;
      QualifiedName from{to.schema, hint->name};
      if (exists_in(*cur_, from) && !exists_in(*cur_, to) && !exists_in(des_, from)) apply(from, to);
    }
    for (const auto& [from, hint] : current_annotations) {
      if (hint->empty()) continue;
      QualifiedName to{from.schema, hint->name};
      if (exists_in(des_, to) && !exists_in(des_, from) && !exists_in(*cur_, to)) apply(from, to);
    }
  }

  // Triggers or policies (`member`), renamed within their table (already renamed itself, if it was).
  template <typename T>
  void rename_on_table(std::vector<T> Catalog::*member, ObjectKind kind, const std::string& verb) {
    auto has = [&](const Catalog& c, const QualifiedName& table, const std::string& name) {
      const auto& list = c.*member;
      return std::any_of(list.begin(), list.end(), [&](const T& x) { return x.table == table && x.name == name; });
    };
    for (int direction = 0; direction < 2; ++direction) {
      const Catalog& annotated = direction == 0 ? des_ : original_;
      for (const auto& x : annotated.*member) {
        if (x.renamed_from.empty()) continue;
        std::string from = direction == 0 ? x.renamed_from.name : x.name;
        std::string to = direction == 0 ? x.name : x.renamed_from.name;
        if (!has(*cur_, x.table, from) || has(*cur_, x.table, to) || has(des_, x.table, from) || !has(des_, x.table, to)) {
          continue;
        }
        for (auto& y : renamed().*member) {
          if (y.table == x.table && y.name == from) y.name = to;
        }
        renames_.push_back({{kind, x.table.schema, x.table.name, from},
                            {kind, x.table.schema, x.table.name, to},
                            verb + quote_ident(from) + " ON " + quote_qualified(x.table) + " RENAME TO " + quote_ident(to)});
      }
    }
  }

  void apply_renames() {
    auto annotations = [](const Catalog& c, auto member) {
      std::vector<std::pair<QualifiedName, const RenamedFrom*>> out;
      for (const auto& o : c.*member) out.emplace_back(o.name, &o.renamed_from);
      return out;
    };
    // Tables.
    rename_kind(annotations(des_, &Catalog::tables), annotations(original_, &Catalog::tables),
                [](const Catalog& c, const QualifiedName& n) { return c.find_table(n) != nullptr; },
                [&](const QualifiedName& from, const QualifiedName& to) {
                  canonical::rename_table(renamed(), from, to.name);
                  renames_.push_back({{ObjectKind::table, from.schema, from.name, ""},
                                      {ObjectKind::table, to.schema, to.name, ""},
                                      "ALTER TABLE " + quote_qualified(from) + " RENAME TO " + quote_ident(to.name)});
                });
    // Views.
    rename_kind(annotations(des_, &Catalog::views), annotations(original_, &Catalog::views),
                [](const Catalog& c, const QualifiedName& n) { return c.find_view(n) != nullptr; },
                [&](const QualifiedName& from, const QualifiedName& to) {
                  Catalog& c = renamed();
                  View* v = const_cast<View*>(c.find_view(from));
                  bool materialized = v->materialized;
                  v->name = to;
                  ObjectKind kind = materialized ? ObjectKind::materialized_view : ObjectKind::view;
                  renames_.push_back({{kind, from.schema, from.name, ""}, {kind, to.schema, to.name, ""},
                                      std::string("ALTER ") + (materialized ? "MATERIALIZED VIEW " : "VIEW ") +
                                          quote_qualified(from) + " RENAME TO " + quote_ident(to.name)});
                });
    // Types: enums, domains, composite types.
    auto type_annotations = [](const Catalog& c) {
      std::vector<std::pair<QualifiedName, const RenamedFrom*>> out;
      for (const auto& o : c.enums) out.emplace_back(o.name, &o.renamed_from);
      for (const auto& o : c.domains) out.emplace_back(o.name, &o.renamed_from);
      for (const auto& o : c.composites) out.emplace_back(o.name, &o.renamed_from);
      return out;
    };
    auto type_exists = [](const Catalog& c, const QualifiedName& n) {
      return c.find_enum(n) || std::any_of(c.domains.begin(), c.domains.end(), [&](auto& d) { return d.name == n; }) ||
             std::any_of(c.composites.begin(), c.composites.end(), [&](auto& t) { return t.name == n; });
    };
    rename_kind(type_annotations(des_), type_annotations(original_), type_exists,
                [&](const QualifiedName& from, const QualifiedName& to) {
                  canonical::rename_type(renamed(), from, to.name);
                  renames_.push_back({{ObjectKind::type, from.schema, from.name, ""},
                                      {ObjectKind::type, to.schema, to.name, ""},
                                      "ALTER TYPE " + quote_qualified(from) + " RENAME TO " + quote_ident(to.name)});
                });
    // Functions: same arguments, another name.
    for (int direction = 0; direction < 2; ++direction) {
      const Catalog& annotated = direction == 0 ? des_ : original_;
      for (const auto& f : annotated.functions) {
        if (f.renamed_from.empty()) continue;
        Function old = f;
        old.name.name = f.renamed_from.name;
        const Function& from = direction == 0 ? old : f;
        const Function& to = direction == 0 ? f : old;
        auto has = [](const Catalog& c, const Function& x) {
          std::string sig = x.signature();
          return std::any_of(c.functions.begin(), c.functions.end(),
                             [&](const Function& g) { return g.name.schema == x.name.schema && g.signature() == sig; });
        };
        if (!has(*cur_, from) || has(*cur_, to) || has(des_, from)) continue;
        Catalog& c = renamed();
        std::string sig = from.signature();
        for (auto& g : c.functions) {
          if (g.name.schema == from.name.schema && g.signature() == sig) g.name = to.name;
        }
        renames_.push_back({{ObjectKind::function, from.name.schema, sig, ""},
                            {ObjectKind::function, to.name.schema, to.signature(), ""},
                            "ALTER ROUTINE " + render_function_name(from) + " RENAME TO " + quote_ident(to.name.name)});
      }
    }
    // Indexes.
    rename_kind(annotations(des_, &Catalog::indexes), annotations(original_, &Catalog::indexes),
                [](const Catalog& c, const QualifiedName& n) {
                  return std::any_of(c.indexes.begin(), c.indexes.end(), [&](const Index& i) { return i.name == n; });
                },
                [&](const QualifiedName& from, const QualifiedName& to) {
                  for (auto& i : renamed().indexes) {
                    if (i.name == from) i.name = to;
                  }
                  renames_.push_back({{ObjectKind::index, from.schema, from.name, ""},
                                      {ObjectKind::index, to.schema, to.name, ""},
                                      "ALTER INDEX " + quote_qualified(from) + " RENAME TO " + quote_ident(to.name)});
                });
    // Sequences (their values are kept).
    rename_kind(annotations(des_, &Catalog::sequences), annotations(original_, &Catalog::sequences),
                [](const Catalog& c, const QualifiedName& n) { return c.find_sequence(n) != nullptr; },
                [&](const QualifiedName& from, const QualifiedName& to) {
                  canonical::rename_sequence(renamed(), from, to.name);  // nextval('...') texts
                  for (auto& seq : renamed().sequences) {
                    if (seq.name == from) seq.name = to;
                  }
                  renames_.push_back({{ObjectKind::sequence, from.schema, from.name, ""},
                                      {ObjectKind::sequence, to.schema, to.name, ""},
                                      "ALTER SEQUENCE " + quote_qualified(from) + " RENAME TO " + quote_ident(to.name)});
                });
    // Triggers and policies: another name on the same table.
    rename_on_table(&Catalog::triggers, ObjectKind::trigger, "ALTER TRIGGER ");
    rename_on_table(&Catalog::policies, ObjectKind::policy, "ALTER POLICY ");
    // Columns and constraints, within tables matched by name.
    std::map<QualifiedName, std::size_t> positions = current_table_positions();
    for (const auto& dt : des_.tables) {
      auto position = positions.find(dt.name);
      if (position == positions.end()) continue;
      // The table in the current catalog: the renamed copy once there is one, in case the
      // table itself was renamed.
      auto current_table = [&]() -> const Table* { return &cur_->tables[position->second]; };
      for (int direction = 0; direction < 2; ++direction) {
        // Annotations in the desired table (forward) or in the current one (rollback).
        const Table& annotated = direction == 0 ? dt : *current_table();
        for (const auto& col : annotated.columns) {
          if (col.renamed_from.empty()) continue;
          std::string from = direction == 0 ? col.renamed_from.name : col.name;
          std::string to = direction == 0 ? col.name : col.renamed_from.name;
          const Table* current = current_table();
          if (!current->find_column(from) || current->find_column(to) || dt.find_column(from) || !dt.find_column(to)) continue;
          canonical::rename_column(renamed(), dt.name, from, to);
          renames_.push_back({{ObjectKind::column, dt.name.schema, dt.name.name, from},
                              {ObjectKind::column, dt.name.schema, dt.name.name, to},
                              "ALTER TABLE " + quote_qualified(dt.name) + " RENAME COLUMN " + quote_ident(from) + " TO " +
                                  quote_ident(to)});
        }
        for (const auto& con : annotated.constraints) {
          if (con.renamed_from.empty()) continue;
          std::string from = direction == 0 ? con.renamed_from.name : con.name;
          std::string to = direction == 0 ? con.name : con.renamed_from.name;
          const Table* current = current_table();
          if (!current->find_constraint(from) || current->find_constraint(to) || dt.find_constraint(from) ||
              !dt.find_constraint(to)) {
            continue;
          }
          for (auto& k : renamed().tables[position->second].constraints) {
            if (k.name == from) k.name = to;
          }
          std::string verb = "ALTER TABLE " + quote_qualified(dt.name) + " RENAME CONSTRAINT ";
          renames_.push_back({{ObjectKind::constraint, dt.name.schema, dt.name.name, from},
                              {ObjectKind::constraint, dt.name.schema, dt.name.name, to},
                              verb + quote_ident(from) + " TO " + quote_ident(to)});
        }
      }
    }
  }

  // Constraints, indexes and owned sequences that differ only by name are renamed rather than
  // rebuilt (implicit names that follow a table rename, a name changed by hand).
  void rename_by_definition() {
    std::map<QualifiedName, std::size_t> positions = current_table_positions();
    for (const auto& dt : des_.tables) {
      auto position = positions.find(dt.name);
      if (position == positions.end()) continue;
      const Table* ct = &cur_->tables[position->second];
      std::vector<std::pair<std::string, std::string>> pairs;
      for (const auto& c : ct->constraints) {
        if (dt.find_constraint(c.name)) continue;
        const Constraint* match = nullptr;
        int count = 0;
        for (const auto& d : dt.constraints) {
          if (ct->find_constraint(d.name) || !same_but_name(c, d)) continue;
          match = &d;
          ++count;
        }
        if (count == 1) pairs.emplace_back(c.name, match->name);
      }
      for (const auto& [from, to] : pairs) {
        for (auto& k : renamed().tables[position->second].constraints) {
          if (k.name == from) k.name = to;
        }
        renames_.push_back({{ObjectKind::constraint, dt.name.schema, dt.name.name, from},
                            {ObjectKind::constraint, dt.name.schema, dt.name.name, to},
                            "ALTER TABLE " + quote_qualified(dt.name) + " RENAME CONSTRAINT " + quote_ident(from) + " TO " +
                                quote_ident(to)});
      }
    }
    // A domain's CHECK constraints (implicit names do not follow a renamed domain).
    for (const auto& dd : des_.domains) {
      auto current = std::find_if(cur_->domains.begin(), cur_->domains.end(), [&](const Domain& d) { return d.name == dd.name; });
      if (current == cur_->domains.end()) continue;
      auto named = [](const Domain& d, const std::string& name) {
        return std::any_of(d.checks.begin(), d.checks.end(), [&](const Constraint& c) { return c.name == name; });
      };
      std::vector<std::pair<std::string, std::string>> pairs;
      for (const auto& c : current->checks) {
        if (named(dd, c.name)) continue;
        const Constraint* match = nullptr;
        int count = 0;
        for (const auto& d : dd.checks) {
          if (named(*current, d.name) || !same_but_name(c, d)) continue;
          match = &d;
          ++count;
        }
        if (count == 1) pairs.emplace_back(c.name, match->name);
      }
      for (const auto& [from, to] : pairs) {
        for (auto& d : renamed().domains) {
          if (d.name != dd.name) continue;
          for (auto& k : d.checks) {
            if (k.name == from) k.name = to;
          }
        }
        renames_.push_back({{ObjectKind::domain_constraint, dd.name.schema, dd.name.name, from},
                            {ObjectKind::domain_constraint, dd.name.schema, dd.name.name, to},
                            "ALTER DOMAIN " + quote_qualified(dd.name) + " RENAME CONSTRAINT " + quote_ident(from) +
                                " TO " + quote_ident(to)});
      }
    }
    // Only indexes whose name is on one side only can pair up.
    auto names_of = [](const auto& objects) {
      std::set<QualifiedName> out;
      for (const auto& o : objects) out.insert(o.name);
      return out;
    };
    std::set<QualifiedName> current_indexes = names_of(cur_->indexes), desired_indexes = names_of(des_.indexes);
    std::vector<const Index*> new_indexes;
    for (const auto& di : des_.indexes) {
      if (!current_indexes.count(di.name)) new_indexes.push_back(&di);
    }
    std::vector<std::pair<QualifiedName, QualifiedName>> index_pairs;
    for (const auto& ci : cur_->indexes) {
      if (desired_indexes.count(ci.name)) continue;
      const Index* match = nullptr;
      int count = 0;
      for (const Index* di : new_indexes) {
        if (!same_but_name(ci, *di)) continue;
        match = di;
        ++count;
      }
      if (count == 1) index_pairs.emplace_back(ci.name, match->name);
    }
    for (const auto& [from, to] : index_pairs) {
      for (auto& i : renamed().indexes) {
        if (i.name == from) i.name = to;
      }
      renames_.push_back({{ObjectKind::index, from.schema, from.name, ""}, {ObjectKind::index, to.schema, to.name, ""},
                          "ALTER INDEX " + quote_qualified(from) + " RENAME TO " + quote_ident(to.name)});
    }
    std::set<QualifiedName> current_sequences = names_of(cur_->sequences), desired_sequences = names_of(des_.sequences);
    std::vector<const Sequence*> new_sequences;
    for (const auto& ds : des_.sequences) {
      if (!current_sequences.count(ds.name)) new_sequences.push_back(&ds);
    }
    std::vector<std::pair<QualifiedName, QualifiedName>> sequence_pairs;
    for (const auto& cs : cur_->sequences) {
      if (!cs.owned_by_table || desired_sequences.count(cs.name)) continue;
      const Sequence* match = nullptr;
      int count = 0;
      for (const Sequence* ds : new_sequences) {
        if (ds->owned_by_table != cs.owned_by_table || ds->owned_by_column != cs.owned_by_column ||
            !(ds->options == cs.options)) {
          continue;
        }
        match = ds;
        ++count;
      }
      if (count == 1) sequence_pairs.emplace_back(cs.name, match->name);
    }
    for (const auto& [from, to] : sequence_pairs) {
      Catalog& c = renamed();
      for (auto& q : c.sequences) {
        if (q.name == from) q.name = to;
      }
      canonical::rename_sequence(c, from, to.name);
      renames_.push_back({{ObjectKind::sequence, from.schema, from.name, ""}, {ObjectKind::sequence, to.schema, to.name, ""},
                          "ALTER SEQUENCE " + quote_qualified(from) + " RENAME TO " + quote_ident(to.name)});
    }
  }

  // ---- indexes PostgreSQL made on partitions -------------------------------------------------

  // What ChooseIndexName uses of an index or constraint declared on a partitioned table to name
  // the index PostgreSQL makes for it on each partition.
  struct IndexOnPartitions {
    QualifiedName declared;  // the declared index or constraint
    std::string label;       // idx, key, excl, pkey
    // Key and INCLUDE columns, expression keys named as PostgreSQL names the declared index's
    // columns ("lower" for lower(x)); copies take their names from those, even on partitions
    // made later.
    std::vector<std::string> columns;

    std::string name_on(const std::string& partition) const {
      return canonical::make_object_name(partition, label == "pkey" ? "" : canonical::index_name_addition(columns),
                                         label);
    }
  };

  static IndexOnPartitions on_partitions(const QualifiedName& declared, const char* label,
                                         const std::vector<IndexElement>& elements, const std::vector<std::string>& plain,
                                         const std::vector<std::string>& include) {
    IndexOnPartitions out{declared, label, plain};
    for (const auto& e : elements) {
      out.columns.push_back(e.expression ? canonical::figure_column_name(pg::read_node(e.expression->tree)) : e.column);
    }
    out.columns.insert(out.columns.end(), include.begin(), include.end());
    return out;
  }

  static std::optional<IndexOnPartitions> on_partitions(const QualifiedName& table, const Constraint& c) {
    QualifiedName declared{table.schema, c.name};
    switch (c.kind) {
      case ConstraintKind::primary_key: return on_partitions(declared, "pkey", {}, c.columns, c.include);
      case ConstraintKind::unique: return on_partitions(declared, "key", {}, c.columns, c.include);
      case ConstraintKind::exclude: return on_partitions(declared, "excl", c.elements, {}, c.include);
      default: return std::nullopt;
    }
  }

  // The names of the indexes PostgreSQL made on partitions, by (partition, the declared index
  // or constraint they copy, directly or through the levels between); nullopt for a catalog
  // that did not come from a database.
  using FoundNames = std::optional<std::map<std::pair<QualifiedName, QualifiedName>, std::string>>;

  static FoundNames partition_index_names(const Catalog& catalog) {
    if (!catalog.partition_indexes) return std::nullopt;
    std::map<QualifiedName, QualifiedName> parent_of;
    for (const auto& pi : *catalog.partition_indexes) parent_of.emplace(pi.name, pi.parent);
    std::map<std::pair<QualifiedName, QualifiedName>, std::string> out;
    for (const auto& pi : *catalog.partition_indexes) {
      QualifiedName up = pi.parent;
      for (auto it = parent_of.find(up); it != parent_of.end(); it = parent_of.find(up)) up = it->second;
      out.emplace(std::pair{QualifiedName{pi.name.schema, pi.table}, up}, pi.name.name);
    }
    return out;
  }

  // True when the names are unknown, or the index found is named `expected`.
  static bool found_as(const FoundNames& names, const QualifiedName& partition, const QualifiedName& declared,
                       const std::string& expected) {
    if (!names) return true;
    auto it = names->find({partition, declared});
    return it != names->end() && it->second == expected;
  }

  // PostgreSQL names the index it makes on a partition after the partition and the key
  // columns, and keeps that name when either is renamed later; a fresh load uses the new
  // names. So a renamed partition or column renames those indexes too, when PostgreSQL chose
  // their names (a name found in a database must be the one it would have chosen).
  void rename_partition_indexes() {
    if (!renamed_) return;  // nothing was renamed
    // Relation and constraint names in use on either side (a desired catalog's indexes on
    // partitions are what the renames lead to, so not in the way).
    std::set<QualifiedName> taken;
    for (const Catalog* c : {&original_, &des_}) {
      for (const auto& t : c->tables) {
        taken.insert(t.name);
        for (const auto& k : t.constraints) taken.insert({t.name.schema, k.name});
      }
      for (const auto& i : c->indexes) taken.insert(i.name);
      for (const auto& v : c->views) taken.insert(v.name);
      for (const auto& q : c->sequences) taken.insert(q.name);
    }
    std::set<QualifiedName> declared = taken;  // never a name PostgreSQL chose on its own
    if (original_.partition_indexes) {
      for (const auto& pi : *original_.partition_indexes) taken.insert(pi.name);
    }
    FoundNames found_before = partition_index_names(original_), found_after = partition_index_names(des_);
    std::map<QualifiedName, std::size_t> positions = current_table_positions();
    std::map<QualifiedName, const Table*> desired_tables;
    for (const auto& t : des_.tables) desired_tables.emplace(t.name, &t);
    std::map<QualifiedName, const Index*> desired_indexes;
    for (const auto& i : des_.indexes) desired_indexes.emplace(i.name, &i);
    std::map<QualifiedName, std::vector<std::size_t>> indexes_on;  // positions in the current catalog
    for (std::size_t k = 0; k < cur_->indexes.size(); ++k) {
      indexes_on[{cur_->indexes[k].name.schema, cur_->indexes[k].table}].push_back(k);
    }
    // For a table that declares indexes its partitions get: pairs (as declared before the
    // renames, as desired) of the indexes and keys whose definitions still agree.
    using Pairs = std::vector<std::pair<IndexOnPartitions, IndexOnPartitions>>;
    std::map<QualifiedName, Pairs> pairs_of;
    auto declared_on = [&](const Table& declaring, std::size_t position) -> const Pairs& {
      auto [entry, fresh] = pairs_of.try_emplace(declaring.name);
      if (!fresh) return entry->second;
      const Table& before = original_.tables[position];
      const Table& now = cur_->tables[position];
      for (std::size_t k = 0; k < now.constraints.size(); ++k) {
        const Constraint* wanted = declaring.find_constraint(now.constraints[k].name);
        if (!wanted || !same_but_name(now.constraints[k], *wanted)) continue;
        auto was = on_partitions(before.name, before.constraints[k]);
        auto will = on_partitions(declaring.name, *wanted);
        if (was && will) entry->second.emplace_back(*was, *will);
      }
      for (std::size_t k : indexes_on[declaring.name]) {
        auto wanted = desired_indexes.find(cur_->indexes[k].name);
        if (wanted == desired_indexes.end() || !same_but_name(cur_->indexes[k], *wanted->second)) continue;
        const Index& was = original_.indexes[k];
        const Index& will = *wanted->second;
        entry->second.emplace_back(on_partitions(was.name, "idx", was.elements, {}, was.include),
                                   on_partitions(will.name, "idx", will.elements, {}, will.include));
      }
      return entry->second;
    };
    for (const auto& partition : des_.tables) {
      auto position = positions.find(partition.name);
      if (!partition.partition_of || position == positions.end()) continue;
      const Table& before = original_.tables[position->second];
      if (cur_->tables[position->second].partition_of != partition.partition_of) continue;
      // Every level above declares indexes the partition gets.
      std::optional<QualifiedName> above = partition.partition_of;
      for (std::size_t depth = 0; above && depth < des_.tables.size(); ++depth) {
        auto declaring = desired_tables.find(*above);
        auto declaring_position = positions.find(*above);
        if (declaring == desired_tables.end() || declaring_position == positions.end()) break;
        const Pairs& pairs = declared_on(*declaring->second, declaring_position->second);
        for (const auto& [was, will] : pairs) {
          std::string from = was.name_on(before.name.name);
          std::string to = will.name_on(partition.name.name);
          if (from == to || taken.count({partition.name.schema, to}) || declared.count({partition.name.schema, from}) ||
              !found_as(found_before, before.name, was.declared, from) ||
              !found_as(found_after, partition.name, will.declared, to)) {
            continue;
          }
          taken.insert({partition.name.schema, to});
          // IF EXISTS: where neither side was read from a database, the names are PostgreSQL's
          // likely choice, and a partition index named otherwise is left as it is.
          renames_.push_back({{ObjectKind::index, partition.name.schema, from, ""},
                              {ObjectKind::index, partition.name.schema, to, ""},
                              "ALTER INDEX IF EXISTS " + quote_qualified({partition.name.schema, from}) + " RENAME TO " +
                                  quote_ident(to)});
        }
        above = declaring->second->partition_of;
      }
    }
  }

  // ---- comparison ----------------------------------------------------------------------------

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

  bool table_rebuilt(const ObjectKey& any_child) const {
    return drop_.count({ObjectKind::table, any_child.schema, any_child.name, ""}) > 0;
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
        rebuilt_types_.insert(key);
      }
    });
    match(cur_objects_.domains, des_objects_.domains, [&](const ObjectKey& key, const Domain* a, const Domain* b) {
      if (!(a->base == b->base) || a->collation != b->collation) {
        throw Error(fmt::format(
            "changing the base type or collation of domain {} is not supported: create a domain under a new name "
            "and move the columns to it",
            quote_qualified(b->name)));
      }
      if (!(a->default_value == b->default_value) || a->not_null != b->not_null) {
        alters_.push_back(change::AlterDomain{a, b});
      }
      (void)key;
    });
    match(cur_objects_.domain_constraints, des_objects_.domain_constraints, [&](const ObjectKey& key, auto a, auto b) {
      Constraint x = definition(*a.second), y = definition(*b.second);
      if (x == y) return;
      x.validated = y.validated;
      if (x == y && !a.second->validated && b.second->validated) {
        alters_.push_back(change::ValidateDomainConstraint{b.first, b.second});
      } else {
        rebuild(key);
      }
    });
    match(cur_objects_.composites, des_objects_.composites, [&](const ObjectKey& key, const CompositeType* a,
                                                                 const CompositeType* b) {
      CompositeType x = definition(*a), y = definition(*b);
      for (auto& at : x.attributes) at.comment.reset();
      for (auto& at : y.attributes) at.comment.reset();
      if (x == y) return;
      bool retyped = false;
      for (const auto& at : x.attributes) {
        for (const auto& bt : y.attributes) {
          if (at.name == bt.name && !(at == bt)) retyped = true;
        }
      }
      bool used_by_columns = false;
      for (const auto& dep : cur_deps_->needed_by(key)) {
        if (dep.kind == ObjectKind::column && cur_objects_.columns.count(dep)) used_by_columns = true;
      }
      if (retyped && used_by_columns) {
        composite_rebuilds_.push_back(change::RebuildComposite{a, b, {}});
        rebuilt_types_.insert(key);
      } else {
        alters_.push_back(change::AlterComposite{a, b});
      }
    });
    match(cur_objects_.sequences, des_objects_.sequences, [&](const ObjectKey&, const Sequence* a, const Sequence* b) {
      if (a->options != b->options || a->unlogged != b->unlogged) alters_.push_back(change::AlterSequence{a, b});
    });
    match(cur_objects_.functions, des_objects_.functions, [&](const ObjectKey& key, const Function* a, const Function* b) {
      Function x = definition(*a), y = definition(*b);
      x.body_references.clear();
      y.body_references.clear();
      std::sort(x.settings.begin(), x.settings.end());  // the order of SET clauses means nothing
      std::sort(y.settings.begin(), y.settings.end());
      if (x == y) return;
      if (replaceable(*a, *b)) {
        alters_.push_back(change::ReplaceFunction{a, b});
        // Index entries computed by the old body would be stale: rebuild such indexes.
        if (b->volatility == 'i') {
          for (const auto& y : cur_deps_->needed_by(key)) {
            if (y.kind == ObjectKind::index) rebuild(y);
          }
        }
      } else {
        rebuild(key);
      }
    });
    match(cur_objects_.tables, des_objects_.tables, [&](const ObjectKey& key, const Table* a, const Table* b) {
      if (!(a->partition_key == b->partition_key)) {
        rebuild(key);
        return;
      }
      if (a->unlogged != b->unlogged || a->options != b->options || a->row_security != b->row_security ||
          a->force_row_security != b->force_row_security) {
        alters_.push_back(change::AlterTable{a, b});
      }
      if (a->partition_of != b->partition_of || !(a->partition_bound == b->partition_bound)) {
        if (a->partition_of) alters_.push_back(change::DetachPartition{a});
        if (b->partition_of) alters_.push_back(change::AttachPartition{b});
      }
    });
    match(cur_objects_.columns, des_objects_.columns, [&](const ObjectKey& key, auto a, auto b) { compare_column(key, a, b); });
    match(cur_objects_.constraints, des_objects_.constraints, [&](const ObjectKey& key, auto a, auto b) {
      Constraint x = definition(*a.second), y = definition(*b.second);
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
    match(cur_objects_.views, des_objects_.views, [&](const ObjectKey& key, const View* a, const View* b) {
      View x = definition(*a), y = definition(*b);
      for (auto& c : x.columns) c.comment.reset();
      for (auto& c : y.columns) c.comment.reset();
      if (x == y) return;
      View xs = x, ys = y;
      xs.options = ys.options;
      xs.with_data = ys.with_data;
      if (xs == ys) {
        if (a->options != b->options) alters_.push_back(change::AlterViewOptions{a, b});
        if (a->with_data != b->with_data) alters_.push_back(change::RefreshMaterializedView{b});
        return;
      }
      if (view_replaceable(*a, *b)) {
        alters_.push_back(change::ReplaceView{a, b});
      } else {
        rebuild(key);
      }
    });
    match(cur_objects_.view_columns, des_objects_.view_columns, [](auto&, auto, auto) {});
    match(cur_objects_.triggers, des_objects_.triggers, [&](const ObjectKey& key, const Trigger* a, const Trigger* b) {
      Trigger x = definition(*a), y = definition(*b);
      if (x == y) return;
      x.enabled = y.enabled;
      if (x == y) {
        alters_.push_back(change::SetTriggerState{b});
      } else if (!a->constraint_trigger && !b->constraint_trigger) {
        alters_.push_back(change::ReplaceTrigger{a, b});
        if (a->enabled != b->enabled) alters_.push_back(change::SetTriggerState{b});
      } else {
        rebuild(key);
      }
    });
    match(cur_objects_.policies, des_objects_.policies, [&](const ObjectKey& key, const Policy* a, const Policy* b) {
      if (same_definition(*a, *b)) return;
      // ALTER POLICY changes roles and expressions, but cannot remove a USING or WITH CHECK.
      bool alterable = a->command == b->command && a->permissive == b->permissive &&
                       !(a->using_expr && !b->using_expr) && !(a->check_expr && !b->check_expr);
      if (alterable) {
        alters_.push_back(change::AlterPolicy{a, b});
      } else {
        rebuild(key);
      }
    });
    // Sequence ownership is its own key, so serial columns do not form a cycle.
    for (const auto& s : cur_->sequences) {
      if (!s.owned_by_table) continue;
      auto it = des_objects_.sequences.find(key_of(s));
      if (it == des_objects_.sequences.end() || it->second->owned_by_table != s.owned_by_table ||
          it->second->owned_by_column != s.owned_by_column) {
        drop_.insert(ownership_key(s));
      }
    }
    for (const auto& s : des_.sequences) {
      if (!s.owned_by_table) continue;
      auto it = cur_objects_.sequences.find(key_of(s));
      if (it == cur_objects_.sequences.end() || it->second->owned_by_table != s.owned_by_table ||
          it->second->owned_by_column != s.owned_by_column) {
        create_.insert(ownership_key(s));
      }
    }
    // Type rebuilds convert their columns.
    auto collect = [&](const QualifiedName& from, const QualifiedName& to, std::vector<change::ColumnRetype>* out) {
      for (const auto& [key, tc] : cur_objects_.columns) {
        if (tc.second->type.schema != from.schema || tc.second->type.name != from.name) continue;
        auto it = des_objects_.columns.find(key);
        if (it == des_objects_.columns.end() || drop_.count(key)) continue;
        const Column* target = it->second.second;
        if (target->type.schema != to.schema || target->type.name != to.name) continue;
        out->push_back({it->second.first, tc.second, target});
        rebuilt_enum_columns_.insert(key);
        retyped_columns_.insert(key);
      }
    };
    for (auto& r : enum_rebuilds_) collect(r.from->name, r.to->name, &r.columns);
    for (auto& r : composite_rebuilds_) collect(r.from->name, r.to->name, &r.columns);
  }

  void add_enum_values(const EnumType& from, const EnumType& to) {
    // Insert each new label next to a neighbour that already exists, in desired order.
    std::vector<std::string> present = from.labels;
    for (std::size_t i = 0; i < to.labels.size(); ++i) {
      const std::string& label = to.labels[i];
      if (std::find(present.begin(), present.end(), label) != present.end()) continue;
      // Labels keep their relative order (else the type is rebuilt), so every label before
      // this one is present by now: go after the previous one, or before the first present.
      change::AddEnumValue add{&to, label, std::nullopt, false};
      if (i > 0) {
        add.neighbour = to.labels[i - 1];
      } else if (!present.empty()) {
        add.neighbour = present.front();
        add.before = true;
      }
      // Appending after the current last label needs no AFTER clause.
      if (!add.before && add.neighbour && *add.neighbour == present.back()) add.neighbour.reset();
      enum_values_.push_back(add);
      auto pos = !add.neighbour ? present.end()
                 : add.before   ? std::find(present.begin(), present.end(), *add.neighbour)
                                : std::find(present.begin(), present.end(), *add.neighbour) + 1;
      present.insert(pos, label);
    }
  }

  void compare_column(const ObjectKey& key, std::pair<const Table*, const Column*> a,
                      std::pair<const Table*, const Column*> b) {
    if (table_rebuilt(key)) return;
    Column x = definition(*a.second), y = definition(*b.second);
    if (x == y) return;
    // A generated column can only get another expression by being added again.
    if (y.generated && !(x.generated && *x.generated == *y.generated)) {
      rebuild(key);
      return;
    }
    if (!(x.type == y.type) || x.collation != y.collation) retyped_columns_.insert(key);
    alters_.push_back(change::AlterColumn{b.first, a.second, b.second, false});
  }

  // What cannot survive an in-place retype of `column` (PostgreSQL refuses or breaks):
  // expressions, views, policies and triggers that use it.
  bool breaks_on_retype(const ObjectKey& dependent, const ObjectKey& column) const {
    switch (dependent.kind) {
      case ObjectKind::constraint: {
        auto it = cur_objects_.constraints.find(dependent);
        if (it == cur_objects_.constraints.end()) return false;
        const Constraint& c = *it->second.second;
        return mentions(c.check, column) || mentions(c.where, column) || elements_mention(c.elements, column) ||
               c.kind == ConstraintKind::exclude;
      }
      case ObjectKind::index: {
        auto it = cur_objects_.indexes.find(dependent);
        if (it == cur_objects_.indexes.end()) return false;
        return mentions(it->second->where, column) || elements_mention(it->second->elements, column);
      }
      case ObjectKind::view:
      case ObjectKind::materialized_view:
      case ObjectKind::policy:
      case ObjectKind::trigger:
      case ObjectKind::function:  // a BEGIN ATOMIC / RETURN body that reads it
        return true;
      case ObjectKind::column: {
        // A generated column computed from it.
        auto it = cur_objects_.columns.find(dependent);
        return it != cur_objects_.columns.end() && mentions(it->second.second->generated, column);
      }
      default: return false;
    }
  }

  // Everything that cannot survive a drop (or an in-place retype) of what it depends on is
  // rebuilt; everything PostgreSQL drops along with its owner goes too.
  void propagate() {
    std::vector<ObjectKey> work(drop_.begin(), drop_.end());
    auto invalidate = [&](const ObjectKey& y, const ObjectKey& x) {
      if (drop_.count(y)) return;
      if (y.kind == ObjectKind::sequence_ownership) return;  // reassigned by its own change
      if (y.kind == ObjectKind::column) {
        auto it = cur_objects_.columns.find(y);
        if (it == cur_objects_.columns.end()) return;  // a view's column goes with the view
        const Column& c = *it->second.second;
        if (mentions(c.generated, x)) {
          rebuild(y);  // derived data: added again
          work.push_back(y);
        } else if (mentions(c.default_value, x) && des_objects_.columns.count(y) && !retyped_columns_.count(y) &&
                   des_objects_.columns.at(y).second->default_value == c.default_value) {
          // The same default, bound to an object that is rebuilt: dropped before, set after. (A
          // default that changes, or a retyped column, is handled by its AlterColumn.)
          detached_defaults_.insert(y);  // dropped before, set again after
        }
        return;  // a column is never rebuilt implicitly: its data would go
      }
      drop_.insert(y);
      if (des_deps_->contains(y)) create_.insert(y);
      work.push_back(y);
    };
    for (const auto& col : retyped_columns_) {
      for (const auto& y : cur_deps_->needed_by(col)) {
        if (breaks_on_retype(y, col)) invalidate(y, col);
      }
    }
    // A rebuilt type is renamed away and dropped: what uses it (other than the columns the
    // rebuild converts) must go first and come back.
    for (const auto& t : rebuilt_types_) {
      for (const auto& y : cur_deps_->needed_by(t)) {
        if (y.kind == ObjectKind::column && rebuilt_enum_columns_.count(y)) continue;
        invalidate(y, t);
      }
    }
    while (!work.empty()) {
      ObjectKey x = work.back();
      work.pop_back();
      for (const auto& y : cur_deps_->needed_by(x)) invalidate(y, x);
      for (const auto& y : cur_deps_->owned_by(x)) {
        if (drop_.count(y)) continue;
        drop_.insert(y);
        if (des_deps_->contains(y)) create_.insert(y);
        work.push_back(y);
      }
    }
  }

  // PostgreSQL attaches a matching index of a partition to a new index of a table above it, as
  // the partition's copy. An index the desired catalog leaves out for that reason (the schema
  // files declare the parent's index after it) is not dropped: creating the parent's index
  // adopts it. One the desired catalog keeps independent (declared after the parent's) is
  // made again after the parent's index.
  void adopt_indexes_of_partitions() {
    std::map<ObjectKey, std::vector<const Index*>> created_by_table;
    for (const auto& k : create_) {
      if (k.kind != ObjectKind::index || drop_.count(k)) continue;
      const Index* i = des_objects_.indexes.at(k);
      created_by_table[{ObjectKind::table, i->name.schema, i->table, ""}].push_back(i);
    }
    if (created_by_table.empty()) return;
    auto adopted_by_new_index = [&](const Index& index) {
      ObjectKey table{ObjectKind::table, index.name.schema, index.table, ""};
      if (drop_.count(table) || !des_objects_.tables.count(table)) return false;
      auto above = des_objects_.tables.at(table)->partition_of;
      for (int depth = 0; above && depth < 32; ++depth) {
        ObjectKey parent{ObjectKind::table, above->schema, above->name, ""};
        auto found = des_objects_.tables.find(parent);
        if (found == des_objects_.tables.end()) break;
        if (auto created = created_by_table.find(parent); created != created_by_table.end()) {
          for (const Index* p : created->second) {
            if (attaches_as_copy(*p, index)) return true;
          }
        }
        above = found->second->partition_of;
      }
      return false;
    };
    std::vector<ObjectKey> kept, remade;
    for (const auto& [k, index] : cur_objects_.indexes) {
      if (drop_.count(k) && create_.count(k)) continue;  // rebuilt already
      if (!adopted_by_new_index(*index)) continue;
      (drop_.count(k) ? kept : remade).push_back(k);
    }
    for (const auto& k : kept) drop_.erase(k);
    for (const auto& k : remade) rebuild(k);
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
    for (const auto& owner : cur_deps_->dropped_with(key)) {
      if (!drop_.count(owner)) continue;
      // A table, view or domain takes its parts with it; a column its owned sequence.
      if (owner.kind == ObjectKind::table || owner.kind == ObjectKind::view ||
          owner.kind == ObjectKind::materialized_view || owner.kind == ObjectKind::type) {
        return true;
      }
      if (owner.kind == ObjectKind::column && key.kind == ObjectKind::sequence) return true;
      if (owner.kind == ObjectKind::column && key.kind == ObjectKind::sequence_ownership) return true;
      if (owner.kind == ObjectKind::sequence && key.kind == ObjectKind::sequence_ownership) return true;
    }
    return false;
  }

  // ---- emission ------------------------------------------------------------------------------

  void emit() {
    for (auto& v : enum_values_) out_.changes.push_back(v);
    for (auto& r : renames_) out_.changes.push_back(r);

    std::vector<ObjectKey> drops;
    for (const auto& k : drop_) {
      if (!dropped_implicitly(k)) drops.push_back(k);
    }
    std::sort(drops.begin(), drops.end(), [&](const ObjectKey& a, const ObjectKey& b) {
      return cur_deps_->position(a) > cur_deps_->position(b);
    });
    std::vector<ObjectKey> creates(create_.begin(), create_.end());
    creates.erase(std::remove_if(creates.begin(), creates.end(),
                                 [](const ObjectKey& k) { return k.kind == ObjectKind::sequence_ownership; }),
                  creates.end());
    std::sort(creates.begin(), creates.end(), [&](const ObjectKey& a, const ObjectKey& b) {
      return des_deps_->position(a) < des_deps_->position(b);
    });
    // Schemas and extensions come first and go last: other objects may use them in ways no
    // catalog records (an extension's types and functions).
    auto container = [](const ObjectKey& k) { return k.kind == ObjectKind::schema || k.kind == ObjectKind::extension; };
    for (const auto& k : creates) {
      if (container(k)) emit_create(k);
    }
    // Default privileges apply when objects are created: change them before any create.
    emit_default_privileges();
    for (const auto& k : detached_defaults_) {
      auto [t, c] = cur_objects_.columns.at(k);
      out_.changes.push_back(change::DropColumnDefault{t, c});
    }
    for (const auto& k : drops) {
      if (!container(k)) emit_drop(k);
    }
    // In-place changes.
    for (auto& r : enum_rebuilds_) out_.changes.push_back(r);
    for (auto& r : composite_rebuilds_) out_.changes.push_back(r);
    for (auto& a : alters_) {
      if (!keep_alter(a)) continue;
      out_.changes.push_back(a);
    }
    for (const auto& s : des_.sequences) {
      if (!create_.count(ownership_key(s))) continue;
      auto it = cur_objects_.sequences.find(key_of(s));
      const Sequence* from = it == cur_objects_.sequences.end() || drop_.count(key_of(s)) ? nullptr : it->second;
      out_.changes.push_back(change::SetSequenceOwner{from, &s});
    }
    for (const auto& s : cur_->sequences) {
      ObjectKey own = ownership_key(s);
      if (!drop_.count(own) || create_.count(own) || drop_.count(key_of(s)) || dropped_implicitly(own)) continue;
      out_.changes.push_back(change::SetSequenceOwner{&s, nullptr});
    }
    for (const auto& k : creates) {
      if (!container(k)) emit_create(k);
    }
    for (const auto& k : detached_defaults_) {
      auto [t, c] = des_objects_.columns.at(k);
      if (c->default_value) out_.changes.push_back(change::SetColumnDefault{t, c});
    }
    for (const auto& k : drops) {
      if (container(k)) emit_drop(k);
    }
    emit_privileges();
    emit_comments();
  }

  // Alterations of objects that are rebuilt anyway are dropped; so is the part of a column
  // alteration an enum rebuild already does.
  bool keep_alter(Change& a) {
    if (auto* ac = std::get_if<change::AlterColumn>(&a)) {
      ObjectKey key = key_of(*ac->table, *ac->to);
      if (drop_.count(key)) return false;
      if (rebuilt_enum_columns_.count(key)) {
        ac->type_set_by_enum_rebuild = true;
        Column x = definition(*ac->from), y = definition(*ac->to);
        x.type = y.type;
        x.default_value = y.default_value;
        if (x == y) return false;  // nothing else changes
      }
      if (detached_defaults_.count(key)) {
        Column x = definition(*ac->from), y = definition(*ac->to);
        x.default_value = y.default_value;  // set again by SetColumnDefault
        if (x == y) return false;
      }
    }
    if (auto* v = std::get_if<change::ValidateConstraint>(&a)) return !drop_.count(key_of(*v->table, *v->constraint));
    if (auto* v = std::get_if<change::ValidateDomainConstraint>(&a)) return !drop_.count(key_of(*v->domain, *v->constraint));
    if (auto* f = std::get_if<change::ReplaceFunction>(&a)) return !drop_.count(key_of(*f->to));
    if (auto* v = std::get_if<change::ReplaceView>(&a)) return !drop_.count(key_of(*v->to));
    if (auto* v = std::get_if<change::AlterViewOptions>(&a)) return !drop_.count(key_of(*v->to));
    if (auto* v = std::get_if<change::RefreshMaterializedView>(&a)) return !drop_.count(key_of(*v->view));
    if (auto* t = std::get_if<change::ReplaceTrigger>(&a)) return !drop_.count(key_of(*t->to));
    if (auto* t = std::get_if<change::SetTriggerState>(&a)) return !drop_.count(key_of(*t->trigger));
    if (auto* p = std::get_if<change::AlterPolicy>(&a)) return !drop_.count(key_of(*p->to));
    if (auto* t = std::get_if<change::AlterTable>(&a)) return !drop_.count(key_of(*t->to));
    if (auto* t = std::get_if<change::AttachPartition>(&a)) return !create_.count(key_of(*t->table));
    if (auto* t = std::get_if<change::DetachPartition>(&a)) return !drop_.count(key_of(*t->table));
    if (auto* d = std::get_if<change::AlterDomain>(&a)) return !drop_.count(key_of(*d->to));
    if (auto* c = std::get_if<change::AlterComposite>(&a)) return !drop_.count(key_of(*c->to));
    return true;
  }

  void emit_drop(const ObjectKey& k) {
    switch (k.kind) {
      case ObjectKind::schema: out_.changes.push_back(change::DropSchema{cur_objects_.schemas.at(k)}); break;
      case ObjectKind::extension: out_.changes.push_back(change::DropExtension{cur_objects_.extensions.at(k)}); break;
      case ObjectKind::type:
        if (cur_objects_.enums.count(k)) out_.changes.push_back(change::DropEnum{cur_objects_.enums.at(k)});
        if (cur_objects_.domains.count(k)) out_.changes.push_back(change::DropDomain{cur_objects_.domains.at(k)});
        if (cur_objects_.composites.count(k)) out_.changes.push_back(change::DropComposite{cur_objects_.composites.at(k)});
        break;
      case ObjectKind::domain_constraint: {
        auto [d, c] = cur_objects_.domain_constraints.at(k);
        out_.changes.push_back(change::DropDomainConstraint{d, c});
        break;
      }
      case ObjectKind::sequence: out_.changes.push_back(change::DropSequence{cur_objects_.sequences.at(k)}); break;
      case ObjectKind::function: out_.changes.push_back(change::DropFunction{cur_objects_.functions.at(k)}); break;
      case ObjectKind::table: out_.changes.push_back(change::DropTable{cur_objects_.tables.at(k)}); break;
      case ObjectKind::column: {
        auto it = cur_objects_.columns.find(k);  // a view's column or a type's attribute goes with it
        if (it != cur_objects_.columns.end()) out_.changes.push_back(change::DropColumn{it->second.first, it->second.second});
        break;
      }
      case ObjectKind::constraint: {
        auto [t, c] = cur_objects_.constraints.at(k);
        out_.changes.push_back(change::DropConstraint{t, c});
        break;
      }
      case ObjectKind::index: out_.changes.push_back(change::DropIndex{cur_objects_.indexes.at(k)}); break;
      case ObjectKind::view:
      case ObjectKind::materialized_view: out_.changes.push_back(change::DropView{cur_objects_.views.at(k)}); break;
      case ObjectKind::trigger: out_.changes.push_back(change::DropTrigger{cur_objects_.triggers.at(k)}); break;
      case ObjectKind::policy: out_.changes.push_back(change::DropPolicy{cur_objects_.policies.at(k)}); break;
      default: break;
    }
  }

  void emit_create(const ObjectKey& k) {
    switch (k.kind) {
      case ObjectKind::schema: out_.changes.push_back(change::CreateSchema{des_objects_.schemas.at(k)}); break;
      case ObjectKind::extension: out_.changes.push_back(change::CreateExtension{des_objects_.extensions.at(k)}); break;
      case ObjectKind::type:
        if (des_objects_.enums.count(k)) out_.changes.push_back(change::CreateEnum{des_objects_.enums.at(k)});
        if (des_objects_.domains.count(k)) out_.changes.push_back(change::CreateDomain{des_objects_.domains.at(k)});
        if (des_objects_.composites.count(k)) out_.changes.push_back(change::CreateComposite{des_objects_.composites.at(k)});
        break;
      case ObjectKind::domain_constraint: {
        auto [d, c] = des_objects_.domain_constraints.at(k);
        if (create_.count(key_of(*d)) && c->validated) break;  // part of CREATE DOMAIN
        out_.changes.push_back(change::AddDomainConstraint{d, c});
        break;
      }
      case ObjectKind::sequence: out_.changes.push_back(change::CreateSequence{des_objects_.sequences.at(k)}); break;
      case ObjectKind::function: out_.changes.push_back(change::CreateFunction{des_objects_.functions.at(k)}); break;
      case ObjectKind::table: out_.changes.push_back(change::CreateTable{des_objects_.tables.at(k)}); break;
      case ObjectKind::column: {
        auto it = des_objects_.columns.find(k);
        if (it == des_objects_.columns.end()) break;  // a view's column or a type's attribute: part of it
        auto [t, c] = it->second;
        if (create_.count(key_of(*t))) break;  // part of CREATE TABLE
        out_.changes.push_back(change::AddColumn{t, c});
        break;
      }
      case ObjectKind::constraint: {
        auto [t, c] = des_objects_.constraints.at(k);
        if (create_.count(key_of(*t)) && !is_separate_constraint(*c)) break;  // part of CREATE TABLE
        out_.changes.push_back(change::AddConstraint{t, c});
        break;
      }
      case ObjectKind::index: out_.changes.push_back(change::CreateIndex{des_objects_.indexes.at(k)}); break;
      case ObjectKind::view:
      case ObjectKind::materialized_view: out_.changes.push_back(change::CreateView{des_objects_.views.at(k)}); break;
      case ObjectKind::trigger: {
        const Trigger* t = des_objects_.triggers.at(k);
        out_.changes.push_back(change::CreateTrigger{t});
        if (t->enabled != 'O') out_.changes.push_back(change::SetTriggerState{t});
        break;
      }
      case ObjectKind::policy: out_.changes.push_back(change::CreatePolicy{des_objects_.policies.at(k)}); break;
      default: break;
    }
  }

  // What a newly created object gets: PostgreSQL's defaults plus the default privileges of the
  // role running the migration (already changed to the desired ones at that point).
  Privileges initial_privileges(ObjectKind kind, const std::string& schema) const {
    Privileges out = default_privileges_of(kind);
    const char* type = kind == ObjectKind::table || kind == ObjectKind::view || kind == ObjectKind::materialized_view
                           ? "TABLES"
                       : kind == ObjectKind::sequence ? "SEQUENCES"
                       : kind == ObjectKind::function ? "FUNCTIONS"
                       : kind == ObjectKind::schema   ? "SCHEMAS"
                                                      : "";
    for (const auto& d : des_.default_privileges) {
      if (!d.role.empty() || d.object_type != type || (!d.schema.empty() && d.schema != schema)) continue;
      auto it = std::find(out.begin(), out.end(), d.privilege);
      if (d.revoked && it != out.end()) out.erase(it);
      if (!d.revoked && it == out.end()) out.push_back(d.privilege);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // Grants: compared per object; a (re)created object starts from what PostgreSQL gives it.
  void emit_privileges() {
    auto compare = [&](const ObjectKey& key, const std::string& target, const std::string& column,
                       const Privileges* current, const Privileges& desired, ObjectKind kind) {
      bool fresh = !current || create_.count(key);
      Privileges initial = column.empty() ? initial_privileges(kind, key.kind == ObjectKind::schema ? key.name : key.schema)
                                          : Privileges{};
      const Privileges& from = fresh ? initial : *current;
      if (from == desired) return;
      out_.changes.push_back(change::SetPrivileges{key, target, column, from, desired});
    };
    for (const auto& s : des_.schemas) {
      auto it = cur_objects_.schemas.find(key_of(s));
      compare(key_of(s), "SCHEMA " + quote_ident(s.name), "", it == cur_objects_.schemas.end() ? nullptr : &it->second->privileges,
              s.privileges, ObjectKind::schema);
    }
    for (const auto& s : des_.sequences) {
      auto it = cur_objects_.sequences.find(key_of(s));
      compare(key_of(s), "SEQUENCE " + quote_qualified(s.name), "",
              it == cur_objects_.sequences.end() ? nullptr : &it->second->privileges, s.privileges, ObjectKind::sequence);
    }
    for (const auto& f : des_.functions) {
      auto it = cur_objects_.functions.find(key_of(f));
      compare(key_of(f), "ROUTINE " + render_function_name(f), "",
              it == cur_objects_.functions.end() ? nullptr : &it->second->privileges, f.privileges, ObjectKind::function);
    }
    for (const auto& t : des_.tables) {
      auto it = cur_objects_.tables.find(key_of(t));
      std::string target = "TABLE " + quote_qualified(t.name);
      compare(key_of(t), target, "", it == cur_objects_.tables.end() ? nullptr : &it->second->privileges, t.privileges,
              ObjectKind::table);
      for (const auto& c : t.columns) {
        auto ci = cur_objects_.columns.find(key_of(t, c));
        compare(key_of(t, c), target, c.name, ci == cur_objects_.columns.end() ? nullptr : &ci->second.second->privileges,
                c.privileges, ObjectKind::column);
      }
    }
    for (const auto& v : des_.views) {
      auto it = cur_objects_.views.find(key_of(v));
      compare(key_of(v), "TABLE " + quote_qualified(v.name), "",
              it == cur_objects_.views.end() ? nullptr : &it->second->privileges, v.privileges, ObjectKind::view);
    }
  }

  void emit_default_privileges() {
    change::SetDefaultPrivileges d;
    for (const auto& p : cur_->default_privileges) {
      if (std::find(des_.default_privileges.begin(), des_.default_privileges.end(), p) == des_.default_privileges.end()) {
        d.revoke.push_back(p);
      }
    }
    for (const auto& p : des_.default_privileges) {
      if (std::find(cur_->default_privileges.begin(), cur_->default_privileges.end(), p) == cur_->default_privileges.end()) {
        d.grant.push_back(p);
      }
    }
    if (!d.revoke.empty() || !d.grant.empty()) out_.changes.push_back(d);
  }

  static const std::optional<std::string>* comment_of(const Objects& o, const ObjectKey& key) {
    auto find = [&](const auto& map) -> const std::optional<std::string>* {
      auto it = map.find(key);
      if (it == map.end()) return nullptr;
      if constexpr (std::is_pointer_v<std::decay_t<decltype(it->second)>>) {
        return &it->second->comment;
      } else {
        return &it->second.second->comment;
      }
    };
    switch (key.kind) {
      case ObjectKind::schema: return find(o.schemas);
      case ObjectKind::extension: return find(o.extensions);
      case ObjectKind::type:
        if (auto* c = find(o.enums)) return c;
        if (auto* c = find(o.domains)) return c;
        return find(o.composites);
      case ObjectKind::domain_constraint: return find(o.domain_constraints);
      case ObjectKind::sequence: return find(o.sequences);
      case ObjectKind::function: return find(o.functions);
      case ObjectKind::table: return find(o.tables);
      case ObjectKind::column:
        if (auto* c = find(o.columns)) return c;
        if (auto* c = find(o.attributes)) return c;
        return find(o.view_columns);
      case ObjectKind::constraint: return find(o.constraints);
      case ObjectKind::index: return find(o.indexes);
      case ObjectKind::view:
      case ObjectKind::materialized_view: return find(o.views);
      case ObjectKind::trigger: return find(o.triggers);
      case ObjectKind::policy: return find(o.policies);
      default: return nullptr;
    }
  }

  // Comments: set where they differ, and again on everything (re)created with one.
  void emit_comments() {
    for (const auto& key : des_deps_->declared()) {
      const auto* from = comment_of(cur_objects_, key);
      const auto* to = comment_of(des_objects_, key);
      if (!to) continue;  // dropped: the comment goes with it
      bool recreated = create_.count(key) > 0 || (key.kind == ObjectKind::column && !cur_objects_.columns.count(key) &&
                                                   !cur_objects_.view_columns.count(key) && !cur_objects_.attributes.count(key));
      // A rebuilt type is a new type (CREATE TYPE after the old one is renamed away): no comment.
      if (rebuilt_types_.count(key)) recreated = true;
      ObjectKey owner_type{ObjectKind::type, key.schema, key.name, ""};
      if (key.kind == ObjectKind::column && des_objects_.attributes.count(key) &&
          (create_.count(owner_type) || rebuilt_types_.count(owner_type))) {
        recreated = true;  // a composite type's attributes come back with it
      }
      // A view's columns come back with the view.
      if (key.kind == ObjectKind::column && des_objects_.view_columns.count(key)) {
        auto [view, col] = des_objects_.view_columns.at(key);
        if (create_.count(key_of(*view))) recreated = true;
      }
      std::optional<std::string> before = (from && !recreated) ? *from : std::nullopt;
      std::optional<std::string> after = *to;
      if (before == after) continue;
      if (!after && key.kind == ObjectKind::extension) {
        // Without a comment of its own an extension has its control file's comment.
        for (const Objects* o : {&des_objects_, &cur_objects_}) {
          auto it = o->extensions.find(key);
          if (it != o->extensions.end() && it->second->default_comment) {
            after = it->second->default_comment;
            break;
          }
        }
        if (before == after) continue;
      }
      out_.changes.push_back(change::SetComment{key, before, after});
    }
  }
};

}  // namespace

ChangeSet diff(const Catalog& current, const Catalog& desired) {
  PhaseTimer timer("diff");
  return Differ(current, desired).run();
}

}  // namespace schemac
