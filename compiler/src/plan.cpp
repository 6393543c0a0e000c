#include "schemac/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <map>
#include <queue>

#include "canonical/names.hpp"
#include "phase_timer.hpp"
#include "schemac/dependencies.hpp"
#include "schemac/sql_render.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

const char* hazard_name(Hazard h) {
  switch (h) {
    case Hazard::deletes_data: return "deletes-data";
    case Hazard::rewrites_table: return "rewrites-table";
    case Hazard::access_exclusive_lock: return "access-exclusive-lock";
    case Hazard::blocks_writes: return "blocks-writes";
    case Hazard::long_scan: return "long-scan";
    case Hazard::data_dependent: return "data-dependent";
    case Hazard::non_transactional: return "non-transactional";
    case Hazard::backward_incompatible: return "backward-incompatible";
  }
  return "unknown";
}

std::vector<Hazard> all_hazards() {
  return {Hazard::deletes_data,  Hazard::rewrites_table, Hazard::access_exclusive_lock, Hazard::blocks_writes,
          Hazard::long_scan,     Hazard::data_dependent, Hazard::non_transactional,     Hazard::backward_incompatible};
}

bool parse_hazard(const std::string& name, Hazard* out) {
  for (Hazard h : all_hazards()) {
    if (name == hazard_name(h)) {
      *out = h;
      return true;
    }
  }
  return false;
}

std::set<Hazard> Plan::hazards() const {
  std::set<Hazard> out;
  for (const auto& s : steps) out.insert(s.hazards.begin(), s.hazards.end());
  return out;
}

namespace {

// ---- type changes --------------------------------------------------------------------------

enum class TypeFamily { integer, exact, floating, string, datetime, other };

TypeFamily family(const TypeRef& t) {
  if (!t.schema.empty() || t.is_array) return TypeFamily::other;
  const std::string& n = t.name;
  if (n == "int2" || n == "int4" || n == "int8") return TypeFamily::integer;
  if (n == "numeric") return TypeFamily::exact;
  if (n == "float4" || n == "float8") return TypeFamily::floating;
  if (n == "text" || n == "varchar" || n == "bpchar" || n == "citext" || n == "name") return TypeFamily::string;
  if (n == "date" || n == "timestamp" || n == "timestamptz" || n == "time" || n == "timetz") return TypeFamily::datetime;
  return TypeFamily::other;
}

bool is_numeric_family(TypeFamily f) {
  return f == TypeFamily::integer || f == TypeFamily::exact || f == TypeFamily::floating;
}

TypeRef element_of(TypeRef t) {
  t.is_array = false;
  return t;
}

// Whether PostgreSQL converts `from` to `to` without USING (an assignment cast exists).
bool assignment_castable(const TypeRef& from, const TypeRef& to) {
  if (from.is_array != to.is_array) return false;
  if (from.is_array) return assignment_castable(element_of(from), element_of(to));
  if (from.schema == to.schema && from.name == to.name) return true;
  TypeFamily a = family(from), b = family(to);
  if (b == TypeFamily::string) return true;  // I/O conversion to string types is an assignment cast
  if (is_numeric_family(a) && is_numeric_family(b)) return true;
  if (a == TypeFamily::datetime && b == TypeFamily::datetime) {
    return !((from.name == "date" && (to.name == "time" || to.name == "timetz")) ||
             ((from.name == "time" || from.name == "timetz") && to.name != "time" && to.name != "timetz"));
  }
  return false;
}

// Whether the change needs no table rewrite (binary-compatible, same or wider limits).
bool binary_compatible(const TypeRef& from, const TypeRef& to) {
  if (from.is_array != to.is_array || !from.schema.empty() || !to.schema.empty()) return false;
  auto widens = [&](const std::vector<std::int32_t>& a, const std::vector<std::int32_t>& b) {
    return b.empty() || (!a.empty() && b[0] >= a[0]);
  };
  if ((from.name == "varchar" || from.name == "text") && to.name == "text") return true;
  if (from.name == "varchar" && to.name == "varchar") return widens(from.modifiers, to.modifiers);
  if (from.name == "text" && to.name == "varchar") return to.modifiers.empty();
  if (from.name == "varbit" && to.name == "varbit") return widens(from.modifiers, to.modifiers);
  if (from.name == "numeric" && to.name == "numeric") {
    if (to.modifiers.empty()) return true;
    return from.modifiers.size() == 2 && to.modifiers.size() == 2 && to.modifiers[1] == from.modifiers[1] &&
           to.modifiers[0] >= from.modifiers[0];
  }
  if (from.name == to.name && (from.name == "timestamp" || from.name == "timestamptz" || from.name == "time" ||
                                 from.name == "interval")) {
    return widens(from.modifiers, to.modifiers);
  }
  return false;
}

// Whether every value of `from` fits `to` unchanged (no failure and no loss possible).
bool safe_widening(const TypeRef& from, const TypeRef& to) {
  if (binary_compatible(from, to)) return true;
  if (from.is_array || to.is_array || !from.schema.empty() || !to.schema.empty()) return false;
  static const std::set<std::pair<std::string, std::string>> widening = {
      {"int2", "int4"}, {"int2", "int8"}, {"int4", "int8"}, {"int2", "numeric"}, {"int4", "numeric"},
      {"int8", "numeric"}, {"float4", "float8"}, {"int2", "float8"}, {"int4", "float8"}, {"date", "timestamp"},
      {"date", "timestamptz"}, {"timestamp", "timestamptz"}, {"bpchar", "text"}, {"time", "interval"}};
  if (widening.count({from.name, to.name})) return to.modifiers.empty();
  if (family(to) == TypeFamily::string && to.modifiers.empty()) return true;  // everything prints as text
  return false;
}

// ---- volatility of defaults ---------------------------------------------------------------

bool looks_volatile(const Expression& e) {
  // A default computed per row forces a rewrite when a column is added.
  std::string sql = render_expression(e);
  for (const char* f : {"nextval(", "random(", "gen_random_uuid(", "uuid_generate_", "clock_timestamp(",
                        "timeofday(", "gen_random_bytes(", "txid_current("}) {
    if (sql.find(f) != std::string::npos) return true;
  }
  return false;
}

std::string alter_table(const QualifiedName& t) { return "ALTER TABLE " + quote_qualified(t); }
std::string set_persistence(const Sequence& s) {
  return "ALTER SEQUENCE " + quote_qualified(s.name) + (s.unlogged ? " SET UNLOGGED" : " SET LOGGED");
}
std::string alter_column(const QualifiedName& t, const std::string& c) {
  return alter_table(t) + " ALTER COLUMN " + quote_ident(c);
}

ObjectKey relation_slot(const std::string& schema, const std::string& name) {
  return {ObjectKind::relation_name, schema, name, ""};
}

// The place of a partition's copy of a new index of a table above it: an index of the
// partition PostgreSQL would take as the copy is dropped before the new index is made.
ObjectKey copy_slot(const QualifiedName& partition) {
  return {ObjectKind::relation_name, partition.schema, partition.name, "partition copy"};
}

std::string describe_column(const Table& t, const Column& c) {
  return "column " + quote_qualified(t.name) + "." + quote_ident(c.name);
}

// ---- steps ---------------------------------------------------------------------------------

// Which tables are partitions of which, and the indexes declared on each.
class PartitionTree {
 public:
  explicit PartitionTree(const Catalog& catalog) {
    for (const auto& t : catalog.tables) {
      if (t.partition_of) {
        parent_.emplace(t.name, *t.partition_of);
        children_[*t.partition_of].push_back(t.name);
      }
    }
    for (const auto& i : catalog.indexes) indexes_[{i.name.schema, i.table}].push_back(&i);
  }

