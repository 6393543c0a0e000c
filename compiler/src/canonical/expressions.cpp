#include "canonical/expressions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <unordered_map>

#include "canonical/literals.hpp"
#include "canonical/names.hpp"
#include "pg/tree_walk.hpp"
#include "canonical/type_inference.hpp"
#include "schemac/sql_text.hpp"

namespace schemac::canonical {

using pg::clear_locations;
using pg::serialize;
using pg::walk_tree_post_order;
using pg::walk_tree_pre_order;

namespace {

using pg_query::Node;
namespace gp = google::protobuf;

// Set on a TypeCast's location while binding when the cast only says what PostgreSQL would do
// on its own; the normalized key drops such casts. Locations are cleared afterwards.
constexpr int kImplicitCastMark = -7777;

std::string str_of(const Node& node) { return node.has_string() ? node.string().sval() : std::string(); }

Node make_string(const std::string& value) {
  Node n;
  n.mutable_string()->set_sval(value);
  return n;
}

Node make_op(const std::string& op, const Node& left, const Node& right) {
  Node n;
  auto* e = n.mutable_a_expr();
  e->set_kind(pg_query::AEXPR_OP);
  *e->add_name() = make_string(op);
  *e->mutable_lexpr() = left;
  *e->mutable_rexpr() = right;
  return n;
}

Node make_bool(pg_query::BoolExprType op, std::vector<Node> args) {
  Node n;
  auto* b = n.mutable_bool_expr();
  b->set_boolop(op);
  for (auto& a : args) *b->add_args() = std::move(a);
  return n;
}

Node column_ref(const std::vector<std::string>& fields) {
  Node n;
  for (const auto& f : fields) *n.mutable_column_ref()->add_fields() = make_string(f);
  return n;
}

bool contains_column_ref(const Node& node) {
  bool found = false;
  walk_tree_pre_order(node, [&](const Node& n) {
    if (n.has_column_ref()) found = true;
  });
  return found;
}

bool is_constant(const Node& n) { return n.has_a_const(); }

// Replaces a numeric-looking literal by the number node PostgreSQL's parser would produce for
// numeric_out's text: an Integer when it fits, else a Float.
Node number_node(const std::string& canonical) {
  Node n;
  bool integral = canonical.find_first_of(".eE") == std::string::npos;
  long long value = 0;
  auto r = std::from_chars(canonical.data(), canonical.data() + canonical.size(), value);
  if (integral && r.ec == std::errc() && r.ptr == canonical.data() + canonical.size() && value >= INT_MIN &&
      value <= INT_MAX) {
    n.mutable_a_const()->mutable_ival()->set_ival(static_cast<int>(value));
  } else {
    n.mutable_a_const()->mutable_fval()->set_fval(canonical);
  }
  return n;
}

using Columns = std::vector<std::pair<std::string, std::optional<TypeRef>>>;

// One relation visible in a query's FROM clause (or a table's own expression).
struct Entry {
  std::string refname;
  Columns columns;
  std::optional<QualifiedName> relation;  // catalog table or view, for dependencies
  ObjectKind kind = ObjectKind::table;
  bool known = true;  // false: a relation outside the catalog, columns unknown
  bool bare = false;       // function parameters: never qualified
  bool qualified = false;  // NEW/OLD: always qualified
  [[nodiscard]] const std::optional<TypeRef>* column(const std::string& name) const {
    for (const auto& c : columns) {
      if (c.first == name) return &c.second;
    }
    return nullptr;
  }
};

struct Cte {
  std::string name;
  Columns columns;
};

// One query level: its FROM entries. `qualify`: column references print as refname.column.
struct Level {
  std::vector<Entry> entries;
  std::vector<std::pair<std::size_t, std::string>> star;  // what `*` expands to, in order
  std::vector<std::string> merged;                        // JOIN USING / NATURAL columns
  std::vector<Cte> ctes;
  bool qualify = true;
};

class Binder {
 public:
  explicit Binder(const ExpressionContext& ctx) : ctx_(ctx) {}

  Expression bind(const Node& raw) {
    Node tree = raw;
    push_context_level();
    resolve(tree);
    if (ctx_.assigned_type) canonicalize_literal(tree, assigned_base());
    return finish(tree);
  }

  BoundQuery bind_select(const Node& raw, const std::vector<std::string>& names) {
    Node tree = raw;
    BoundQuery out;
    if (!tree.has_select_stmt()) {
      error(0, "a view's query must be a SELECT", "invalid-view");
      return out;
    }
    push_context_level();
    Columns cols = resolve_select(*tree.mutable_select_stmt());
    // A column list on the view renames the first output columns. A name the column has
    // anyway is left out of the text, so that the printed view (which always lists its
    // columns) reads back to the same text.
    auto* targets = output_targets(*tree.mutable_select_stmt());
    for (std::size_t i = 0; i < cols.size(); ++i) {
      ViewColumn c;
      c.name = i < names.size() ? names[i] : cols[i].first;
      c.type = cols[i].second;
      if (i < names.size() && names[i] != cols[i].first && targets && static_cast<int>(i) < targets->size()) {
        targets->Mutable(static_cast<int>(i))->mutable_res_target()->set_name(names[i]);
      }
      out.columns.push_back(std::move(c));
    }
    if (names.size() > cols.size()) error(0, "the view's column list names more columns than its query has", "invalid-view");
    out.query = finish(tree);
    return out;
  }

  std::vector<ObjectKey> references() { return std::move(references_); }

 private:
  const ExpressionContext& ctx_;
  std::vector<ObjectKey> references_;
  std::vector<Level> levels_;
  std::unordered_map<const Node*, TypeRef> types_;
  std::unordered_map<const void*, Columns> select_outputs_;

  Expression finish(Node& tree) {
    Node emitted = tree;
    clear_locations(emitted);
    Expression out;
    out.tree = serialize(emitted);
    walk_tree_post_order(tree, [&](Node& n) { normalize(n); });
    clear_locations(tree);
    out.key = serialize(tree);
    out.references = std::move(references_);
    return out;
  }

  // `certain`: reported even where unknown names are let through (the error does not depend
  // on what the rest of the schema holds).
  void error(int location, const std::string& message, const std::string& id, bool certain = false) {
    if (!ctx_.diagnostics || (ctx_.lenient && !certain)) return;
    SourceLocation where{ctx_.file, ctx_.base_offset + static_cast<std::uint32_t>(std::max(location, 0))};
    ctx_.diagnostics->error(where, message, id);
  }

  void add_reference(ObjectKey key) {
    if (std::find(references_.begin(), references_.end(), key) == references_.end()) {
      references_.push_back(std::move(key));
    }
  }

