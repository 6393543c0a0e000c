#include "canonical/names.hpp"

#include "schemac/sql_text.hpp"

namespace schemac::canonical {

std::string make_object_name(const std::string& name1, const std::string& name2,
                             const std::string& label) {
  std::size_t overhead = 0;
  if (!name2.empty()) overhead += 1;
  if (!label.empty()) overhead += label.size() + 1;
  std::size_t avail = kMaxIdentifierBytes - overhead;
  std::size_t n1 = name1.size(), n2 = name2.size();
  while (n1 + n2 > avail) {
    if (n1 > n2) {
      --n1;
    } else {
      --n2;
    }
  }
  std::string out = clip_identifier(name1, n1);
  if (!name2.empty()) out += "_" + clip_identifier(name2, n2);
  if (!label.empty()) out += "_" + label;
  return out;
}

std::string choose_name(const std::string& name1, const std::string& name2,
                        const std::string& label, const std::function<bool(const std::string&)>& taken) {
  std::string modlabel = label;
  for (int pass = 1;; ++pass) {
    std::string name = make_object_name(name1, name2, modlabel);
    if (!taken(name)) return name;
    modlabel = label + std::to_string(pass);
  }
}

std::string index_name_addition(const std::vector<std::string>& column_names) {
  // ChooseIndexNameAddition: join with '_' and stop once the buffer holds NAMEDATALEN bytes.
  std::string buf;
  for (const auto& name : column_names) {
    if (!buf.empty()) buf += '_';
    buf += clip_identifier(name, kMaxIdentifierBytes);
    if (buf.size() >= kMaxIdentifierBytes) break;
  }
  return clip_identifier(buf, kMaxIdentifierBytes);
}

namespace {

std::string str_of(const pg_query::Node& node) {
  return node.has_string() ? node.string().sval() : std::string();
}

// FigureColnameInternal: returns a strength (0 none, 1 weak, 2 strong) and sets *name.
int figure(const pg_query::Node& node, std::string* name) {
  switch (node.node_case()) {
    case pg_query::Node::kColumnRef: {
      const auto& fields = node.column_ref().fields();
      for (int i = fields.size() - 1; i >= 0; --i) {
        if (fields.Get(i).has_string()) {
          *name = str_of(fields.Get(i));
          return 2;
        }
      }
      return 0;
    }
    case pg_query::Node::kAIndirection: {
      const auto& ind = node.a_indirection();
      for (int i = ind.indirection_size() - 1; i >= 0; --i) {
        if (ind.indirection(i).has_string()) {
          *name = str_of(ind.indirection(i));
          return 2;
        }
      }
      return figure(ind.arg(), name);
    }
    case pg_query::Node::kFuncCall: {
      const auto& f = node.func_call().funcname();
      *name = str_of(f.Get(f.size() - 1));
      return 2;
    }
    case pg_query::Node::kAExpr:
      if (node.a_expr().kind() == pg_query::AEXPR_NULLIF) {
        *name = "nullif";
        return 2;
      }
      return 0;
    case pg_query::Node::kTypeCast: {
      int strength = figure(node.type_cast().arg(), name);
      if (strength <= 1) {
        const auto& names = node.type_cast().type_name().names();
        if (names.size() > 0) {
          *name = str_of(names.Get(names.size() - 1));
          return 1;
        }
      }
      return strength;
    }
    case pg_query::Node::kCollateClause: return figure(node.collate_clause().arg(), name);
    case pg_query::Node::kCaseExpr: {
      int strength = 0;
      if (node.case_expr().has_defresult()) strength = figure(node.case_expr().defresult(), name);
      if (strength <= 1) {
        *name = "case";
        return 1;
      }
      return strength;
    }
    case pg_query::Node::kAArrayExpr: *name = "array"; return 2;
    case pg_query::Node::kRowExpr: *name = "row"; return 2;
    case pg_query::Node::kCoalesceExpr: *name = "coalesce"; return 2;
    case pg_query::Node::kMinMaxExpr:
      *name = node.min_max_expr().op() == pg_query::IS_GREATEST ? "greatest" : "least";
      return 2;
    case pg_query::Node::kSqlvalueFunction: {
      static const char* names[] = {"",          "current_date",      "current_time", "current_time",
                                    "current_timestamp", "current_timestamp", "localtime",
                                    "localtime", "localtimestamp", "localtimestamp", "current_role",
                                    "current_user", "user", "session_user", "current_catalog",
                                    "current_schema"};
      int op = node.sqlvalue_function().op();
      if (op > 0 && op < static_cast<int>(std::size(names))) {
        *name = names[op];
        return 2;
      }
      return 0;
    }
    case pg_query::Node::kSubLink: {
      auto type = node.sub_link().sub_link_type();
      if (type == pg_query::EXISTS_SUBLINK) {
        *name = "exists";
        return 2;
      }
      if (type == pg_query::ARRAY_SUBLINK) {
        *name = "array";
        return 2;
      }
      return 0;
    }
    case pg_query::Node::kGroupingFunc: *name = "grouping"; return 2;
    default: return 0;
  }
}

}  // namespace

std::string figure_column_name(const pg_query::Node& expr) {
  std::string name;
  if (figure(expr, &name) > 0 && !name.empty()) return name;
  return "expr";
}

}  // namespace schemac::canonical