  [[nodiscard]] std::vector<QualifiedName> ancestors(const QualifiedName& table) const {
    std::vector<QualifiedName> out;
    for (auto it = parent_.find(table); it != parent_.end() && out.size() < 32; it = parent_.find(it->second)) {
      out.push_back(it->second);
    }
    return out;
  }

  [[nodiscard]] std::vector<QualifiedName> descendants(const QualifiedName& table) const {
    std::vector<QualifiedName> out;
    std::vector<std::pair<QualifiedName, int>> work{{table, 0}};
    while (!work.empty()) {
      auto [t, depth] = work.back();
      work.pop_back();
      auto it = children_.find(t);
      if (it == children_.end() || depth >= 32) continue;
      for (const auto& c : it->second) {
        out.push_back(c);
        work.emplace_back(c, depth + 1);
      }
    }
    return out;
  }

  [[nodiscard]] const std::vector<const Index*>& indexes_on(const QualifiedName& table) const {
    static const std::vector<const Index*> none;
    auto it = indexes_.find(table);
    return it == indexes_.end() ? none : it->second;
  }

 private:
  std::map<QualifiedName, QualifiedName> parent_;
  std::map<QualifiedName, std::vector<QualifiedName>> children_;
  std::map<QualifiedName, std::vector<const Index*>> indexes_;
};

class Planner {
 public:
  Planner(const Catalog& current, const Catalog& desired, const PlanOptions& options,
          std::shared_ptr<const DependencyIndex> current_dependencies,
          std::shared_ptr<const DependencyIndex> desired_dependencies)
      : cur_(current), des_(desired), options_(options), cur_deps_(std::move(current_dependencies)),
        des_deps_(std::move(desired_dependencies)) {
    if (!cur_deps_) cur_deps_ = std::make_shared<const DependencyIndex>(index_dependencies(current));
    if (!des_deps_) des_deps_ = std::make_shared<const DependencyIndex>(index_dependencies(desired));
  }

  Plan run(const ChangeSet& changes) {
    for (const auto& c : changes.changes) {
      if (auto* t = std::get_if<change::CreateTable>(&c)) created_tables_.insert(t->table->name);
      if (auto* d = std::get_if<change::DropConstraint>(&c)) dropped_on_their_own_.insert(key_of(*d->table, *d->constraint));
      if (auto* d = std::get_if<change::DropIndex>(&c)) dropped_on_their_own_.insert(key_of(*d->index));
      if (auto* d = std::get_if<change::DropColumn>(&c)) dropped_on_their_own_.insert(key_of(*d->table, *d->column));
      if (auto* d = std::get_if<change::DropSequence>(&c)) dropped_on_their_own_.insert(key_of(*d->sequence));
      if (auto* d = std::get_if<change::DropTable>(&c)) dropped_on_their_own_.insert(key_of(*d->table));
      if (auto* d = std::get_if<change::DropView>(&c)) dropped_on_their_own_.insert(key_of(*d->view));
      if (auto* d = std::get_if<change::DropTrigger>(&c)) dropped_on_their_own_.insert(key_of(*d->trigger));
      if (auto* d = std::get_if<change::DropPolicy>(&c)) dropped_on_their_own_.insert(key_of(*d->policy));
      if (auto* d = std::get_if<change::DropDomainConstraint>(&c)) {
        dropped_on_their_own_.insert(key_of(*d->domain, *d->constraint));
      }
    }
    for (const auto& c : changes.changes) std::visit([&](const auto& ch) { add(ch); }, c);
    Plan plan;
    plan.steps = order_steps(std::move(vertices_), *cur_deps_, *des_deps_);
    return plan;
  }

 private:
  const Catalog& cur_;
  const Catalog& des_;
  PlanOptions options_;
  std::shared_ptr<const DependencyIndex> cur_deps_, des_deps_;
  std::set<QualifiedName> created_tables_;
  std::set<ObjectKey> dropped_on_their_own_;  // objects with a drop step of their own
  std::vector<PlanVertex> vertices_;
  PartitionTree cur_tree_{cur_}, des_tree_{des_};

  PlanVertex& begin(ObjectKey object, std::string action, std::string description) {
    PlanVertex v;
    v.step.object = std::move(object);
    v.step.action = std::move(action);
    v.step.description = std::move(description);
    vertices_.push_back(std::move(v));
    return vertices_.back();
  }

  // True when the table exists before the plan runs (so locks and scans matter).
  bool existing(const QualifiedName& table) const {
    return !created_tables_.count(table) && cur_deps_->contains({ObjectKind::table, table.schema, table.name, ""});
  }

  // Everything PostgreSQL drops together with `key` (except what is dropped by its own step).
  void add_dropped_with(const ObjectKey& key, std::vector<ObjectKey>* out) {
    for (const auto& o : cur_deps_->owned_by(key)) {
      if (dropped_on_their_own_.count(o)) continue;
      if (std::find(out->begin(), out->end(), o) != out->end()) continue;
      out->push_back(o);
      if (o.kind == ObjectKind::index || o.kind == ObjectKind::sequence || o.kind == ObjectKind::table) {
        out->push_back(relation_slot(o.schema, o.name));
      }
      add_dropped_with(o, out);
    }
  }

  static void constraint_slot(const QualifiedName& table, const Constraint& c, std::vector<ObjectKey>* out) {
    if (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique || c.kind == ConstraintKind::exclude) {
      out->push_back(relation_slot(table.schema, c.name));
    }
  }

  // -- one overload per change kind --

  void add(const change::CreateSchema& c) {
    auto& v = begin(key_of(*c.schema), "create", "create schema " + quote_ident(c.schema->name));
    v.step.statements.push_back(render_create_schema(*c.schema));
    v.provides.push_back(v.step.object);
  }

  void add(const change::DropSchema& c) {
    auto& v = begin(key_of(*c.schema), "drop", "drop schema " + quote_ident(c.schema->name));
    v.step.statements.push_back("DROP SCHEMA " + quote_ident(c.schema->name));
    v.removes.push_back(v.step.object);
  }

  void add(const change::CreateExtension& c) {
    auto& v = begin(key_of(*c.extension), "create", "create extension " + quote_ident(c.extension->name));
    v.step.statements.push_back(render_create_extension(*c.extension));
    v.provides.push_back(v.step.object);
  }

  void add(const change::DropExtension& c) {
    auto& v = begin(key_of(*c.extension), "drop", "drop extension " + quote_ident(c.extension->name));
    v.step.statements.push_back("DROP EXTENSION " + quote_ident(c.extension->name));
    v.removes.push_back(v.step.object);
  }

  void add(const change::AlterExtension& c) {
    auto& v = begin(key_of(*c.to), "alter", "alter extension " + quote_ident(c.to->name));
    if (c.from->schema != c.to->schema) {
      v.step.statements.push_back("ALTER EXTENSION " + quote_ident(c.to->name) + " SET SCHEMA " + quote_ident(c.to->schema));
    }
    if (!c.from->version.empty() && !c.to->version.empty() && c.from->version != c.to->version) {
      v.step.statements.push_back("ALTER EXTENSION " + quote_ident(c.to->name) + " UPDATE TO " + quote_literal(c.to->version));
    }
    v.alters.push_back(v.step.object);
  }

  void add(const change::CreateEnum& c) {
    auto& v = begin(key_of(*c.type), "create", "create type " + quote_qualified(c.type->name));
    v.step.statements.push_back(render_create_enum(*c.type));
    v.provides.push_back(v.step.object);
  }

  void add(const change::DropEnum& c) {
    auto& v = begin(key_of(*c.type), "drop", "drop type " + quote_qualified(c.type->name));
    v.step.statements.push_back("DROP TYPE " + quote_qualified(c.type->name));
    v.removes.push_back(v.step.object);
  }