  TypeRef assigned_base() const {
    TypeRef t = *ctx_.assigned_type;
    if (!t.schema.empty() && ctx_.names && ctx_.names->base_type) {
      if (auto base = ctx_.names->base_type(t)) {
        base->is_array = base->is_array || t.is_array;
        return *base;
      }
    }
    return t;
  }

  // The level an expression outside any query sees: the table's own columns (unqualified),
  // pseudo relations such as NEW/OLD (qualified).
  void push_context_level() {
    Level level;
    level.qualify = false;
    if (ctx_.table && ctx_.columns) {
      Entry e;
      e.refname = ctx_.table->name;
      e.relation = *ctx_.table;
      for (const auto& [name, type] : *ctx_.columns) e.columns.emplace_back(name, type);
      level.entries.push_back(std::move(e));
    }
    if (ctx_.parameters) {
      // Parameters print as `f.param` inside queries and bare elsewhere, like any column.
      Entry e;
      e.refname = ctx_.function_name;
      for (const auto& [name, type] : *ctx_.parameters) e.columns.emplace_back(name, type);
      level.entries.push_back(std::move(e));
    }
    for (const auto& p : ctx_.pseudo_relations) {
      Entry e;
      e.refname = p.refname;
      e.qualified = true;
      if (p.columns) {
        for (const auto& [name, type] : *p.columns) e.columns.emplace_back(name, type);
      }
      level.entries.push_back(std::move(e));
    }
    levels_.push_back(std::move(level));
  }

  std::optional<TypeRef> type_of(const Node& n) const {
    auto it = types_.find(&n);
    if (it == types_.end()) return std::nullopt;
    return it->second;
  }
  void set_type(const Node& n, std::optional<TypeRef> t) {
    if (t) {
      types_[&n] = *t;
    } else {
      types_.erase(&n);
    }
  }

  // ---- traversal ----------------------------------------------------------------------------

  // Resolves children first (queries with their own scopes), then the node itself.
  void resolve(Node& n) {
    if (n.has_select_stmt()) {
      select_outputs_[&n] = resolve_select(*n.mutable_select_stmt());
      return;
    }
    if (n.has_update_stmt() || n.has_delete_stmt() || n.has_insert_stmt()) {
      resolve_dml(n);
      return;
    }
    resolve_children(n);
    visit(n);
  }

  void resolve_children(gp::Message& m) {
    if (pg::as_node(m)) {
      pg::for_each_child(m, [&](gp::Message& member) { resolve_message(member); });
    } else {
      resolve_message(m);
    }
  }

  void resolve_message(gp::Message& m) {
    pg::for_each_child(m, [&](gp::Message& child) {
      if (Node* node = pg::as_node(child)) {
        resolve(*node);
      } else if (typeid(child) == typeid(pg_query::SelectStmt)) {
        resolve_select(static_cast<pg_query::SelectStmt&>(child));
      } else {
        resolve_message(child);
      }
    });
  }

  void visit(Node& n) {
    switch (n.node_case()) {
      case Node::kColumnRef: resolve_column(n); break;
      case Node::kParamRef: {
        // $n in a SQL-standard body: PostgreSQL prints the parameter's name. Anywhere else, and
        // beyond the function's parameters, there is no $n ($0 would even print as "?").
        int number = n.param_ref().number();
        if (!ctx_.parameters || number < 1 || number > static_cast<int>(ctx_.parameters->size())) {
          error(n.param_ref().location(), fmt::format("there is no parameter ${}", number), "unknown-parameter", true);
          break;
        }
        if (!(*ctx_.parameters)[static_cast<std::size_t>(number - 1)].first.empty()) {
          n = column_ref({(*ctx_.parameters)[static_cast<std::size_t>(number - 1)].first});
          resolve_column(n);
        }
        break;
      }
      case Node::kFuncCall: resolve_function(n); break;
      case Node::kTypeCast: resolve_cast(n); break;
      case Node::kAExpr: resolve_operator(n); break;
      case Node::kAConst: set_type(n, constant_type(n.a_const())); break;
      case Node::kCollateClause: {
        auto* names = n.mutable_collate_clause()->mutable_collname();
        if (names->size() == 2 && str_of(names->Get(0)) == "pg_catalog") names->DeleteSubrange(0, 1);
        set_type(n, type_of(n.collate_clause().arg()));
        break;
      }
      case Node::kBoolExpr:
      case Node::kNullTest:
      case Node::kBooleanTest:
        set_type(n, builtin("bool"));
        break;
      case Node::kSubLink: {
        const auto& s = n.sub_link();
        auto out = select_outputs_.find(&s.subselect());
        std::optional<TypeRef> first;
        if (out != select_outputs_.end() && !out->second.empty()) first = out->second[0].second;
        switch (s.sub_link_type()) {
          case pg_query::EXPR_SUBLINK: set_type(n, first); break;
          case pg_query::ARRAY_SUBLINK:
            if (first) first->is_array = true;
            set_type(n, first);
            break;
          default: set_type(n, builtin("bool"));
        }
        break;
      }
      case Node::kCaseExpr: {
        std::vector<std::optional<TypeRef>> results;
        for (const auto& w : n.case_expr().args()) results.push_back(type_of(w.case_when().result()));
        if (n.case_expr().has_defresult()) results.push_back(type_of(n.case_expr().defresult()));
        set_type(n, common_type(results));
        break;
      }
      case Node::kCoalesceExpr: {
        std::vector<std::optional<TypeRef>> args;
        for (const auto& a : n.coalesce_expr().args()) args.push_back(type_of(a));
        set_type(n, common_type(args));
        break;
      }
      case Node::kMinMaxExpr: {
        std::vector<std::optional<TypeRef>> args;
        for (const auto& a : n.min_max_expr().args()) args.push_back(type_of(a));
        set_type(n, common_type(args));
        break;
      }
      case Node::kAArrayExpr: {
        std::vector<std::optional<TypeRef>> elems;
        for (const auto& e : n.a_array_expr().elements()) elems.push_back(type_of(e));
        auto t = common_type(elems);
        if (t) t->is_array = true;
        set_type(n, t);
        break;
      }
      case Node::kSqlvalueFunction: set_type(n, sql_value_type(n.sqlvalue_function().op())); break;
      case Node::kAIndirection: {
        if (n.a_indirection().arg().has_a_const()) {
          // (7).x or ('a')[1]: PostgreSQL refuses both, and printed without the parentheses
          // they would not parse again.
          error(n.a_indirection().arg().a_const().location(),
                "a constant has no field or element to select (cast it to a composite or array type)", "not-composite",
                true);
          break;
        }
        auto t = type_of(n.a_indirection().arg());
        const auto& ind = n.a_indirection().indirection();
        if (t && !t->schema.empty() && !t->is_array && ind.size() == 1 && ind.Get(0).has_string() && ctx_.names &&
            ctx_.names->field_type) {
          set_type(n, ctx_.names->field_type(*t, str_of(ind.Get(0))));  // (composite).field
          break;
        }
        bool subscripts = std::all_of(n.a_indirection().indirection().begin(), n.a_indirection().indirection().end(),
                                      [](const Node& i) { return i.has_a_indices(); });
        if (t && t->is_array && subscripts) {
          bool slice = std::any_of(n.a_indirection().indirection().begin(), n.a_indirection().indirection().end(),
                                   [](const Node& i) { return i.a_indices().is_slice(); });
          if (!slice) t->is_array = false;
          set_type(n, t);
        }
        break;
      }
      case Node::kNamedArgExpr: set_type(n, type_of(n.named_arg_expr().arg())); break;
      case Node::kGroupingFunc: set_type(n, builtin("int4")); break;
      default: break;
    }
  }

