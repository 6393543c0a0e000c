#include "canonical/expressions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>

#include "canonical/literals.hpp"
#include "canonical/tree_walk.hpp"
#include "schemac/sql_text.hpp"

namespace schemac::canonical {

namespace {

using pg_query::Node;

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
  if (integral && r.ec == std::errc() && r.ptr == canonical.data() + canonical.size() &&
      value >= INT_MIN && value <= INT_MAX) {
    n.mutable_a_const()->mutable_ival()->set_ival(static_cast<int>(value));
  } else {
    n.mutable_a_const()->mutable_fval()->set_fval(canonical);
  }
  return n;
}

class Binder {
 public:
  explicit Binder(const ExpressionContext& ctx) : ctx_(ctx) {}

  Expression bind(const Node& raw) {
    Node tree = raw;
    walk_tree_post_order(tree, [&](Node& n) { resolve(n); });
    if (ctx_.assigned_type) canonicalize_literal_node(tree, *ctx_.assigned_type);
    clear_locations(tree);
    Expression out;
    out.tree = serialize(tree);
    walk_tree_post_order(tree, [&](Node& n) { normalize(n); });
    out.key = serialize(tree);
    out.references = std::move(references_);
    return out;
  }

 private:
  const ExpressionContext& ctx_;
  std::vector<ObjectKey> references_;

  void error(int location, const std::string& message, const std::string& id) {
    if (!ctx_.diagnostics) return;
    SourceLocation where{ctx_.file, ctx_.base_offset + static_cast<std::uint32_t>(std::max(location, 0))};
    ctx_.diagnostics->error(where, message, id);
  }

  void add_reference(ObjectKey key) {
    if (std::find(references_.begin(), references_.end(), key) == references_.end()) {
      references_.push_back(std::move(key));
    }
  }

  const TypeRef* column_type(const std::string& name) const {
    if (!ctx_.columns) return nullptr;
    auto it = ctx_.columns->find(name);
    return it == ctx_.columns->end() ? nullptr : &it->second;
  }

  // A literal string compared with or assigned to a value of `type`: rewrite it to the text
  // PostgreSQL prints for that value.
  void canonicalize_literal_node(Node& n, const TypeRef& type) {
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
      for (auto& e : *n.mutable_a_array_expr()->mutable_elements()) canonicalize_literal_node(e, element);
    } else if (n.has_list()) {
      for (auto& e : *n.mutable_list()->mutable_items()) canonicalize_literal_node(e, type);
    }
  }

  static const Node* strip_to_column(const Node& n) {
    if (n.has_column_ref()) return &n;
    if (n.has_type_cast() && n.type_cast().arg().has_column_ref()) return &n.type_cast().arg();
    return nullptr;
  }

  void resolve(Node& n) {
    switch (n.node_case()) {
      case Node::kColumnRef: resolve_column(n); break;
      case Node::kFuncCall: resolve_function(n); break;
      case Node::kTypeCast: resolve_cast(n); break;
      case Node::kAExpr: resolve_operator(n); break;
      case Node::kCollateClause: {
        auto* names = n.mutable_collate_clause()->mutable_collname();
        if (names->size() == 2 && str_of(names->Get(0)) == "pg_catalog") names->DeleteSubrange(0, 1);
        break;
      }
      default: break;
    }
  }

  void resolve_column(Node& n) {
    auto* ref = n.mutable_column_ref();
    if (ref->fields_size() == 0 || ref->fields(ref->fields_size() - 1).has_a_star()) return;
    if (ctx_.forbid_columns) {
      error(ref->location(), "cannot use a column reference in a DEFAULT expression", "column-in-default");
      return;
    }
    if (!ctx_.columns) return;
    std::string column = str_of(ref->fields(ref->fields_size() - 1));
    if (ref->fields_size() > 1) {
      // table.column inside the table's own expression: PostgreSQL stores just the column.
      std::string table = str_of(ref->fields(ref->fields_size() - 2));
      if (ctx_.table && table != ctx_.table->name) {
        error(ref->location(), fmt::format("missing FROM-clause entry for table \"{}\"", table), "unknown-table");
        return;
      }
      Node field = ref->fields(ref->fields_size() - 1);
      ref->clear_fields();
      *ref->add_fields() = field;
    }
    if (!column_type(column)) {
      error(ref->location(), fmt::format("column \"{}\" does not exist", column), "unknown-column");
      return;
    }
    if (ctx_.table) add_reference({ObjectKind::column, ctx_.table->schema, ctx_.table->name, column});
  }