  void add(const change::AddEnumValue& c) {
    auto& v = begin(key_of(*c.type), "alter",
                    fmt::format("add value {} to type {}", quote_literal(c.label), quote_qualified(c.type->name)));
    std::string sql = "ALTER TYPE " + quote_qualified(c.type->name) + " ADD VALUE " + quote_literal(c.label);
    if (c.neighbour) sql += (c.before ? " BEFORE " : " AFTER ") + quote_literal(*c.neighbour);
    v.step.statements.push_back(sql);
    // A new value cannot be used before it is committed (the phase sees to that). Adding a
    // value breaks nothing that uses the type, so unlike other alterations it does not wait
    // for the drop of the type's dependents (which run later, in the transaction).
    v.step.phase = Phase::before_transaction;
    v.needs_existing.push_back(v.step.object);
  }

  void add(const change::RebuildEnum& c) {
    add_type_rebuild(key_of(*c.to), c.from->name, render_create_enum(*c.to), c.columns, "labels removed or reordered");
  }

  void add(const change::RebuildComposite& c) {
    add_type_rebuild(key_of(*c.to), c.from->name, render_create_composite(*c.to), c.columns, "attribute retyped");
  }

  // A type PostgreSQL cannot change in place: the old one is renamed away, the new one created,
  // every column converted through text, the old one dropped.
  void add_type_rebuild(const ObjectKey& key, const QualifiedName& name, const std::string& create,
                        const std::vector<change::ColumnRetype>& columns, const std::string& why) {
    auto& v = begin(key, "alter", "rebuild type " + quote_qualified(name) + " (" + why + ")");
    std::string old_name = canonical::make_object_name(name.name, "", "schemac_old");
    QualifiedName old{name.schema, old_name};
    v.step.statements.push_back("ALTER TYPE " + quote_qualified(name) + " RENAME TO " + quote_ident(old_name));
    v.step.statements.push_back(create);
    for (const auto& col : columns) {
      QualifiedName table = col.table->name;
      if (col.from->default_value) v.step.statements.push_back(alter_column(table, col.from->name) + " DROP DEFAULT");
      std::string type = render_type(col.to->type);
      std::string through = col.to->type.is_array ? "text[]" : "text";
      v.step.statements.push_back(alter_column(table, col.from->name) + " TYPE " + type + " USING " +
                                  quote_ident(col.from->name) + "::" + through + "::" + type);
      if (col.to->default_value) {
        v.step.statements.push_back(alter_column(table, col.to->name) + " SET DEFAULT " + render_expression(*col.to->default_value));
      }
      v.alters.push_back(key_of(*col.table, *col.to));
      v.step.hazards.insert({Hazard::rewrites_table, Hazard::access_exclusive_lock});
    }
    v.step.statements.push_back("DROP TYPE " + quote_qualified(old));
    v.step.hazards.insert(Hazard::data_dependent);
    v.step.notes.push_back("fails if rows hold values the new type cannot read");
    v.provides.push_back(key);
    v.removes.push_back(key);
    v.alters.push_back(key);
  }

  void add(const change::CreateSequence& c) {
    auto& v = begin(key_of(*c.sequence), "create", "create sequence " + quote_qualified(c.sequence->name));
    v.step.statements.push_back(render_create_sequence(*c.sequence));
    v.provides.push_back(v.step.object);
    v.provides.push_back(relation_slot(c.sequence->name.schema, c.sequence->name.name));
  }

  void add(const change::DropSequence& c) {
    auto& v = begin(key_of(*c.sequence), "drop", "drop sequence " + quote_qualified(c.sequence->name));
    v.step.statements.push_back("DROP SEQUENCE " + quote_qualified(c.sequence->name));
    // Its value is state: a sequence created again (by a rollback) starts over below the ids
    // already handed out.
    v.step.hazards.insert(Hazard::deletes_data);
    v.step.notes.push_back("the sequence's current value is lost");
    v.removes.push_back(v.step.object);
    v.removes.push_back(relation_slot(c.sequence->name.schema, c.sequence->name.name));
    v.removes.push_back(ownership_key(*c.sequence));
  }

  /// Whether the sequence's table, owning it before and after, turns LOGGED/UNLOGGED the same
  /// way in this plan, taking the sequence with it.
  bool turned_by_owner(const Sequence& from, const Sequence& to) const {
    if (!from.owned_by_table || from.owned_by_table != to.owned_by_table) return false;
    const Table* before = cur_.find_table(*from.owned_by_table);
    const Table* after = des_.find_table(*to.owned_by_table);
    return before && after && before->unlogged != after->unlogged && after->unlogged == to.unlogged;
  }

  void add(const change::AlterSequence& c) {
    auto& v = begin(key_of(*c.to), "alter", "alter sequence " + quote_qualified(c.to->name));
    const SequenceOptions& a = c.from->options;
    const SequenceOptions& b = c.to->options;
    bool retyped = a.type != b.type;
    std::string sql;
    if (retyped) sql += " AS " + render_type({"", b.type, {}, false});
    if (a.increment != b.increment) sql += fmt::format(" INCREMENT BY {}", b.increment);
    if (retyped || a.min_value != b.min_value) sql += fmt::format(" MINVALUE {}", b.min_value);
    if (retyped || a.max_value != b.max_value) sql += fmt::format(" MAXVALUE {}", b.max_value);
    if (a.start != b.start) sql += fmt::format(" START WITH {}", b.start);
    if (a.cache != b.cache) sql += fmt::format(" CACHE {}", b.cache);
    if (a.cycle != b.cycle) sql += b.cycle ? " CYCLE" : " NO CYCLE";
    if (!sql.empty()) v.step.statements.push_back("ALTER SEQUENCE " + quote_qualified(c.to->name) + sql);
    if (c.from->unlogged != c.to->unlogged && !turned_by_owner(*c.from, *c.to)) {
      v.step.statements.push_back(set_persistence(*c.to));
    }
    v.alters.push_back(v.step.object);
    if (v.step.statements.empty()) vertices_.pop_back();
  }

  void add(const change::SetSequenceOwner& c) {
    const Sequence& s = c.to ? *c.to : *c.from;
    std::string owner = c.to ? quote_qualified(*c.to->owned_by_table) + "." + quote_ident(c.to->owned_by_column) : "NONE";
    auto& v = begin(ownership_key(s), "alter", "set owner of sequence " + quote_qualified(s.name) + " to " + owner);
    Sequence shown = s;
    if (!c.to) shown.owned_by_table.reset();
    v.step.statements.push_back(render_sequence_owner(shown));
    if (c.from && c.from->owned_by_table) v.removes.push_back(ownership_key(s));
    if (c.to) v.provides.push_back(ownership_key(s));
  }

  void add(const change::CreateTable& c) {
    const Table& t = *c.table;
    auto& v = begin(key_of(t), "create", "create table " + quote_qualified(t.name));
    v.step.statements.push_back(render_create_table(t));
    if (t.row_security) v.step.statements.push_back(alter_table(t.name) + " ENABLE ROW LEVEL SECURITY");
    if (t.force_row_security) v.step.statements.push_back(alter_table(t.name) + " FORCE ROW LEVEL SECURITY");
    v.provides.push_back(v.step.object);
    v.provides.push_back(relation_slot(t.name.schema, t.name.name));
    for (const auto& col : t.columns) {
      v.provides.push_back(key_of(t, col));
      if (col.identity) v.provides.push_back(relation_slot(t.name.schema, col.identity->sequence_name));
    }
    for (const auto& con : t.constraints) {
      if (is_separate_constraint(con)) continue;
      v.provides.push_back(key_of(t, con));
      constraint_slot(t.name, con, &v.provides);
    }
  }