  static std::optional<TypeRef> constant_type(const pg_query::A_Const& c) {
    if (c.isnull()) return builtin("unknown");
    if (c.has_ival()) return builtin("int4");
    if (c.has_fval()) {
      const std::string& f = c.fval().fval();
      if (f.find_first_of(".eE") == std::string::npos) return builtin("int8");
      return builtin("numeric");
    }
    if (c.has_boolval()) return builtin("bool");
    if (c.has_sval()) return builtin("unknown");
    if (c.has_bsval()) return builtin("bit");
    return std::nullopt;
  }

  static std::optional<TypeRef> sql_value_type(int op) {
    switch (op) {
      case pg_query::SVFOP_CURRENT_DATE: return builtin("date");
      case pg_query::SVFOP_CURRENT_TIME:
      case pg_query::SVFOP_CURRENT_TIME_N: return builtin("timetz");
      case pg_query::SVFOP_CURRENT_TIMESTAMP:
      case pg_query::SVFOP_CURRENT_TIMESTAMP_N: return builtin("timestamptz");
      case pg_query::SVFOP_LOCALTIME:
      case pg_query::SVFOP_LOCALTIME_N: return builtin("time");
      case pg_query::SVFOP_LOCALTIMESTAMP:
      case pg_query::SVFOP_LOCALTIMESTAMP_N: return builtin("timestamp");
      default: return builtin("name");
    }
  }

  // ---- queries ------------------------------------------------------------------------------

  pg_query::RangeVar* range_var_of(Node& n) { return n.has_range_var() ? n.mutable_range_var() : nullptr; }

  static gp::RepeatedPtrField<Node>* output_targets(pg_query::SelectStmt& s) {
    pg_query::SelectStmt* leftmost = &s;
    while (leftmost->op() != pg_query::SETOP_NONE && leftmost->has_larg()) leftmost = leftmost->mutable_larg();
    return leftmost->mutable_target_list();
  }

  Columns resolve_select(pg_query::SelectStmt& s) {
    Level level;
    level.qualify = true;
    levels_.push_back(std::move(level));
    Columns out;
    if (s.has_with_clause()) {
      for (auto& cte_node : *s.mutable_with_clause()->mutable_ctes()) {
        auto* cte = cte_node.mutable_common_table_expr();
        Columns cols;
        if (cte->ctequery().has_select_stmt()) {
          // A recursive CTE sees its own name: declare it with the column aliases first.
          Cte self{cte->ctename(), {}};
          for (const auto& a : cte->aliascolnames()) self.columns.emplace_back(str_of(a), std::nullopt);
          levels_.back().ctes.push_back(self);
          cols = resolve_select(*cte->mutable_ctequery()->mutable_select_stmt());
          levels_.back().ctes.pop_back();
        } else {
          resolve(*cte->mutable_ctequery());
        }
        for (int i = 0; i < cte->aliascolnames_size() && i < static_cast<int>(cols.size()); ++i) {
          cols[static_cast<std::size_t>(i)].first = str_of(cte->aliascolnames(i));
        }
        levels_.back().ctes.push_back({cte->ctename(), cols});
      }
    }
    if (s.op() != pg_query::SETOP_NONE) {
      Columns left = resolve_select(*s.mutable_larg());
      resolve_select(*s.mutable_rarg());
      out = left;
      for (auto& sb : *s.mutable_sort_clause()) resolve(sb);
      if (s.has_limit_count()) resolve(*s.mutable_limit_count());
      if (s.has_limit_offset()) resolve(*s.mutable_limit_offset());
      levels_.pop_back();
      return out;
    }
    if (s.values_lists_size() > 0) {
      for (auto& row : *s.mutable_values_lists()) resolve(row);
      const auto& first_row = s.values_lists(0).list().items();
      for (int i = 0; i < first_row.size(); ++i) {
        out.emplace_back(fmt::format("column{}", i + 1), type_of(first_row.Get(i)));
      }
      levels_.pop_back();
      return out;
    }
    for (auto& item : *s.mutable_from_clause()) bind_from_item(item);
    expand_stars(s);
    for (auto& t : *s.mutable_target_list()) {
      auto* rt = t.mutable_res_target();
      if (rt->has_val()) resolve(*rt->mutable_val());
      std::string name = rt->name().empty() && rt->has_val() ? figure_column_name(rt->val()) : rt->name();
      out.emplace_back(name, rt->has_val() ? type_of(rt->val()) : std::nullopt);
    }
    if (s.has_where_clause()) resolve(*s.mutable_where_clause());
    // GROUP BY 1 / ORDER BY 1 mean the first output column; PostgreSQL prints the expression.
    for (auto& g : *s.mutable_group_clause()) {
      replace_position(g, s);
      resolve(g);
    }
    if (s.has_having_clause()) resolve(*s.mutable_having_clause());
    for (auto& w : *s.mutable_window_clause()) resolve(w);
    for (auto& d : *s.mutable_distinct_clause()) {
      if (d.node_case() != Node::NODE_NOT_SET) resolve(d);
    }
    for (auto& sb : *s.mutable_sort_clause()) {
      auto* sort = sb.mutable_sort_by();
      replace_position(*sort->mutable_node(), s);
      replace_output_name(*sort->mutable_node(), s, out);
      resolve(sb);
    }
    if (s.has_limit_count()) resolve(*s.mutable_limit_count());
    if (s.has_limit_offset()) resolve(*s.mutable_limit_offset());
    levels_.pop_back();
    return out;
  }