  void resolve_function(Node& n) {
    auto* call = n.mutable_func_call();
    auto* names = call->mutable_funcname();
    if (names->size() == 2) {
      std::string schema = str_of(names->Get(0));
      // EXTRACT(... FROM ...) and friends print as SQL syntax only under their pg_catalog name.
      bool sql_syntax = call->funcformat() == pg_query::COERCE_SQL_SYNTAX;
      if (schema == "public" || (schema == "pg_catalog" && !sql_syntax)) names->DeleteSubrange(0, 1);
    }
    std::string name = str_of(names->Get(names->size() - 1));
    if (names->size() == 1 && (name == "nextval" || name == "currval" || name == "setval") &&
        call->args_size() >= 1) {
      resolve_sequence_argument(*call->mutable_args(0));
    }
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
      error(location, fmt::format("relation \"{}\" does not exist", literal->a_const().sval().sval()),
            "unknown-sequence");
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

  void resolve_cast(Node& n) {
    auto* tc = n.mutable_type_cast();
    auto resolved = resolve_type(tc->type_name(), *ctx_.search_path, ctx_.names->is_type);
    if (!resolved.type) {
      error(tc->type_name().location(), resolved.error, "invalid-type");
      return;
    }
    const TypeRef& type = *resolved.type;
    if (!type.schema.empty()) add_reference({ObjectKind::type, type.schema, type.name, ""});
    write_type_name(type, tc->mutable_type_name());
    canonicalize_literal_node(*tc->mutable_arg(), type);
  }

  void resolve_operator(Node& n) {
    auto* e = n.mutable_a_expr();
    auto* names = e->mutable_name();
    if (names->size() == 2 && str_of(names->Get(0)) == "pg_catalog") names->DeleteSubrange(0, 1);
    // A literal compared with a column is read as the column's type.
    if (!e->has_lexpr() || !e->has_rexpr()) return;
    if (const Node* col = strip_to_column(e->lexpr())) {
      const auto& fields = col->column_ref().fields();
      if (const TypeRef* t = column_type(str_of(fields.Get(fields.size() - 1)))) {
        TypeRef target = *t;
        if (e->kind() == pg_query::AEXPR_OP_ANY || e->kind() == pg_query::AEXPR_OP_ALL) {
          // x = ANY('{a,b}') compares with an array of x's type.
          if (e->rexpr().has_a_const()) target.is_array = true;
        }
        canonicalize_literal_node(*e->mutable_rexpr(), target);
      }
    } else if (const Node* col = strip_to_column(e->rexpr())) {
      const auto& fields = col->column_ref().fields();
      if (const TypeRef* t = column_type(str_of(fields.Get(fields.size() - 1)))) {
        canonicalize_literal_node(*e->mutable_lexpr(), *t);
      }
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
        if (c->has_defresult() && c->defresult().has_a_const() && c->defresult().a_const().isnull()) {
          c->clear_defresult();
        }
        break;
      }
      case Node::kFuncCall: {
        auto* call = n.mutable_func_call();
        call->set_funcformat(pg_query::COERCION_FORM_UNDEFINED);
        auto* names = call->mutable_funcname();
        if (names->size() == 2 && str_of(names->Get(0)) == "pg_catalog") names->DeleteSubrange(0, 1);
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
      if (target.type && target.type->schema.empty() && is_numeric_type(target.type->name) &&
          !target.type->is_array && value.a_const().has_sval()) {
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
    if (arg.has_column_ref() && target.type) {
      const auto& fields = arg.column_ref().fields();
      if (fields.size() == 1) {
        if (const TypeRef* from = column_type(str_of(fields.Get(0)))) {
          // Casts PostgreSQL applies implicitly (varchar -> text, int -> numeric) are printed
          // by pg_get_expr but mean nothing the column does not already say.
          TypeRef to = *target.type;
          if (is_implicit_cast(*from, to)) {
            Node value = arg;
            n = std::move(value);
          }
        }
      }
    }
  }

  void flatten_bool(Node& n) {
    auto* b = n.mutable_bool_expr();
    if (b->boolop() == pg_query::NOT_EXPR) return;
    google::protobuf::RepeatedPtrField<Node> flat;
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
    std::string op = str_of(e.name(0));
    bool use_or = op == "=";
    std::vector<Node> nonvars, vars;
    for (const auto& item : e.rexpr().list().items()) {
      (contains_column_ref(item) ? vars : nonvars).push_back(item);
    }
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

}  // namespace

Expression bind_expression(const pg_query::Node& raw, const ExpressionContext& ctx) {
  return Binder(ctx).bind(raw);
}

std::vector<std::string> referenced_columns(const Expression& expr) {
  std::vector<std::string> out;
  for (const auto& ref : expr.references) {
    if (ref.kind == ObjectKind::column) out.push_back(ref.sub);
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

}  // namespace schemac::canonical