  void add(const change::DropTable& c) {
    const Table& t = *c.table;
    auto& v = begin(key_of(t), "drop", "drop table " + quote_qualified(t.name));
    v.step.statements.push_back("DROP TABLE " + quote_qualified(t.name));
    v.removes.push_back(v.step.object);
    v.removes.push_back(relation_slot(t.name.schema, t.name.name));
    for (const auto& col : t.columns) {
      if (col.identity) v.removes.push_back(relation_slot(t.name.schema, col.identity->sequence_name));
    }
    for (const auto& con : t.constraints) constraint_slot(t.name, con, &v.removes);
    add_dropped_with(v.step.object, &v.removes);
    v.step.hazards.insert({Hazard::deletes_data, Hazard::access_exclusive_lock});
  }

  void add(const change::AlterTable& c) {
    auto& v = begin(key_of(*c.to), "alter", "alter table " + quote_qualified(c.to->name));
    if (c.from->unlogged != c.to->unlogged) {
      v.step.statements.push_back(alter_table(c.to->name) + (c.to->unlogged ? " SET UNLOGGED" : " SET LOGGED"));
      if (existing(c.to->name)) v.step.hazards.insert({Hazard::rewrites_table, Hazard::access_exclusive_lock});
      // PostgreSQL turns every sequence the table owns at that moment along with it; one that
      // is meant to differ from its table is set back. (Owned now or owned in the end covers
      // every order of the ownership changes; for the others the statement changes nothing.)
      for (const Sequence& s : des_.sequences) {
        const Sequence* now = cur_.find_sequence(s.name);
        bool owned = s.owned_by_table == c.to->name || (now && now->owned_by_table == c.from->name);
        if (!owned || s.unlogged == c.to->unlogged) continue;
        v.step.statements.push_back(set_persistence(s));
        v.needs_existing.push_back(key_of(s));
      }
    }
    if (c.from->row_security != c.to->row_security) {
      v.step.statements.push_back(alter_table(c.to->name) +
                                  (c.to->row_security ? " ENABLE ROW LEVEL SECURITY" : " DISABLE ROW LEVEL SECURITY"));
      if (c.to->row_security) {
        v.step.hazards.insert(Hazard::backward_incompatible);
        v.step.notes.push_back("roles without a matching policy see no rows from now on");
      }
    }
    if (c.from->force_row_security != c.to->force_row_security) {
      v.step.statements.push_back(alter_table(c.to->name) +
                                  (c.to->force_row_security ? " FORCE ROW LEVEL SECURITY" : " NO FORCE ROW LEVEL SECURITY"));
    }
    if (c.from->options != c.to->options) {
      std::vector<std::string> reset, set;
      auto name_of = [](const std::string& o) { return o.substr(0, o.find('=')); };
      for (const auto& o : c.from->options) {
        bool kept = std::any_of(c.to->options.begin(), c.to->options.end(), [&](auto& n) { return name_of(n) == name_of(o); });
        if (!kept) reset.push_back(name_of(o));
      }
      for (const auto& o : c.to->options) {
        if (std::find(c.from->options.begin(), c.from->options.end(), o) == c.from->options.end()) set.push_back(o);
      }
      if (!set.empty()) v.step.statements.push_back(alter_table(c.to->name) + " SET " + render_storage_options(set));
      if (!reset.empty()) {
        std::string names;
        for (std::size_t i = 0; i < reset.size(); ++i) names += (i ? ", " : "") + quote_ident(reset[i]);
        v.step.statements.push_back(alter_table(c.to->name) + " RESET (" + names + ")");
      }
    }
    v.alters.push_back(v.step.object);
  }

  void add(const change::DetachPartition& c) {
    auto& v = begin(key_of(*c.table), "alter",
                    "detach partition " + quote_qualified(c.table->name) + " from " + quote_qualified(*c.table->partition_of));
    v.step.statements.push_back(alter_table(*c.table->partition_of) + " DETACH PARTITION " + quote_qualified(c.table->name));
    v.step.hazards.insert(Hazard::access_exclusive_lock);
    v.alters.push_back(v.step.object);
  }

  void add(const change::AttachPartition& c) {
    auto& v = begin(key_of(*c.table), "alter",
                    "attach partition " + quote_qualified(c.table->name) + " to " + quote_qualified(*c.table->partition_of));
    v.step.statements.push_back(alter_table(*c.table->partition_of) + " ATTACH PARTITION " +
                                quote_qualified(c.table->name) + " " + render_partition_bound(c.table->partition_bound));
    v.step.hazards.insert({Hazard::long_scan, Hazard::data_dependent});
    v.alters.push_back(v.step.object);
  }

  void add(const change::AddColumn& c) {
    const Table& t = *c.table;
    const Column& col = *c.column;
    auto& v = begin(key_of(t, col), "create", "add " + describe_column(t, col));
    v.step.statements.push_back(alter_table(t.name) + " ADD COLUMN " + render_column(col, t.name));
    v.provides.push_back(v.step.object);
    if (col.identity) v.provides.push_back(relation_slot(t.name.schema, col.identity->sequence_name));
    if (existing(t.name)) {
      v.step.hazards.insert(Hazard::access_exclusive_lock);
      if (col.identity || col.generated || (col.default_value && looks_volatile(*col.default_value))) {
        v.step.hazards.insert(Hazard::rewrites_table);
      }
      if (col.not_null && !col.default_value && !col.identity && !col.generated) {
        v.step.hazards.insert(Hazard::data_dependent);
        v.step.notes.push_back("NOT NULL without a default fails if the table has rows");
      }
    }
  }

  void add(const change::DropColumn& c) {
    const Table& t = *c.table;
    const Column& col = *c.column;
    auto& v = begin(key_of(t, col), "drop", "drop " + describe_column(t, col));
    v.step.statements.push_back(alter_table(t.name) + " DROP COLUMN " + quote_ident(col.name));
    v.removes.push_back(v.step.object);
    if (col.identity) v.removes.push_back(relation_slot(t.name.schema, col.identity->sequence_name));
    add_dropped_with(v.step.object, &v.removes);
    if (!col.generated) v.step.hazards.insert(Hazard::deletes_data);
    v.step.hazards.insert(Hazard::access_exclusive_lock);
  }