  // INSERT/UPDATE/DELETE (in SQL-standard function bodies): the target relation is in scope.
  void resolve_dml(Node& n) {
    Level level;
    level.qualify = true;
    levels_.push_back(std::move(level));
    auto target = [&](pg_query::RangeVar* rv) {
      Node wrapper;
      *wrapper.mutable_range_var() = *rv;
      bind_from_item(wrapper);
      *rv = wrapper.range_var();
    };
    if (n.has_update_stmt()) {
      auto& u = *n.mutable_update_stmt();
      target(u.mutable_relation());
      for (auto& f : *u.mutable_from_clause()) bind_from_item(f);
      for (auto& t : *u.mutable_target_list()) {
        if (t.res_target().has_val()) resolve(*t.mutable_res_target()->mutable_val());
      }
      if (u.has_where_clause()) resolve(*u.mutable_where_clause());
      for (auto& r : *u.mutable_returning_list()) resolve(r);
    } else if (n.has_delete_stmt()) {
      auto& d = *n.mutable_delete_stmt();
      target(d.mutable_relation());
      for (auto& f : *d.mutable_using_clause()) bind_from_item(f);
      if (d.has_where_clause()) resolve(*d.mutable_where_clause());
      for (auto& r : *d.mutable_returning_list()) resolve(r);
    } else {
      auto& ins = *n.mutable_insert_stmt();
      if (ins.has_select_stmt()) resolve(*ins.mutable_select_stmt());
      target(ins.mutable_relation());
      if (ins.has_on_conflict_clause()) resolve_message(*ins.mutable_on_conflict_clause());
      for (auto& r : *ins.mutable_returning_list()) resolve(r);
    }
    levels_.pop_back();
  }

  void replace_position(Node& n, const pg_query::SelectStmt& s) {
    if (!n.has_a_const() || !n.a_const().has_ival()) return;
    int pos = n.a_const().ival().ival();
    if (pos < 1 || pos > s.target_list_size()) return;
    const auto& rt = s.target_list(pos - 1).res_target();
    if (rt.has_val()) n = rt.val();
  }

  // ORDER BY name: an output column's name wins over an input column's.
  void replace_output_name(Node& n, const pg_query::SelectStmt& s, const Columns& out) {
    if (!n.has_column_ref() || n.column_ref().fields_size() != 1) return;
    std::string name = str_of(n.column_ref().fields(0));
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (out[i].first != name) continue;
      const auto& rt = s.target_list(static_cast<int>(i)).res_target();
      if (rt.has_val() && !(rt.val().has_column_ref() && str_of(rt.val().column_ref().fields(
                                                                  rt.val().column_ref().fields_size() - 1)) == name)) {
        n = rt.val();
      }
      return;
    }
  }

  void add_entry(Entry e, std::vector<std::string> star_columns = {}) {
    Level& level = levels_.back();
    std::size_t index = level.entries.size();
    if (star_columns.empty()) {
      for (const auto& c : e.columns) star_columns.push_back(c.first);
    }
    for (const auto& c : star_columns) level.star.emplace_back(index, c);
    level.entries.push_back(std::move(e));
  }

  const Cte* find_cte(const std::string& name) const {
    for (auto it = levels_.rbegin(); it != levels_.rend(); ++it) {
      for (auto c = it->ctes.rbegin(); c != it->ctes.rend(); ++c) {
        if (c->name == name) return &*c;
      }
    }
    return nullptr;
  }

  void bind_from_item(Node& item) {
    switch (item.node_case()) {
      case Node::kRangeVar: {
        auto& rv = *item.mutable_range_var();
        Entry e;
        e.refname = rv.has_alias() ? rv.alias().aliasname() : rv.relname();
        const Cte* cte = rv.schemaname().empty() ? find_cte(rv.relname()) : nullptr;
        if (cte) {
          e.columns = cte->columns;
        } else {
          std::vector<std::string> parts;
          if (!rv.schemaname().empty()) parts.push_back(rv.schemaname());
          parts.push_back(rv.relname());
          std::optional<RelationColumns> rel;
          if (ctx_.names && ctx_.names->find_relation) rel = ctx_.names->find_relation(parts, *ctx_.search_path);
          if (rel) {
            e.columns = rel->columns;
            e.relation = rel->name;
            e.kind = rel->kind;
            rv.set_schemaname(rel->name.schema == "public" ? "" : rel->name.schema);
            add_reference({rel->kind, rel->name.schema, rel->name.name, ""});
          } else {
            e.known = false;
            if (rv.schemaname() == "public") rv.clear_schemaname();
            if (rv.schemaname().empty() && ctx_.search_path) {
              // A name that no catalog schema has: PostgreSQL would fail unless it is a system
              // or extension relation.
            }
          }
        }
        apply_alias_columns(rv.has_alias() ? &rv.alias() : nullptr, &e);
        add_entry(std::move(e));
        break;
      }
      case Node::kRangeSubselect: {
        auto& sub = *item.mutable_range_subselect();
        Columns cols = resolve_select(*sub.mutable_subquery()->mutable_select_stmt());
        Entry e;
        e.refname = sub.has_alias() ? sub.alias().aliasname() : "";
        e.columns = cols;
        apply_alias_columns(sub.has_alias() ? &sub.alias() : nullptr, &e);
        add_entry(std::move(e));
        break;
      }
      case Node::kRangeFunction: {
        auto& rf = *item.mutable_range_function();
        std::optional<TypeRef> type;
        std::string fname;
        for (auto& f : *rf.mutable_functions()) {
          for (auto& part : *f.mutable_list()->mutable_items()) {
            if (part.node_case() == Node::NODE_NOT_SET) continue;
            resolve(part);
            if (part.has_func_call() && fname.empty()) {
              fname = str_of(part.func_call().funcname(part.func_call().funcname_size() - 1));
              type = type_of(part);
            }
          }
        }
        Entry e;
        e.refname = rf.has_alias() ? rf.alias().aliasname() : fname;
        if (rf.has_alias() && rf.alias().colnames_size() > 0) {
          for (const auto& c : rf.alias().colnames()) e.columns.emplace_back(str_of(c), std::nullopt);
          if (e.columns.size() == 1) e.columns[0].second = type;
        } else if (type) {
          e.columns.emplace_back(e.refname, type);
        } else {
          e.known = false;
        }
        for (auto& cd : *rf.mutable_coldeflist()) {
          const auto& def = cd.column_def();
          simple_type_modifiers(def.type_name());
          auto t = resolve_type(def.type_name(), *ctx_.search_path, ctx_.names->is_type);
          e.columns.emplace_back(def.colname(), t.type);
          e.known = true;
        }
        add_entry(std::move(e));
        break;
      }
      case Node::kJoinExpr: {
        auto& j = *item.mutable_join_expr();
        std::size_t first = levels_.back().entries.size();
        std::size_t star_first = levels_.back().star.size();
        bind_from_item(*j.mutable_larg());
        std::size_t middle = levels_.back().entries.size();
        std::size_t star_middle = levels_.back().star.size();
        bind_from_item(*j.mutable_rarg());
        Level& level = levels_.back();
        std::vector<std::string> merged = string_list(j.using_clause());
        if (j.is_natural()) {
          for (std::size_t l = first; l < middle; ++l) {
            for (const auto& c : level.entries[l].columns) {
              for (std::size_t r = middle; r < level.entries.size(); ++r) {
                if (level.entries[r].column(c.first)) merged.push_back(c.first);
              }
            }
          }
        }
        if (!merged.empty()) {
          // `*` over a USING join: the merged columns once, then the others of each side.
          std::vector<std::pair<std::size_t, std::string>> star(level.star.begin(), level.star.begin() + star_first);
          for (const auto& m : merged) {
            for (std::size_t k = star_first; k < star_middle; ++k) {
              if (level.star[k].second == m) {
                star.push_back(level.star[k]);
                break;
              }
            }
          }
          auto is_merged = [&](const std::string& c) { return std::find(merged.begin(), merged.end(), c) != merged.end(); };
          for (std::size_t k = star_first; k < level.star.size(); ++k) {
            if (!is_merged(level.star[k].second)) star.push_back(level.star[k]);
          }
          level.star = std::move(star);
          level.merged.insert(level.merged.end(), merged.begin(), merged.end());
        }
        if (j.has_quals()) resolve(*j.mutable_quals());
        (void)first;
        break;
      }
      default:
        resolve(item);
        break;
    }
  }

  static void apply_alias_columns(const pg_query::Alias* alias, Entry* e) {
    if (!alias) return;
    for (int i = 0; i < alias->colnames_size() && i < static_cast<int>(e->columns.size()); ++i) {
      e->columns[static_cast<std::size_t>(i)].first = str_of(alias->colnames(i));
    }
  }

  static std::vector<std::string> string_list(const gp::RepeatedPtrField<Node>& list) {
    std::vector<std::string> out;
    for (const auto& n : list) out.push_back(str_of(n));
    return out;
  }

  // SELECT * and SELECT t.* list their columns, as PostgreSQL stores them.
  void expand_stars(pg_query::SelectStmt& s) {
    gp::RepeatedPtrField<Node> expanded;
    bool any = false;
    for (auto& t : *s.mutable_target_list()) {
      const auto& rt = t.res_target();
      if (!rt.has_val() || !rt.val().has_column_ref()) {
        *expanded.Add() = std::move(t);
        continue;
      }
      const auto& fields = rt.val().column_ref().fields();
      if (fields.empty() || !fields.Get(fields.size() - 1).has_a_star()) {
        *expanded.Add() = std::move(t);
        continue;
      }
      const Level& level = levels_.back();
      std::vector<std::pair<std::size_t, std::string>> cols;
      if (fields.size() == 1) {
        cols = level.star;
        for (const auto& e : level.entries) {
          if (!e.known) cols.clear();
        }
        if (std::any_of(level.entries.begin(), level.entries.end(), [](const Entry& e) { return !e.known; })) {
          *expanded.Add() = std::move(t);
          continue;
        }
      } else {
        std::string rel = str_of(fields.Get(fields.size() - 2));
        bool found = false;
        for (std::size_t i = 0; i < level.entries.size(); ++i) {
          if (level.entries[i].refname != rel) continue;
          found = true;
          if (!level.entries[i].known) break;
          for (const auto& c : level.entries[i].columns) cols.emplace_back(i, c.first);
        }
        if (!found || cols.empty()) {
          *expanded.Add() = std::move(t);
          continue;
        }
      }
      any = true;
      for (const auto& [index, column] : cols) {
        Node target;
        auto* out = target.mutable_res_target();
        *out->mutable_val() = column_ref({level.entries[index].refname, column});
        *expanded.Add() = std::move(target);
      }
    }
    (void)any;
    s.mutable_target_list()->Swap(&expanded);  // every target was moved into `expanded`
  }

  // ---- names --------------------------------------------------------------------------------

  struct Found {
    std::size_t level;
    const Entry* entry;
    const std::optional<TypeRef>* type;
  };

  void resolve_column(Node& n) {
    auto* ref = n.mutable_column_ref();
    if (ref->fields_size() == 0 || ref->fields(ref->fields_size() - 1).has_a_star()) {
      if (ref->fields_size() == 2) {
        // t.* inside an expression: a whole-row reference.
        std::string rel = str_of(ref->fields(0));
        for (auto it = levels_.rbegin(); it != levels_.rend(); ++it) {
          for (const auto& e : it->entries) {
            if (e.refname == rel && e.relation) add_reference({e.kind, e.relation->schema, e.relation->name, ""});
          }
        }
      }
      return;
    }
    std::vector<std::string> fields;
    for (const auto& f : ref->fields()) fields.push_back(str_of(f));
    if (ctx_.value_type && fields.size() == 1 && fields[0] == "value" && levels_.size() == 1) {
      set_type(n, *ctx_.value_type);
      return;
    }
    if (ctx_.forbid_columns) {
      error(ref->location(), "cannot use a column reference in a DEFAULT expression", "column-in-default");
      return;
    }
    std::string column = fields.back();
    std::optional<Found> found;
    if (fields.size() == 1) {
      found = find_unqualified(column, ref->location());
    } else {
      std::string rel = fields[fields.size() - 2];
      std::string schema = fields.size() >= 3 ? fields[fields.size() - 3] : "";
      for (std::size_t li = levels_.size(); li-- > 0 && !found;) {
        for (const auto& e : levels_[li].entries) {
          bool match = schema.empty() ? e.refname == rel
                                      : (e.relation && e.relation->schema == schema && e.relation->name == rel);
          if (!match) continue;
          const std::optional<TypeRef>* t = e.column(column);
          if (!t && e.known) {
            error(ref->location(), fmt::format("column {}.{} does not exist", rel, column), "unknown-column");
            return;
          }
          found = Found{li, &e, t};
          break;
        }
      }
      if (!found && fields.size() == 2) {
        // composite.field: a field of a column or parameter, printed (x).field.
        if (auto value = find_unqualified(rel, -1, /*report=*/false)) {
          Node base = column_ref({rel});
          resolve_column(base);
          Node indirection;
          auto* ind = indirection.mutable_a_indirection();
          *ind->mutable_arg() = std::move(base);
          *ind->add_indirection() = make_string(column);
          n = std::move(indirection);
          return;
        }
      }
      if (!found) {
        if (levels_.size() == 1 && levels_[0].entries.size() <= 1 && !ctx_.table) return;  // nothing to check against
        error(ref->location(), fmt::format("missing FROM-clause entry for table \"{}\"", rel), "unknown-table");
        return;
      }
    }
    if (!found) return;
    const Entry& e = *found->entry;
    // Inside a query every reference is qualified; at the top of a table's own expression not.
    bool qualify = e.qualified || (levels_.back().qualify && !e.bare);
    ref->clear_fields();
    if (qualify && !e.refname.empty()) *ref->add_fields() = make_string(e.refname);
    *ref->add_fields() = make_string(column);
    if (found->type && *found->type) set_type(n, **found->type);
    if (e.relation) add_reference({ObjectKind::column, e.relation->schema, e.relation->name, column});
  }