  void add(const change::AlterColumn& c) {
    const Table& t = *c.table;
    const Column& a = *c.from;
    const Column& b = *c.to;
    auto& v = begin(key_of(t, b), "alter", "alter " + describe_column(t, b));
    auto& sql = v.step.statements;
    std::string col = alter_column(t.name, b.name);
    bool exists = existing(t.name);
    std::vector<std::string> what;
    if (a.identity && !b.identity) sql.push_back(col + " DROP IDENTITY");
    if (a.generated && !b.generated) sql.push_back(col + " DROP EXPRESSION");
    bool retype = !c.type_set_by_enum_rebuild && (!(a.type == b.type) || a.collation != b.collation);
    bool default_differs = !c.type_set_by_enum_rebuild && !(a.default_value == b.default_value);
    if (retype) {
      what.push_back(fmt::format("type {} -> {}", render_type(a.type), render_type(b.type)));
      if (a.default_value) sql.push_back(col + " DROP DEFAULT");
      std::string stmt = col + " TYPE " + render_type(b.type);
      if (!b.collation.empty()) stmt += " COLLATE " + b.collation;
      if (!assignment_castable(a.type, b.type)) {
        // Enums convert through their text form.
        std::string through;
        if (!a.type.schema.empty() || !b.type.schema.empty()) through = b.type.is_array ? "::text[]" : "::text";
        stmt += " USING " + quote_ident(a.name) + through + "::" + render_type(b.type);
      }
      sql.push_back(stmt);
      if (b.default_value) sql.push_back(col + " SET DEFAULT " + render_expression(*b.default_value));
      if (exists) {
        v.step.hazards.insert(Hazard::access_exclusive_lock);
        if (!(binary_compatible(a.type, b.type) && a.collation == b.collation)) v.step.hazards.insert(Hazard::rewrites_table);
        if (!safe_widening(a.type, b.type)) v.step.hazards.insert(Hazard::data_dependent);
      }
    } else if (default_differs) {
      what.push_back(b.default_value ? "default" : "drop default");
      sql.push_back(b.default_value ? col + " SET DEFAULT " + render_expression(*b.default_value) : col + " DROP DEFAULT");
    }
    if (b.not_null && !a.not_null) {
      what.push_back("set not null");
      sql.push_back(col + " SET NOT NULL");
      if (exists) v.step.hazards.insert({Hazard::access_exclusive_lock, Hazard::long_scan, Hazard::data_dependent});
    }
    if (b.identity && !a.identity) {
      what.push_back("add identity");
      sql.push_back(col + " ADD " + render_identity(*b.identity, t.name, b.name));
      v.provides.push_back(relation_slot(t.name.schema, b.identity->sequence_name));
      if (exists) {
        v.step.hazards.insert(Hazard::access_exclusive_lock);
        v.step.notes.push_back("the identity sequence starts at its START value, not after existing rows");
      }
    } else if (a.identity && b.identity && !(*a.identity == *b.identity)) {
      what.push_back("identity");
      std::string clauses;
      if (a.identity->always != b.identity->always) {
        clauses += b.identity->always ? " SET GENERATED ALWAYS" : " SET GENERATED BY DEFAULT";
      }
      const auto& x = a.identity->options;
      const auto& y = b.identity->options;
      if (x.increment != y.increment) clauses += fmt::format(" SET INCREMENT BY {}", y.increment);
      if (x.min_value != y.min_value) clauses += fmt::format(" SET MINVALUE {}", y.min_value);
      if (x.max_value != y.max_value) clauses += fmt::format(" SET MAXVALUE {}", y.max_value);
      if (x.start != y.start) clauses += fmt::format(" SET START WITH {}", y.start);
      if (x.cache != y.cache) clauses += fmt::format(" SET CACHE {}", y.cache);
      if (x.cycle != y.cycle) clauses += y.cycle ? " SET CYCLE" : " SET NO CYCLE";
      if (!clauses.empty()) sql.push_back(col + clauses);
      if (a.identity->sequence_name != b.identity->sequence_name) {
        sql.push_back("ALTER SEQUENCE " + quote_qualified({t.name.schema, a.identity->sequence_name}) + " RENAME TO " +
                      quote_ident(b.identity->sequence_name));
        v.removes.push_back(relation_slot(t.name.schema, a.identity->sequence_name));
        v.provides.push_back(relation_slot(t.name.schema, b.identity->sequence_name));
      }
    }
    if (a.identity && !b.identity) {
      what.insert(what.begin(), "drop identity");
      v.removes.push_back(relation_slot(t.name.schema, a.identity->sequence_name));
    }
    if (a.generated && !b.generated) what.insert(what.begin(), "drop expression");
    if (a.not_null && !b.not_null) {
      what.push_back("drop not null");
      sql.push_back(col + " DROP NOT NULL");
    }
    if (!what.empty()) {
      std::string joined;
      for (std::size_t i = 0; i < what.size(); ++i) joined += (i ? ", " : "") + what[i];
      v.step.description += " (" + joined + ")";
    }
    v.alters.push_back(v.step.object);
    if (sql.empty()) vertices_.pop_back();  // only the comment differs
  }

  void add(const change::AddConstraint& c) {
    const Table& t = *c.table;
    const Constraint& con = *c.constraint;
    auto& v = begin(key_of(t, con), "create", "add constraint " + quote_ident(con.name) + " on " + quote_qualified(t.name));
    v.step.statements.push_back(render_add_constraint(t.name, con));
    v.provides.push_back(v.step.object);
    constraint_slot(t.name, con, &v.provides);
    // A NOT VALID constraint on a partitioned table is copied to the partitions that exist,
    // unvalidated; a partition created afterwards gets a validated copy. PostgreSQL loads a
    // schema file (and pg_dump restores) with the partitions first, so the plan does too.
    if (!con.validated && t.partition_key) {
      for (const Table& partition : des_.tables) {
        if (partition.partition_of == t.name) v.needs_existing.push_back(key_of(partition));
      }
    }
    if (existing(t.name) && con.validated) {
      v.step.hazards.insert({Hazard::long_scan, Hazard::data_dependent});
      if (con.kind == ConstraintKind::foreign_key) {
        v.step.hazards.insert(Hazard::blocks_writes);
      } else {
        v.step.hazards.insert(Hazard::access_exclusive_lock);
      }
    }
  }

  void add(const change::DropConstraint& c) {
    const Table& t = *c.table;
    const Constraint& con = *c.constraint;
    auto& v = begin(key_of(t, con), "drop", "drop constraint " + quote_ident(con.name) + " on " + quote_qualified(t.name));
    v.step.statements.push_back(alter_table(t.name) + " DROP CONSTRAINT " + quote_ident(con.name));
    v.removes.push_back(v.step.object);
    constraint_slot(t.name, con, &v.removes);
  }

  void add(const change::ValidateConstraint& c) {
    const Table& t = *c.table;
    auto& v = begin(key_of(t, *c.constraint), "alter",
                    "validate constraint " + quote_ident(c.constraint->name) + " on " + quote_qualified(t.name));
    v.step.statements.push_back(alter_table(t.name) + " VALIDATE CONSTRAINT " + quote_ident(c.constraint->name));
    v.step.hazards.insert({Hazard::long_scan, Hazard::data_dependent});
    v.alters.push_back(v.step.object);
  }

  void add(const change::CreateIndex& c) {
    const Index& i = *c.index;
    QualifiedName table{i.name.schema, i.table};
    bool exists = existing(table);
    bool concurrently = options_.concurrent_indexes && exists;
    auto& v = begin(key_of(i), "create", "create index " + quote_qualified(i.name));
    v.step.statements.push_back(render_create_index(i, concurrently));
    v.provides.push_back(v.step.object);
    v.provides.push_back(relation_slot(i.name.schema, i.name.name));
    // A matching index of a partition becomes this one's copy there (PostgreSQL attaches it):
    // one made after this stays independent, as the schema files declare it; one that exists
    // and stays independent is dropped first and made again after.
    for (const auto& above : des_tree_.ancestors(table)) {
      for (const Index* parent : des_tree_.indexes_on(above)) {
        if (attaches_as_copy(*parent, i)) v.needs_existing.push_back(key_of(*parent));
      }
    }
    for (const auto& below : cur_tree_.descendants(table)) {
      for (const Index* d : cur_tree_.indexes_on(below)) {
        if (attaches_as_copy(i, *d) && dropped_on_their_own_.count(key_of(*d))) v.provides.push_back(copy_slot(below));
      }
    }
    if (exists) {
      v.step.hazards.insert(Hazard::long_scan);
      v.step.hazards.insert(concurrently ? Hazard::non_transactional : Hazard::blocks_writes);
      if (i.unique) v.step.hazards.insert(Hazard::data_dependent);
    }
    if (concurrently) v.step.phase = Phase::after_transaction;
  }

  void add(const change::DropIndex& c) {
    const Index& i = *c.index;
    auto& v = begin(key_of(i), "drop", "drop index " + quote_qualified(i.name));
    v.step.statements.push_back("DROP INDEX " + quote_qualified(i.name));
    v.removes.push_back(v.step.object);
    v.removes.push_back(relation_slot(i.name.schema, i.name.name));
    QualifiedName table{i.name.schema, i.table};
    v.removes.push_back(copy_slot(table));
    // It takes along the partitions' indexes attached to it, which may be named like indexes
    // the desired catalog declares on those partitions (ones it had adopted).
    for (const auto& below : cur_tree_.descendants(table)) {
      for (const Index* d : des_tree_.indexes_on(below)) {
        if (attaches_as_copy(i, *d)) v.removes.push_back(relation_slot(d->name.schema, d->name.name));
      }
    }
  }