  std::optional<Found> find_unqualified(const std::string& column, int location, bool report = true) {
    for (std::size_t li = levels_.size(); li-- > 0;) {
      const Level& level = levels_[li];
      std::vector<const Entry*> matches;
      for (const auto& e : level.entries) {
        if (e.column(column)) matches.push_back(&e);
      }
      if (matches.size() > 1) {
        bool merged = std::find(level.merged.begin(), level.merged.end(), column) != level.merged.end();
        if (!merged) {
          if (report) error(location, fmt::format("column reference \"{}\" is ambiguous", column), "ambiguous-column");
          return std::nullopt;
        }
      }
      if (!matches.empty()) return Found{li, matches.front(), matches.front()->column(column)};
      // A relation outside the catalog may have the column.
      for (const auto& e : level.entries) {
        if (!e.known) return Found{li, &e, nullptr};
      }
    }
    bool anything = std::any_of(levels_.begin(), levels_.end(), [](const Level& l) { return !l.entries.empty(); });
    if (anything && report) error(location, fmt::format("column \"{}\" does not exist", column), "unknown-column");
    return std::nullopt;
  }

  void resolve_function(Node& n) {
    auto* call = n.mutable_func_call();
    auto* names = call->mutable_funcname();
    std::vector<std::string> parts;
    for (const auto& p : *names) parts.push_back(str_of(p));
    std::vector<std::optional<TypeRef>> arg_types;
    for (const auto& a : call->args()) arg_types.push_back(type_of(a));
    std::string name = parts.back();
    std::vector<FunctionInfo> candidates;
    if (ctx_.names && ctx_.names->find_functions && !(parts.size() == 2 && parts[0] == "pg_catalog")) {
      for (auto& f : ctx_.names->find_functions(parts, *ctx_.search_path)) {
        std::size_t n_args = static_cast<std::size_t>(call->args_size());
        if (n_args >= f.min_args && (n_args <= f.max_args || f.variadic)) candidates.push_back(std::move(f));
      }
    }
    if (!candidates.empty()) {
      const QualifiedName& fq = candidates.front().name;
      names->Clear();
      if (fq.schema != "public") *names->Add() = make_string(fq.schema);
      *names->Add() = make_string(fq.name);
      for (const auto& c : candidates) add_reference({ObjectKind::function, c.name.schema, c.key, ""});
      if (candidates.size() == 1) set_type(n, candidates.front().return_type);
      return;
    }
    if (names->size() == 2) {
      std::string schema = str_of(names->Get(0));
      // EXTRACT(... FROM ...) and friends print as SQL syntax only under their pg_catalog name.
      bool sql_syntax = call->funcformat() == pg_query::COERCE_SQL_SYNTAX;
      if (schema == "public" || (schema == "pg_catalog" && !sql_syntax)) names->DeleteSubrange(0, 1);
    }
    if (names->size() == 1 && (name == "nextval" || name == "currval" || name == "setval") && call->args_size() >= 1) {
      resolve_sequence_argument(*call->mutable_args(0));
    }
    for (auto& t : arg_types) {
      if (t) t = base_of(*t);
    }
    set_type(n, builtin_function_type(name, arg_types, call->agg_star()));
  }

  // nextval('seq') takes a regclass: resolve the name now, as PostgreSQL does, and spell it as
  // regclass output does under search_path = public.
  void resolve_sequence_argument(Node& arg) {
    const Node* literal = &arg;
    if (arg.has_type_cast()) literal = &arg.type_cast().arg();
    if (!literal->has_a_const() || !literal->a_const().has_sval()) return;
    int location = literal->a_const().location();
    auto parts = parse_qualified_name_text(literal->a_const().sval().sval());
    if (parts.empty() || !ctx_.names || !ctx_.names->find_sequence) return;
    auto seq = ctx_.names->find_sequence(parts, *ctx_.search_path);
    if (!seq) {
      error(location, fmt::format("relation \"{}\" does not exist", literal->a_const().sval().sval()), "unknown-sequence");
      return;
    }
    add_reference({ObjectKind::sequence, seq->schema, seq->name, ""});
    std::string text = seq->schema == "public" ? quote_ident(seq->name) : quote_qualified(*seq);
    Node cast;
    auto* tc = cast.mutable_type_cast();
    tc->mutable_arg()->mutable_a_const()->mutable_sval()->set_sval(text);
    write_type_name(TypeRef{"", "regclass", {}, false}, tc->mutable_type_name());
    arg = std::move(cast);
  }

  // PostgreSQL takes only constants and plain names as type modifiers, also in a function
  // body; libpg_query prints any other expression there as nothing.
  bool simple_type_modifiers(const pg_query::TypeName& type_name) {
    for (const auto& mod : type_name.typmods()) {
      bool simple = mod.has_a_const() || (mod.has_column_ref() && mod.column_ref().fields_size() == 1 &&
                                          mod.column_ref().fields(0).has_string());
      if (!simple) {
        error(type_name.location(), "type modifiers must be simple constants or identifiers", "invalid-type", true);
        return false;
      }
    }
    return true;
  }

  void resolve_cast(Node& n) {
    auto* tc = n.mutable_type_cast();
    if (!simple_type_modifiers(tc->type_name())) return;
    auto resolved = resolve_type(tc->type_name(), *ctx_.search_path, ctx_.names->is_type);
    if (!resolved.type) {
      error(tc->type_name().location(), resolved.error, "invalid-type");
      return;
    }
    const TypeRef& type = *resolved.type;
    if (!type.schema.empty()) add_reference({ObjectKind::type, type.schema, type.name, ""});
    write_type_name(type, tc->mutable_type_name());
    TypeRef literal_type = type;
    if (!type.schema.empty() && ctx_.names->base_type) {
      if (auto base = ctx_.names->base_type(type)) literal_type = *base;
    }
    canonicalize_literal(*tc->mutable_arg(), literal_type);
    // A cast PostgreSQL would have applied by itself (varchar -> text, int -> numeric, a domain
    // to its base type ...).
    auto from = type_of(tc->arg());
    for (int depth = 0; from && !from->schema.empty() && ctx_.names->base_type && depth < 8; ++depth) {
      auto base = ctx_.names->base_type(*from);
      if (!base) break;
      if (base->schema == type.schema && base->name == type.name && type.modifiers.empty()) {
        tc->set_location(kImplicitCastMark);
        break;
      }
      from = base;
    }
    if (from && !(from->schema.empty() && from->name == "unknown") && is_implicit_cast(*from, type)) {
      tc->set_location(kImplicitCastMark);
    }
    set_type(n, type);
  }

  void resolve_operator(Node& n) {
    auto* e = n.mutable_a_expr();
    auto* names = e->mutable_name();
    if (names->size() == 2 && str_of(names->Get(0)) == "pg_catalog") names->DeleteSubrange(0, 1);
    std::string op = names->empty() ? "" : str_of(names->Get(names->size() - 1));
    // A literal compared with a typed value is read as that type.
    if (e->has_lexpr() && e->has_rexpr()) {
      auto left = type_of(e->lexpr());
      auto right = type_of(e->rexpr());
      auto known = [](const std::optional<TypeRef>& t) { return t && !(t->schema.empty() && t->name == "unknown"); };
      if (known(left)) {
        TypeRef target = *left;
        if ((e->kind() == pg_query::AEXPR_OP_ANY || e->kind() == pg_query::AEXPR_OP_ALL) && e->rexpr().has_a_const()) {
          target.is_array = true;  // x = ANY('{a,b}')
        }
        canonicalize_literal(*e->mutable_rexpr(), base_of(target));
      } else if (known(right)) {
        canonicalize_literal(*e->mutable_lexpr(), base_of(*right));
      }
    }
    switch (e->kind()) {
      case pg_query::AEXPR_OP:
        set_type(n, operator_type(op, e->has_lexpr() ? operand_type(e->lexpr()) : std::nullopt, operand_type(e->rexpr())));
        break;
      case pg_query::AEXPR_NULLIF: set_type(n, type_of(e->lexpr())); break;
      default: set_type(n, builtin("bool"));
    }
  }

  // Operators and built-in functions see a domain as its base type, as PostgreSQL resolves them.
  std::optional<TypeRef> operand_type(const Node& n) const {
    auto t = type_of(n);
    if (t) t = base_of(*t);
    return t;
  }

  // A domain's base type, through domains over domains.
  TypeRef base_of(TypeRef t) const {
    for (int depth = 0; depth < 16 && !t.schema.empty() && ctx_.names && ctx_.names->base_type; ++depth) {
      auto base = ctx_.names->base_type(t);
      if (!base) break;
      base->is_array = base->is_array || t.is_array;
      t = *base;
    }
    return t;
  }

  // A literal string compared with or assigned to a value of `type`: rewrite it to the text
  // PostgreSQL prints for that value.
  void canonicalize_literal(Node& n, const TypeRef& type) {
    if (!type.schema.empty()) return;
    if (n.has_a_const() && n.a_const().has_sval()) {
      auto text = canonical_literal(type.name, type.is_array, n.a_const().sval().sval());
      if (!text) return;
      if (type.name == "bool" && !type.is_array) {
        bool value = *text == "true";
        int location = n.a_const().location();
        n.mutable_a_const()->mutable_boolval()->set_boolval(value);
        n.mutable_a_const()->set_location(location);
      } else {
        n.mutable_a_const()->mutable_sval()->set_sval(*text);
      }
    } else if (n.has_a_array_expr()) {
      TypeRef element = type;
      element.is_array = false;
      for (auto& e : *n.mutable_a_array_expr()->mutable_elements()) canonicalize_literal(e, element);
    } else if (n.has_list()) {
      for (auto& e : *n.mutable_list()->mutable_items()) canonicalize_literal(e, type);
    }
  }

  // ---- normalization for the comparison key ------------------------------------------------

  void normalize(Node& n) {
    switch (n.node_case()) {
      case Node::kAExpr: normalize_operator(n); break;
      case Node::kTypeCast: normalize_cast(n); break;
      case Node::kAConst: normalize_constant(n); break;
      case Node::kBoolExpr: flatten_bool(n); break;
      case Node::kCaseExpr: {
        auto* c = n.mutable_case_expr();
        // PostgreSQL adds ELSE NULL to a CASE without ELSE.
        if (c->has_defresult() && c->defresult().has_a_const() && c->defresult().a_const().isnull()) c->clear_defresult();
        break;
      }
      case Node::kFuncCall: {
        auto* call = n.mutable_func_call();
        call->set_funcformat(pg_query::COERCION_FORM_UNDEFINED);
        auto* names = call->mutable_funcname();
        if (names->size() == 2 && str_of(names->Get(0)) == "pg_catalog") names->DeleteSubrange(0, 1);
        break;
      }
      case Node::kSortBy: {
        // ASC and NULLS LAST for ASC (NULLS FIRST for DESC) are the defaults PostgreSQL omits.
        auto* sb = n.mutable_sort_by();
        if (sb->sortby_dir() == pg_query::SORTBY_ASC) sb->set_sortby_dir(pg_query::SORTBY_DEFAULT);
        bool desc = sb->sortby_dir() == pg_query::SORTBY_DESC;
        if ((!desc && sb->sortby_nulls() == pg_query::SORTBY_NULLS_LAST) ||
            (desc && sb->sortby_nulls() == pg_query::SORTBY_NULLS_FIRST)) {
          sb->set_sortby_nulls(pg_query::SORTBY_NULLS_DEFAULT);
        }
        break;
      }
      case Node::kResTarget: {
        // Output columns are named whether or not the text says AS.
        auto* rt = n.mutable_res_target();
        if (rt->name().empty() && rt->has_val() && !(rt->val().has_column_ref() && rt->val().column_ref().fields_size() > 0 &&
                                                     rt->val().column_ref().fields(rt->val().column_ref().fields_size() - 1).has_a_star())) {
          rt->set_name(figure_column_name(rt->val()));
        }
        break;
      }
      default: break;
    }
  }

  void normalize_constant(Node& n) {
    if (n.a_const().has_fval()) {
      if (auto c = canonical_number(n.a_const().fval().fval())) n = number_node(*c);
    }
  }

  void normalize_cast(Node& n) {
    const auto& tc = n.type_cast();
    auto target = resolve_type(tc.type_name(), {}, [](const QualifiedName&) { return true; });
    const Node& arg = tc.arg();
    if (arg.has_a_const()) {
      // A cast PostgreSQL attaches to a literal only says which type the literal was read as.
      Node value = arg;
      if (target.type && target.type->schema.empty() && is_numeric_type(target.type->name) && !target.type->is_array &&
          value.a_const().has_sval()) {
        if (auto c = canonical_number(value.a_const().sval().sval())) value = number_node(*c);
      }
      n = std::move(value);
      return;
    }
    if (arg.has_a_array_expr()) {
      bool all_constant = std::all_of(arg.a_array_expr().elements().begin(), arg.a_array_expr().elements().end(),
                                      [](const Node& e) { return is_constant(e); });
      if (all_constant) {
        Node value = arg;
        n = std::move(value);
      }
      return;
    }
    if (tc.location() == kImplicitCastMark) {
      Node value = arg;
      n = std::move(value);
    }
  }