  void add(const change::SetComment& c) {
    auto& v = begin(c.object, "alter", std::string(c.to ? "comment on " : "remove comment on ") + describe(c.object));
    v.step.statements.push_back(render_comment(c.object, c.to));
    v.needs_existing.push_back(c.object);
  }

  // -- programmable objects --

  void add(const change::CreateDomain& c) {
    const Domain& d = *c.domain;
    auto& v = begin(key_of(d), "create", "create domain " + quote_qualified(d.name));
    v.step.statements.push_back(render_create_domain(d));
    v.provides.push_back(v.step.object);
    for (const auto& k : d.checks) {
      if (k.validated) v.provides.push_back(key_of(d, k));
    }
  }

  void add(const change::DropDomain& c) {
    auto& v = begin(key_of(*c.domain), "drop", "drop domain " + quote_qualified(c.domain->name));
    v.step.statements.push_back("DROP DOMAIN " + quote_qualified(c.domain->name));
    v.removes.push_back(v.step.object);
    add_dropped_with(v.step.object, &v.removes);
  }

  void add(const change::AlterDomain& c) {
    const Domain& a = *c.from;
    const Domain& b = *c.to;
    auto& v = begin(key_of(b), "alter", "alter domain " + quote_qualified(b.name));
    std::string head = "ALTER DOMAIN " + quote_qualified(b.name);
    if (!(a.default_value == b.default_value)) {
      v.step.statements.push_back(b.default_value ? head + " SET DEFAULT " + render_expression(*b.default_value)
                                                  : head + " DROP DEFAULT");
    }
    if (a.not_null != b.not_null) {
      v.step.statements.push_back(head + (b.not_null ? " SET NOT NULL" : " DROP NOT NULL"));
      if (b.not_null) v.step.hazards.insert({Hazard::long_scan, Hazard::data_dependent});
    }
    v.alters.push_back(v.step.object);
  }

  void add(const change::AddDomainConstraint& c) {
    auto& v = begin(key_of(*c.domain, *c.constraint), "create",
                    "add constraint " + quote_ident(c.constraint->name) + " on domain " + quote_qualified(c.domain->name));
    v.step.statements.push_back(render_domain_check(*c.domain, *c.constraint));
    v.provides.push_back(v.step.object);
    if (c.constraint->validated && cur_.domains.end() != std::find_if(cur_.domains.begin(), cur_.domains.end(),
                                                                       [&](const Domain& d) { return d.name == c.domain->name; })) {
      v.step.hazards.insert({Hazard::long_scan, Hazard::data_dependent});
    }
  }

  void add(const change::DropDomainConstraint& c) {
    auto& v = begin(key_of(*c.domain, *c.constraint), "drop",
                    "drop constraint " + quote_ident(c.constraint->name) + " on domain " + quote_qualified(c.domain->name));
    v.step.statements.push_back("ALTER DOMAIN " + quote_qualified(c.domain->name) + " DROP CONSTRAINT " +
                                quote_ident(c.constraint->name));
    v.removes.push_back(v.step.object);
  }

  void add(const change::ValidateDomainConstraint& c) {
    auto& v = begin(key_of(*c.domain, *c.constraint), "alter",
                    "validate constraint " + quote_ident(c.constraint->name) + " on domain " + quote_qualified(c.domain->name));
    v.step.statements.push_back("ALTER DOMAIN " + quote_qualified(c.domain->name) + " VALIDATE CONSTRAINT " +
                                quote_ident(c.constraint->name));
    v.step.hazards.insert({Hazard::long_scan, Hazard::data_dependent});
    v.alters.push_back(v.step.object);
  }

  void add(const change::CreateComposite& c) {
    auto& v = begin(key_of(*c.type), "create", "create type " + quote_qualified(c.type->name));
    v.step.statements.push_back(render_create_composite(*c.type));
    v.provides.push_back(v.step.object);
  }

  void add(const change::DropComposite& c) {
    auto& v = begin(key_of(*c.type), "drop", "drop type " + quote_qualified(c.type->name));
    v.step.statements.push_back("DROP TYPE " + quote_qualified(c.type->name));
    v.removes.push_back(v.step.object);
  }

  void add(const change::AlterComposite& c) {
    const CompositeType& a = *c.from;
    const CompositeType& b = *c.to;
    auto& v = begin(key_of(b), "alter", "alter type " + quote_qualified(b.name));
    std::vector<std::string> actions;
    auto find = [](const CompositeType& t, const std::string& n) -> const CompositeAttribute* {
      for (const auto& x : t.attributes) {
        if (x.name == n) return &x;
      }
      return nullptr;
    };
    for (const auto& x : a.attributes) {
      const CompositeAttribute* y = find(b, x.name);
      if (!y) {
        actions.push_back("DROP ATTRIBUTE " + quote_ident(x.name) + " CASCADE");
        v.step.hazards.insert(Hazard::deletes_data);
      } else if (!(x.type == y->type) || x.collation != y->collation) {
        actions.push_back("ALTER ATTRIBUTE " + quote_ident(x.name) + " TYPE " + render_type(y->type) +
                          (y->collation.empty() ? "" : " COLLATE " + y->collation) + " CASCADE");
        v.step.hazards.insert(Hazard::data_dependent);
      }
    }
    for (const auto& y : b.attributes) {
      if (!find(a, y.name)) {
        actions.push_back("ADD ATTRIBUTE " + quote_ident(y.name) + " " + render_type(y.type) +
                          (y.collation.empty() ? "" : " COLLATE " + y.collation) + " CASCADE");
      }
    }
    std::string joined;
    for (std::size_t i = 0; i < actions.size(); ++i) joined += (i ? ", " : " ") + actions[i];
    if (!actions.empty()) v.step.statements.push_back("ALTER TYPE " + quote_qualified(b.name) + joined);
    v.alters.push_back(v.step.object);
    if (v.step.statements.empty()) vertices_.pop_back();  // only attribute comments differ
  }

  void add(const change::CreateFunction& c) {
    auto& v = begin(key_of(*c.function), "create",
                    std::string("create ") + (c.function->procedure ? "procedure " : "function ") + render_function_name(*c.function));
    v.step.statements.push_back(render_create_function(*c.function));
    v.provides.push_back(v.step.object);
    // A call that fit the old overload could become ambiguous with both present.
    v.provides.push_back({ObjectKind::function_name, c.function->name.schema, c.function->name.name, ""});
  }

  void add(const change::DropFunction& c) {
    auto& v = begin(key_of(*c.function), "drop",
                    std::string("drop ") + (c.function->procedure ? "procedure " : "function ") + render_function_name(*c.function));
    v.step.statements.push_back(std::string(c.function->procedure ? "DROP PROCEDURE " : "DROP FUNCTION ") +
                                render_function_name(*c.function));
    v.removes.push_back(v.step.object);
    v.removes.push_back({ObjectKind::function_name, c.function->name.schema, c.function->name.name, ""});
  }

  void add(const change::ReplaceFunction& c) {
    auto& v = begin(key_of(*c.to), "alter",
                    std::string("replace ") + (c.to->procedure ? "procedure " : "function ") + render_function_name(*c.to));
    v.step.statements.push_back(render_create_function(*c.to, true));
    v.alters.push_back(v.step.object);
  }

  void add(const change::CreateView& c) {
    const View& view = *c.view;
    auto& v = begin(key_of(view), "create",
                    std::string("create ") + (view.materialized ? "materialized view " : "view ") + quote_qualified(view.name));
    v.step.statements.push_back(render_create_view(view));
    v.provides.push_back(v.step.object);
    v.provides.push_back(relation_slot(view.name.schema, view.name.name));
    for (const auto& col : view.columns) v.provides.push_back(key_of(view, col));
    if (view.materialized && view.with_data) v.step.hazards.insert(Hazard::long_scan);
  }