  void flatten_bool(Node& n) {
    auto* b = n.mutable_bool_expr();
    if (b->boolop() == pg_query::NOT_EXPR) return;
    gp::RepeatedPtrField<Node> flat;
    for (auto& arg : *b->mutable_args()) {
      if (arg.has_bool_expr() && arg.bool_expr().boolop() == b->boolop()) {
        for (auto& inner : *arg.mutable_bool_expr()->mutable_args()) *flat.Add() = std::move(inner);
      } else {
        *flat.Add() = std::move(arg);
      }
    }
    b->mutable_args()->Swap(&flat);
  }

  void normalize_operator(Node& n) {
    auto* e = n.mutable_a_expr();
    switch (e->kind()) {
      case pg_query::AEXPR_LIKE:
      case pg_query::AEXPR_ILIKE:
      case pg_query::AEXPR_SIMILAR:
        e->set_kind(pg_query::AEXPR_OP);
        break;
      case pg_query::AEXPR_IN: rewrite_in(n); break;
      case pg_query::AEXPR_BETWEEN:
      case pg_query::AEXPR_NOT_BETWEEN:
      case pg_query::AEXPR_BETWEEN_SYM:
      case pg_query::AEXPR_NOT_BETWEEN_SYM:
        rewrite_between(n);
        break;
      default: break;
    }
  }

  // PostgreSQL's transformAExprIn: items without column references become one
  // `= ANY (ARRAY[...])` when there are at least two of them; every other item becomes its own
  // comparison; the parts are OR-ed (AND-ed for NOT IN).
  void rewrite_in(Node& n) {
    const auto& e = n.a_expr();
    if (!e.rexpr().has_list()) return;
    std::string op = str_of(e.name(0));
    bool use_or = op == "=";
    std::vector<Node> nonvars, vars;
    for (const auto& item : e.rexpr().list().items()) (contains_column_ref(item) ? vars : nonvars).push_back(item);
    std::vector<Node> parts;
    std::vector<Node>* rest = &vars;
    std::vector<Node> all;
    if (nonvars.size() > 1) {
      Node any;
      auto* a = any.mutable_a_expr();
      a->set_kind(use_or ? pg_query::AEXPR_OP_ANY : pg_query::AEXPR_OP_ALL);
      *a->add_name() = make_string(op);
      *a->mutable_lexpr() = e.lexpr();
      auto* arr = a->mutable_rexpr()->mutable_a_array_expr();
      for (auto& item : nonvars) *arr->add_elements() = item;
      parts.push_back(std::move(any));
    } else {
      for (const auto& item : e.rexpr().list().items()) all.push_back(item);
      rest = &all;
    }
    for (auto& item : *rest) parts.push_back(make_op(op, e.lexpr(), item));
    if (parts.size() == 1) {
      Node single = std::move(parts[0]);
      n = std::move(single);
    } else {
      n = make_bool(use_or ? pg_query::OR_EXPR : pg_query::AND_EXPR, std::move(parts));
    }
  }

  // PostgreSQL's transformAExprBetween.
  void rewrite_between(Node& n) {
    const auto& e = n.a_expr();
    const Node& a = e.lexpr();
    const Node& x = e.rexpr().list().items(0);
    const Node& y = e.rexpr().list().items(1);
    Node out;
    switch (e.kind()) {
      case pg_query::AEXPR_BETWEEN:
        out = make_bool(pg_query::AND_EXPR, {make_op(">=", a, x), make_op("<=", a, y)});
        break;
      case pg_query::AEXPR_NOT_BETWEEN:
        out = make_bool(pg_query::OR_EXPR, {make_op("<", a, x), make_op(">", a, y)});
        break;
      case pg_query::AEXPR_BETWEEN_SYM:
        out = make_bool(pg_query::OR_EXPR,
                        {make_bool(pg_query::AND_EXPR, {make_op(">=", a, x), make_op("<=", a, y)}),
                         make_bool(pg_query::AND_EXPR, {make_op(">=", a, y), make_op("<=", a, x)})});
        break;
      default:
        out = make_bool(pg_query::AND_EXPR,
                        {make_bool(pg_query::OR_EXPR, {make_op("<", a, x), make_op(">", a, y)}),
                         make_bool(pg_query::OR_EXPR, {make_op("<", a, y), make_op(">", a, x)})});
        break;
    }
    n = std::move(out);
  }
};

// Collects what a statement (a function body) names, for ordering.
void collect_references(const Node& stmt, const NameLookup& lookup, const SearchPath& path,
                        std::vector<ObjectKey>* out) {
  auto add = [&](ObjectKey k) {
    if (std::find(out->begin(), out->end(), k) == out->end()) out->push_back(std::move(k));
  };
  walk_tree_pre_order(stmt, [&](const Node& n) {
    if (n.has_range_var() && lookup.find_relation) {
      const auto& rv = n.range_var();
      std::vector<std::string> parts;
      if (!rv.schemaname().empty()) parts.push_back(rv.schemaname());
      parts.push_back(rv.relname());
      if (auto rel = lookup.find_relation(parts, path)) add({rel->kind, rel->name.schema, rel->name.name, ""});
    } else if (n.has_func_call() && lookup.find_functions) {
      std::vector<std::string> parts;
      for (const auto& p : n.func_call().funcname()) parts.push_back(str_of(p));
      for (const auto& f : lookup.find_functions(parts, path)) add({ObjectKind::function, f.name.schema, f.key, ""});
    }
  });
}

}  // namespace

Expression bind_expression(const pg_query::Node& raw, const ExpressionContext& ctx) { return Binder(ctx).bind(raw); }

BoundQuery bind_query(const pg_query::Node& select, const ExpressionContext& ctx,
                      const std::vector<std::string>& column_names) {
  return Binder(ctx).bind_select(select, column_names);
}

std::vector<std::string> referenced_columns(const Expression& expr) {
  std::vector<std::string> out;
  for (const auto& ref : expr.references) {
    if (ref.kind == ObjectKind::column && std::find(out.begin(), out.end(), ref.sub) == out.end()) out.push_back(ref.sub);
  }
  return out;
}

std::vector<std::string> parse_qualified_name_text(std::string_view text) {
  std::vector<std::string> parts;
  std::string current;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          current += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        current += c;
      }
    } else if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == '.') {
      parts.push_back(current);
      current.clear();
      any = false;
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      any = true;
    }
  }
  if (any || !current.empty()) parts.push_back(current);
  return parts;
}

std::vector<ObjectKey> statement_references(const pg_query::Node& stmt, const NameLookup& lookup,
                                            const SearchPath& path) {
  std::vector<ObjectKey> out;
  collect_references(stmt, lookup, path, &out);
  return out;
}

}  // namespace schemac::canonical