  void add(const change::DropView& c) {
    const View& view = *c.view;
    auto& v = begin(key_of(view), "drop",
                    std::string("drop ") + (view.materialized ? "materialized view " : "view ") + quote_qualified(view.name));
    v.step.statements.push_back(std::string(view.materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") +
                                quote_qualified(view.name));
    v.removes.push_back(v.step.object);
    v.removes.push_back(relation_slot(view.name.schema, view.name.name));
    for (const auto& col : view.columns) v.removes.push_back(key_of(view, col));
    add_dropped_with(v.step.object, &v.removes);
  }

  void add(const change::ReplaceView& c) {
    auto& v = begin(key_of(*c.to), "alter", "replace view " + quote_qualified(c.to->name));
    v.step.statements.push_back(render_create_view(*c.to, true));
    v.alters.push_back(v.step.object);
    for (std::size_t i = c.from->columns.size(); i < c.to->columns.size(); ++i) v.provides.push_back(key_of(*c.to, c.to->columns[i]));
  }

  void add(const change::AlterViewOptions& c) {
    auto& v = begin(key_of(*c.to), "alter", "alter options of view " + quote_qualified(c.to->name));
    std::string head = std::string("ALTER ") + (c.to->materialized ? "MATERIALIZED VIEW " : "VIEW ") + quote_qualified(c.to->name);
    std::vector<std::string> set, reset;
    auto name_of = [](const std::string& o) { return o.substr(0, o.find('=')); };
    for (const auto& o : c.from->options) {
      bool kept = std::any_of(c.to->options.begin(), c.to->options.end(), [&](auto& n) { return name_of(n) == name_of(o); });
      if (!kept) reset.push_back(quote_ident(name_of(o)));
    }
    for (const auto& o : c.to->options) {
      if (std::find(c.from->options.begin(), c.from->options.end(), o) == c.from->options.end()) set.push_back(o);
    }
    if (!set.empty()) v.step.statements.push_back(head + " SET " + render_storage_options(set));
    if (!reset.empty()) {
      std::string names;
      for (std::size_t i = 0; i < reset.size(); ++i) names += (i ? ", " : "") + reset[i];
      v.step.statements.push_back(head + " RESET (" + names + ")");
    }
    v.alters.push_back(v.step.object);
  }

  void add(const change::RefreshMaterializedView& c) {
    auto& v = begin(key_of(*c.view), "alter", "refresh materialized view " + quote_qualified(c.view->name));
    v.step.statements.push_back("REFRESH MATERIALIZED VIEW " + quote_qualified(c.view->name) +
                                (c.view->with_data ? "" : " WITH NO DATA"));
    v.step.hazards.insert({Hazard::long_scan, Hazard::access_exclusive_lock});
    v.alters.push_back(v.step.object);
  }

  void add(const change::CreateTrigger& c) {
    const Trigger& t = *c.trigger;
    auto& v = begin(key_of(t), "create", "create trigger " + quote_ident(t.name) + " on " + quote_qualified(t.table));
    v.step.statements.push_back(render_create_trigger(t));
    v.provides.push_back(v.step.object);
  }

  void add(const change::DropTrigger& c) {
    const Trigger& t = *c.trigger;
    auto& v = begin(key_of(t), "drop", "drop trigger " + quote_ident(t.name) + " on " + quote_qualified(t.table));
    v.step.statements.push_back("DROP TRIGGER " + quote_ident(t.name) + " ON " + quote_qualified(t.table));
    v.removes.push_back(v.step.object);
  }

  void add(const change::ReplaceTrigger& c) {
    const Trigger& t = *c.to;
    auto& v = begin(key_of(t), "alter", "replace trigger " + quote_ident(t.name) + " on " + quote_qualified(t.table));
    v.step.statements.push_back(render_create_trigger(t, true));
    v.alters.push_back(v.step.object);
  }

  void add(const change::SetTriggerState& c) {
    const Trigger& t = *c.trigger;
    const char* state = t.enabled == 'D' ? "disable" : t.enabled == 'R' ? "enable (replica) " : t.enabled == 'A' ? "enable (always)" : "enable";
    auto& v = begin(key_of(t), "alter", std::string(state) + " trigger " + quote_ident(t.name) + " on " + quote_qualified(t.table));
    v.step.statements.push_back(render_trigger_state(t));
    v.needs_existing.push_back(v.step.object);
  }

  void add(const change::CreatePolicy& c) {
    const Policy& p = *c.policy;
    auto& v = begin(key_of(p), "create", "create policy " + quote_ident(p.name) + " on " + quote_qualified(p.table));
    v.step.statements.push_back(render_create_policy(p));
    v.provides.push_back(v.step.object);
  }

  void add(const change::DropPolicy& c) {
    const Policy& p = *c.policy;
    auto& v = begin(key_of(p), "drop", "drop policy " + quote_ident(p.name) + " on " + quote_qualified(p.table));
    v.step.statements.push_back("DROP POLICY " + quote_ident(p.name) + " ON " + quote_qualified(p.table));
    v.removes.push_back(v.step.object);
  }

  void add(const change::AlterPolicy& c) {
    const Policy& p = *c.to;
    auto& v = begin(key_of(p), "alter", "alter policy " + quote_ident(p.name) + " on " + quote_qualified(p.table));
    std::string sql = "ALTER POLICY " + quote_ident(p.name) + " ON " + quote_qualified(p.table) + " TO " +
                      render_policy_roles(p.roles);
    if (p.using_expr) sql += " USING (" + render_expression(*p.using_expr) + ")";
    if (p.check_expr) sql += " WITH CHECK (" + render_expression(*p.check_expr) + ")";
    v.step.statements.push_back(sql);
    v.alters.push_back(v.step.object);
  }

  void add(const change::SetPrivileges& c) {
    auto& v = begin(c.object, "alter", "privileges on " + c.target + (c.column.empty() ? "" : " (" + quote_ident(c.column) + ")"));
    v.step.statements = render_privilege_changes(c.target, c.column, c.from, c.to);
    v.needs_existing.push_back(c.object);
    bool revokes = std::any_of(c.from.begin(), c.from.end(), [&](const Privilege& p) {
      return std::find(c.to.begin(), c.to.end(), p) == c.to.end();
    });
    if (revokes) v.step.hazards.insert(Hazard::backward_incompatible);
    if (v.step.statements.empty()) vertices_.pop_back();
  }

  void add(const change::SetDefaultPrivileges& c) {
    auto& v = begin({ObjectKind::default_privileges, "", "", ""}, "alter", "default privileges");
    for (const auto& p : c.revoke) v.step.statements.push_back(render_default_privilege(p, false));
    for (const auto& p : c.grant) v.step.statements.push_back(render_default_privilege(p, true));
    for (const auto& p : c.grant) {
      if (!p.schema.empty()) v.needs_existing.push_back({ObjectKind::schema, "", p.schema, ""});
    }
  }

  void add(const change::DropColumnDefault& c) {
    auto& v = begin(key_of(*c.table, *c.column), "alter", "drop default of " + describe_column(*c.table, *c.column) +
                                                               " (it uses an object being rebuilt)");
    v.step.statements.push_back(alter_column(c.table->name, c.column->name) + " DROP DEFAULT");
    v.detaches.push_back(v.step.object);
  }

  void add(const change::SetColumnDefault& c) {
    auto& v = begin(key_of(*c.table, *c.column), "alter", "set default of " + describe_column(*c.table, *c.column));
    v.step.statements.push_back(alter_column(c.table->name, c.column->name) + " SET DEFAULT " +
                                render_expression(*c.column->default_value));
    // It acts in the new world only: it needs what the default uses, and nothing waits for it.
    v.needs_existing.push_back(v.step.object);
    for (const auto& r : c.column->default_value->references) v.needs_existing.push_back(r);
  }

  void add(const change::Rename& c) {
    auto& v = begin(c.to, "alter", "rename " + describe(c.from) + " to " + describe(c.to));
    v.renames = true;
    v.step.statements.push_back(c.statement);
    v.provides.push_back(c.to);
    bool relation = c.from.kind == ObjectKind::table || c.from.kind == ObjectKind::view ||
                    c.from.kind == ObjectKind::materialized_view || c.from.kind == ObjectKind::index;
    if (relation) {
      v.removes.push_back(relation_slot(c.from.schema, c.from.name));
      v.provides.push_back(relation_slot(c.to.schema, c.to.name));
    }
  }
};

template <typename Graph>
[[noreturn]] void report_cycle(const std::vector<PlanVertex>& vertices, const Graph& g, const std::vector<bool>& done) {
  std::vector<int> component(boost::num_vertices(g));
  boost::strong_components(g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  std::map<int, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < component.size(); ++i) {
    if (!done[i]) members[component[i]].push_back(i);
  }
  std::string text;
  for (const auto& [id, vs] : members) {
    if (vs.size() < 2) continue;
    text += "\n  cycle:";
    for (std::size_t i : vs) text += "\n    - " + vertices[i].step.description;
  }
  throw Error("cannot order the migration: these steps depend on each other" + text);
}

}  // namespace

std::vector<Step> order_steps(std::vector<PlanVertex> vertices, const DependencyIndex& current,
                              const DependencyIndex& desired) {
  using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::bidirectionalS>;
  std::size_t n = vertices.size();
  Graph g(n);
  std::map<ObjectKey, std::vector<std::size_t>> providers, removers, alterers, detachers;
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& k : vertices[i].provides) providers[k].push_back(i);
    for (const auto& k : vertices[i].removes) removers[k].push_back(i);
    for (const auto& k : vertices[i].alters) alterers[k].push_back(i);
    for (const auto& k : vertices[i].detaches) detachers[k].push_back(i);
  }
  auto edge = [&](std::size_t from, std::size_t to) {
    if (from != to) boost::add_edge(from, to, g);
  };
  auto each = [](const std::map<ObjectKey, std::vector<std::size_t>>& m, const ObjectKey& k, auto fn) {
    auto it = m.find(k);
    if (it != m.end()) {
      for (std::size_t i : it->second) fn(i);
    }
  };
  for (std::size_t s = 0; s < n; ++s) {
    const PlanVertex& v = vertices[s];
    // Create/alter after the creation of what the object needs in the desired catalog.
    auto after_needs = [&](const ObjectKey& k, bool creating) {
      for (const auto& d : desired.needs(k)) {
        if (std::find(v.provides.begin(), v.provides.end(), d) != v.provides.end()) continue;  // made by this step
        // A renamed object still uses the old one while another step replaces it (a rebuilt
        // enum type converts the renamed column itself).
        auto wait_for = [&](std::size_t t) {
          const auto& removed = vertices[t].removes;
          if (!(v.renames && std::find(removed.begin(), removed.end(), d) != removed.end())) edge(t, s);
        };
        each(providers, d, wait_for);
        if (creating) each(alterers, d, wait_for);
      }
    };
    for (const auto& k : v.provides) after_needs(k, true);
    for (const auto& k : v.alters) after_needs(k, false);
    // Drop/alter after the drop of what needs the object in the current catalog.
    auto after_dependents = [&](const ObjectKey& k, bool dropping) {
      for (const auto& y : current.needed_by(k)) {
        // Owning a sequence needs the column to exist, whatever its definition: altering the
        // column does not wait for the sequence to go (its default may be what holds that up).
        if (!dropping && y.kind == ObjectKind::sequence_ownership) continue;
        each(removers, y, [&](std::size_t t) { edge(t, s); });
        // A step that alters the dependent itself (a type rebuild converting its columns) does
        // not wait for the other alterations of it.
        bool converts_it = std::find(v.alters.begin(), v.alters.end(), y) != v.alters.end();
        if (dropping && !converts_it) each(alterers, y, [&](std::size_t t) { edge(t, s); });
        if (dropping) each(detachers, y, [&](std::size_t t) { edge(t, s); });
      }
    };
    for (const auto& k : v.removes) after_dependents(k, true);
    for (const auto& k : v.alters) after_dependents(k, false);
    // A name is freed before it is taken; an object exists before it is altered.
    for (const auto& k : v.provides) each(removers, k, [&](std::size_t t) { edge(t, s); });
    for (const auto& k : v.alters) each(providers, k, [&](std::size_t t) { edge(t, s); });
    for (const auto& k : v.needs_existing) each(providers, k, [&](std::size_t t) { edge(t, s); });
  }
  // A concurrent index that something in the transaction needs is built in it instead.
  for (std::size_t i = 0; i < n; ++i) {
    if (vertices[i].step.phase != Phase::after_transaction) continue;
    for (auto [e, end] = boost::out_edges(i, g); e != end; ++e) {
      if (vertices[boost::target(*e, g)].step.phase == Phase::transaction) {
        auto& step = vertices[i].step;
        step.phase = Phase::transaction;
        step.hazards.erase(Hazard::non_transactional);
        step.hazards.insert(Hazard::blocks_writes);
        auto& sql = step.statements.front();
        sql.replace(sql.find(" CONCURRENTLY"), 13, "");
        break;
      }
    }
  }
  // Kahn's algorithm, always taking the earliest (phase, base order) step that is ready.
  std::vector<std::size_t> indegree(n);
  for (std::size_t i = 0; i < n; ++i) indegree[i] = boost::in_degree(i, g);
  auto later = [&](std::size_t a, std::size_t b) {
    return std::make_pair(vertices[a].step.phase, a) > std::make_pair(vertices[b].step.phase, b);
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> ready(later);
  for (std::size_t i = 0; i < n; ++i) {
    if (indegree[i] == 0) ready.push(i);
  }
  std::vector<Step> steps;
  std::vector<bool> done(n, false);
  while (!ready.empty()) {
    std::size_t i = ready.top();
    ready.pop();
    done[i] = true;
    steps.push_back(vertices[i].step);
    for (auto [e, end] = boost::out_edges(i, g); e != end; ++e) {
      std::size_t t = boost::target(*e, g);
      if (--indegree[t] == 0) ready.push(t);
    }
  }
  if (steps.size() != n) report_cycle(vertices, g, done);
  // Phases must not run backwards (a pre-transaction step never needs a later one).
  for (std::size_t i = 1; i < steps.size(); ++i) {
    if (steps[i].phase < steps[i - 1].phase) {
      throw Error(fmt::format("internal error: step \"{}\" must run before the transaction but depends on \"{}\"",
                              steps[i].description, steps[i - 1].description));
    }
  }
  return steps;
}

Plan make_plan(const Catalog& current, const Catalog& desired, const ChangeSet& changes, const PlanOptions& options) {
  PhaseTimer timer("plan");
  // After renames the changes refer to the renamed copy of the current catalog.
  return Planner(changes.current(current), desired, options, changes.current_dependencies, changes.desired_dependencies)
      .run(changes);
}

Plan plan_migration(const Catalog& current, const Catalog& desired, const PlanOptions& options) {
  return make_plan(current, desired, diff(current, desired), options);
}

Plan plan_rollback(const Catalog& current, const Catalog& desired, const Plan& forward, const PlanOptions& options) {
  Plan rollback = plan_migration(desired, current, options);
  std::set<ObjectKey> deleted;
  for (const auto& s : forward.steps) {
    if (s.hazards.count(Hazard::deletes_data)) deleted.insert(s.object);
  }
  for (auto& s : rollback.steps) {
    if (s.action == "create" && deleted.count(s.object)) {
      s.notes.push_back("the forward migration deleted this " + std::string(kind_name(s.object.kind)) +
                        "'s data; recreating it does not bring the data back");
    }
  }
  return rollback;
}

}  // namespace schemac
