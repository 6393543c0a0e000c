// Transforms for programmable objects: functions and procedures, domains, composite types,
// views and materialized views, triggers, row-level security policies, grants and default
// privileges, and the `-- schemac:renamed-from` annotations.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "canonical/expressions.hpp"
#include "canonical/names.hpp"
#include "frontend/builder.hpp"
#include "schemac/sql_render.hpp"
#include "schemac/sql_text.hpp"

namespace schemac::frontend {

using pg_query::Node;

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string role_name(const pg_query::RoleSpec& r) {
  switch (r.roletype()) {
    case pg_query::ROLESPEC_PUBLIC: return "public";
    case pg_query::ROLESPEC_CURRENT_USER: return "current_user";
    case pg_query::ROLESPEC_CURRENT_ROLE: return "current_role";
    case pg_query::ROLESPEC_SESSION_USER: return "session_user";
    default: return r.rolename();
  }
}

// Value text of a SET clause argument, as pg_get_functiondef prints it back.
std::string setting_value(const Node& arg) {
  if (arg.has_a_const()) {
    const auto& c = arg.a_const();
    if (c.has_sval()) return quote_literal(c.sval().sval());
    if (c.has_ival()) return quote_literal(std::to_string(c.ival().ival()));
    if (c.has_fval()) return quote_literal(c.fval().fval());
    if (c.has_boolval()) return quote_literal(c.boolval().boolval() ? "on" : "off");
  }
  return quote_literal(string_value(arg));
}

// All privileges an object kind has (GRANT ALL), in PostgreSQL's order.
std::vector<std::string> all_privileges(const std::string& kind) {
  if (kind == "table") return {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"};
  if (kind == "column") return {"SELECT", "INSERT", "UPDATE", "REFERENCES"};
  if (kind == "sequence") return {"USAGE", "SELECT", "UPDATE"};
  if (kind == "function") return {"EXECUTE"};
  if (kind == "schema") return {"USAGE", "CREATE"};
  return {"USAGE"};
}

void grant(Privileges* privileges, const Privilege& p) {
  auto it = std::find_if(privileges->begin(), privileges->end(), [&](const Privilege& q) {
    return q.grantee == p.grantee && q.privilege == p.privilege;
  });
  if (it == privileges->end()) {
    privileges->push_back(p);
  } else if (p.grantable) {
    it->grantable = true;
  }
  std::sort(privileges->begin(), privileges->end());
}

void revoke(Privileges* privileges, const Privilege& p, bool only_grant_option) {
  for (auto it = privileges->begin(); it != privileges->end();) {
    if (it->grantee == p.grantee && it->privilege == p.privilege) {
      if (only_grant_option) {
        it->grantable = false;
        ++it;
      } else {
        it = privileges->erase(it);
      }
    } else {
      ++it;
    }
  }
}

// `-- schemac:renamed-from old_name` (the name may be quoted), found in `text` (which starts
// at `base` in its file) inside one of the file's real comments (`comments()`, only asked for
// when the text mentions an annotation at all). Scanned by hand: std::regex recurses once per
// character and overflowed the stack on a long name.
template <typename Comments>
RenamedFrom parse_annotation(std::string_view text, FileId file, std::uint32_t base, Comments comments_of_file) {
  static constexpr std::string_view kWord = "schemac:renamed-from";
  if (text.find(kWord) == std::string_view::npos) return {};
  const std::vector<pg::TextSpan>& comments = comments_of_file();
  auto in_comment = [&](std::size_t start, std::size_t length) {
    return std::any_of(comments.begin(), comments.end(), [&](const pg::TextSpan& c) {
      return c.offset <= start && start + length <= c.offset + c.length;
    });
  };
  for (std::size_t word = text.find(kWord); word != std::string_view::npos; word = text.find(kWord, word + 1)) {
    // `--`, blanks, the word, at least one blank, then the name: "quoted" ("" for a quote) or
    // everything up to the next blank.
    std::size_t start = word;
    while (start > 0 && std::isspace(static_cast<unsigned char>(text[start - 1]))) --start;
    if (start < 2 || text.substr(start - 2, 2) != "--") continue;
    start -= 2;
    std::size_t at = word + kWord.size();
    if (at >= text.size() || !std::isspace(static_cast<unsigned char>(text[at]))) continue;
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
    if (at == text.size()) continue;
    std::string name;
    std::size_t end = at;
    if (text[at] == '"') {
      for (end = at + 1; end < text.size(); ++end) {
        if (text[end] != '"') {
          name += text[end];
        } else if (end + 1 < text.size() && text[end + 1] == '"') {
          name += '"';
          ++end;
        } else {
          break;
        }
      }
      if (end < text.size() && !name.empty()) {
        ++end;  // the closing quote
      } else {
        name.clear();  // not closed: read as an unquoted name below
      }
    }
    if (name.empty()) {
      for (end = at; end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]));) ++end;
      name = lower(std::string(text.substr(at, end - at)));
    }
    if (!in_comment(base + start, end - start)) continue;
    RenamedFrom out;
    out.name = name;
    out.location = {file, static_cast<std::uint32_t>(base + start)};
    return out;
  }
  return {};
}

// The schemas of a function's `search_path=` setting as the catalog prints it:
// `'a', 'b'`, quotes inside doubled.
std::vector<std::string> search_path_setting_schemas(std::string_view list) {
  std::vector<std::string> out;
  for (std::size_t at = list.find('\''); at != std::string_view::npos; at = list.find('\'', at + 1)) {
    std::string schema;
    for (++at; at < list.size(); ++at) {
      if (list[at] != '\'') {
        schema += list[at];
      } else if (at + 1 < list.size() && list[at + 1] == '\'') {
        schema += '\'';
        ++at;
      } else {
        break;
      }
    }
    if (at >= list.size()) break;  // not closed
    for (std::size_t pos; (pos = schema.find(",")) != std::string::npos;) schema.erase(pos);
    if (!schema.empty()) out.push_back(schema);
  }
  return out;
}

}  // namespace

// ---- rename annotations --------------------------------------------------------------------

const std::vector<pg::TextSpan>& CatalogBuilder::comments_of(FileId file) const {
  auto it = comments_.find(file);
  if (it == comments_.end()) it = comments_.emplace(file, pg::comment_spans(sources_.file(file).text)).first;
  return it->second;
}

RenamedFrom CatalogBuilder::rename_annotation_before_statement() const {
  const std::string& text = sources_.file(current_->file).text;
  std::string_view lead = std::string_view(text).substr(current_->raw_offset, current_->offset - current_->raw_offset);
  auto comments = [&]() -> const auto& { return comments_of(current_->file); };
  return parse_annotation(lead, current_->file, current_->raw_offset, comments);
}

RenamedFrom CatalogBuilder::rename_annotation_near(int location) const {
  if (location < 0) return {};
  const std::string& text = sources_.file(current_->file).text;
  std::size_t pos = static_cast<std::size_t>(location);
  // A trailing comment on the declaration's own line...
  std::size_t line_start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::size_t line_end = text.find('\n', pos);
  if (line_end == std::string::npos) line_end = text.size();
  std::string_view line = std::string_view(text).substr(pos, line_end - pos);
  auto comments = [&]() -> const auto& { return comments_of(current_->file); };
  if (auto r = parse_annotation(line, current_->file, static_cast<std::uint32_t>(pos), comments); !r.empty()) return r;
  // ...or comment-only lines directly above it.
  std::size_t cursor = line_start;
  while (cursor > 0) {
    std::size_t prev_end = cursor - 1;
    std::size_t prev_start = text.rfind('\n', prev_end == 0 ? 0 : prev_end - 1);
    prev_start = prev_start == std::string::npos ? 0 : prev_start + 1;
    std::string_view prev = std::string_view(text).substr(prev_start, prev_end - prev_start);
    std::size_t first = prev.find_first_not_of(" \t");
    if (first == std::string_view::npos || prev.substr(first, 2) != "--") break;
    if (auto r = parse_annotation(prev, current_->file, static_cast<std::uint32_t>(prev_start), comments); !r.empty()) {
      return r;
    }
    cursor = prev_start;
  }
  return {};
}

// ---- domains and composite types -----------------------------------------------------------

void CatalogBuilder::declare_domain(const pg_query::CreateDomainStmt& stmt) {
  Domain d;
  d.name = creation_name(stmt.domainname(), -1);
  d.location = at_statement();
  d.renamed_from = rename_annotation_before_statement();
  if (is_catalog_type(d.name)) {
    error(at_statement(), fmt::format("type \"{}\" already exists", quote_qualified(d.name)), "duplicate-object");
    return;
  }
  domain_index_[d.name] = catalog_.domains.size();
  catalog_.domains.push_back(std::move(d));
}

Constraint CatalogBuilder::bind_domain_check(const Domain& domain, const pg_query::Constraint& node) {
  Constraint c;
  c.kind = ConstraintKind::check;
  c.name = node.conname();
  c.location = at(node.location());
  c.validated = !node.skip_validation();
  auto ctx = expression_context(nullptr, nullptr);
  ctx.value_type = &domain.base;
  c.check = canonical::bind_expression(node.raw_expr(), ctx);
  if (c.name.empty()) {
    // domainAddConstraint: ChooseConstraintName(domain, NULL, "check", ...)
    c.name = canonical::choose_name(domain.name.name, "", "check", [&](const std::string& n) {
      return constraint_name_taken(domain.name.schema, n) ||
             std::any_of(domain.checks.begin(), domain.checks.end(), [&](const Constraint& k) { return k.name == n; });
    });
  }
  take_constraint_name(domain.name.schema, c.name);
  return c;
}

void CatalogBuilder::define_domain(const pg_query::CreateDomainStmt& stmt) {
  auto it = domain_index_.find(creation_name(stmt.domainname(), -1));
  if (it == domain_index_.end()) return;
  Domain& d = catalog_.domains[it->second];
  if (d.location.offset != at_statement().offset || d.location.file != at_statement().file) return;
  if (auto type = resolve_column_type(stmt.type_name())) d.base = *type;
  if (stmt.has_coll_clause()) {
    for (const auto& part : stmt.coll_clause().collname()) {
      std::string name = string_value(part);
      if (name == "pg_catalog") continue;
      d.collation += (d.collation.empty() ? "" : ".") + quote_ident(name);
    }
  }
  for (const auto& n : stmt.constraints()) {
    const auto& con = n.constraint();
    switch (con.contype()) {
      case pg_query::CONSTR_NOTNULL: d.not_null = true; break;
      case pg_query::CONSTR_NULL: break;
      case pg_query::CONSTR_DEFAULT: {
        auto ctx = expression_context(nullptr, nullptr);
        ctx.forbid_columns = true;
        ctx.assigned_type = &d.base;
        d.default_value = canonical::bind_expression(con.raw_expr(), ctx);
        break;
      }
      case pg_query::CONSTR_CHECK: d.checks.push_back(bind_domain_check(d, con)); break;
      default: error(at(con.location()), "this constraint is not allowed on a domain", "invalid-domain");
    }
  }
}

void CatalogBuilder::attach_alter_domain(const pg_query::AlterDomainStmt& stmt) {
  auto name = creation_name(stmt.type_name(), -1);
  auto it = domain_index_.find(name);
  if (it == domain_index_.end()) {
    error(at_statement(), fmt::format("type \"{}\" does not exist", quote_qualified(name)), "unknown-type");
    return;
  }
  Domain& d = catalog_.domains[it->second];
  switch (stmt.subtype().empty() ? ' ' : stmt.subtype()[0]) {
    case 'C': d.checks.push_back(bind_domain_check(d, stmt.def().constraint())); break;
    case 'T': {
      if (!stmt.has_def()) {
        d.default_value.reset();
        break;
      }
      auto ctx = expression_context(nullptr, nullptr);
      ctx.forbid_columns = true;
      ctx.assigned_type = &d.base;
      d.default_value = canonical::bind_expression(stmt.def(), ctx);
      break;
    }
    case 'O': d.not_null = true; break;
    default: unsupported(at_statement(), "this ALTER DOMAIN form");
  }
}

void CatalogBuilder::declare_composite(const pg_query::CompositeTypeStmt& stmt) {
  CompositeType t;
  t.name = creation_name(stmt.typevar());
  t.location = at_statement();
  t.renamed_from = rename_annotation_before_statement();
  if (is_catalog_type(t.name)) {
    error(at_statement(), fmt::format("type \"{}\" already exists", quote_qualified(t.name)), "duplicate-object");
    return;
  }
  composite_index_[t.name] = catalog_.composites.size();
  catalog_.composites.push_back(std::move(t));
}

void CatalogBuilder::define_composite(const pg_query::CompositeTypeStmt& stmt) {
  auto it = composite_index_.find(creation_name(stmt.typevar()));
  if (it == composite_index_.end()) return;
  CompositeType& t = catalog_.composites[it->second];
  if (t.location.offset != at_statement().offset || t.location.file != at_statement().file) return;
  for (const auto& n : stmt.coldeflist()) {
    const auto& def = n.column_def();
    CompositeAttribute a;
    a.name = def.colname();
    if (auto type = resolve_column_type(def.type_name())) a.type = *type;
    if (def.has_coll_clause()) {
      for (const auto& part : def.coll_clause().collname()) {
        std::string name = string_value(part);
        if (name == "pg_catalog") continue;
        a.collation += (a.collation.empty() ? "" : ".") + quote_ident(name);
      }
    }
    t.attributes.push_back(std::move(a));
  }
}

// ---- functions -----------------------------------------------------------------------------

void CatalogBuilder::declare_function(const pg_query::CreateFunctionStmt& stmt) {
  Function f;
  f.name = creation_name(stmt.funcname(), -1);
  f.procedure = stmt.is_procedure();
  f.location = at_statement();
  f.renamed_from = rename_annotation_before_statement();
  bool ok = true;
  std::vector<const FunctionArgument*> outs;
  for (const auto& p : stmt.parameters()) {
    const auto& param = p.function_parameter();
    FunctionArgument a;
    a.name = param.name();
    switch (param.mode()) {
      case pg_query::FUNC_PARAM_OUT: a.mode = 'o'; break;
      case pg_query::FUNC_PARAM_INOUT: a.mode = 'b'; break;
      case pg_query::FUNC_PARAM_VARIADIC: a.mode = 'v'; break;
      case pg_query::FUNC_PARAM_TABLE: a.mode = 't'; break;
      default: a.mode = 'i';
    }
    if (auto type = resolve_column_type(param.arg_type())) {
      a.type = *type;
    } else {
      ok = false;
    }
    f.arguments.push_back(std::move(a));
  }
  if (stmt.has_return_type()) {
    if (stmt.return_type().setof()) f.returns_set = true;
    pg_query::TypeName rt = stmt.return_type();
    rt.set_setof(false);
    if (auto type = resolve_column_type(rt)) {
      f.return_type = *type;
    } else {
      ok = false;
    }
  }
  // OUT arguments decide the result type when RETURNS is left out; RETURNS TABLE is SETOF record.
  for (const auto& a : f.arguments) {
    if (a.mode == 'o' || a.mode == 'b' || a.mode == 't') outs.push_back(&a);
  }
  bool table_function = std::any_of(f.arguments.begin(), f.arguments.end(), [](auto& a) { return a.mode == 't'; });
  if (table_function) {
    f.returns_set = true;
    f.return_type = TypeRef{"", "record", {}, false};
  } else if (!f.procedure && !outs.empty()) {
    if (outs.size() == 1) {
      f.return_type = outs.front()->type;
    } else {
      f.return_type = TypeRef{"", "record", {}, false};
    }
  }
  if (!f.procedure && !f.return_type && ok) {
    error(at_statement(), "function result type must be specified", "invalid-function");
    return;
  }
  if (!ok) return;
  // Options.
  bool has_body = stmt.has_sql_body();
  for (const auto& o : stmt.options()) {
    const auto& def = o.def_elem();
    const std::string& name = def.defname();
    if (name == "as") {
      const auto& items = def.arg().list().items();
      if (items.size() != 1) {
        unsupported(at(def.location()), "a function body given as object file and symbol (LANGUAGE C)");
        return;
      }
      f.body = string_value(items.Get(0));
      has_body = true;
    } else if (name == "language") {
      f.language = lower(string_value(def.arg()));
    } else if (name == "volatility") {
      std::string v = string_value(def.arg());
      f.volatility = v == "immutable" ? 'i' : v == "stable" ? 's' : 'v';
    } else if (name == "strict") {
      f.strict = def.arg().boolean().boolval();
    } else if (name == "security") {
      f.security_definer = def.arg().boolean().boolval();
    } else if (name == "leakproof") {
      f.leakproof = def.arg().boolean().boolval();
    } else if (name == "parallel") {
      std::string v = string_value(def.arg());
      f.parallel = v == "safe" ? 's' : v == "restricted" ? 'r' : 'u';
    } else if (name == "cost" || name == "rows") {
      // strtod: a literal too large for a double is infinity, as in PostgreSQL, not an exception.
      double value =
          def.arg().has_integer() ? def.arg().integer().ival() : std::strtod(def.arg().float_().fval().c_str(), nullptr);
      (name == "cost" ? f.cost : f.rows) = value;
    } else if (name == "set") {
      const auto& set = def.arg().variable_set_stmt();
      if (set.kind() != pg_query::VAR_SET_VALUE) {
        unsupported(at(def.location()), "SET ... FROM CURRENT or RESET in a function");
        continue;
      }
      std::string value;
      for (int i = 0; i < set.args_size(); ++i) value += (i ? ", " : "") + setting_value(set.args(i));
      f.settings.push_back(set.name() + "=" + value);
    } else {
      unsupported(at(def.location()), "function option " + name);
    }
  }
  if (!has_body) {
    error(at_statement(), "no function body specified", "invalid-function");
    return;
  }
  if (f.language.empty()) f.language = stmt.has_sql_body() ? "sql" : "";
  if (f.language != "sql" && f.language != "plpgsql") {
    unsupported(at_statement(), "LANGUAGE " + (f.language.empty() ? std::string("(missing)") : f.language));
    return;
  }
  if (f.returns_set && f.rows == 0) f.rows = 1000;  // PostgreSQL's default estimate
  if (!f.returns_set) f.rows = 0;
  // Functions run with EXECUTE granted to PUBLIC unless revoked.
  f.privileges.push_back({"PUBLIC", "EXECUTE", false, at_statement()});
  std::string key = f.name.schema + "." + f.signature();
  if (function_signatures_.count(key)) {
    error(at_statement(), fmt::format("function {} already exists", f.signature()), "duplicate-object");
    return;
  }
  function_signatures_[key] = catalog_.functions.size();
  function_index_[f.name].push_back(catalog_.functions.size());
  declared_functions_[current_->node] = catalog_.functions.size();
  catalog_.functions.push_back(std::move(f));
}

void CatalogBuilder::define_function_defaults(std::size_t index, const pg_query::CreateFunctionStmt& stmt) {
  int arg = 0;
  for (const auto& p : stmt.parameters()) {
    const auto& param = p.function_parameter();
    if (param.has_defexpr()) {
      Function& f = catalog_.functions[index];
      auto ctx = expression_context(nullptr, nullptr);
      ctx.assigned_type = &f.arguments[static_cast<std::size_t>(arg)].type;
      f.arguments[static_cast<std::size_t>(arg)].default_value = canonical::bind_expression(param.defexpr(), ctx);
    }
    ++arg;
  }
}

void CatalogBuilder::define_function_body(std::size_t index, const pg_query::CreateFunctionStmt& stmt) {
  Function& f = catalog_.functions[index];
  // The body's names resolve through the function's own search_path when it sets one.
  SearchPath path = search_path();
  for (const auto& s : f.settings) {
    if (s.rfind("search_path=", 0) != 0) continue;
    path.clear();
    for (auto& schema : search_path_setting_schemas(std::string_view(s).substr(12))) path.push_back(std::move(schema));
  }
  std::vector<ObjectKey> refs;
  if (stmt.has_sql_body()) {
    // BEGIN ATOMIC / RETURN: PostgreSQL binds the body now; so does schemac.
    std::vector<std::pair<std::string, TypeRef>> params;
    for (const auto& a : f.arguments) {
      if (a.mode != 'o' && a.mode != 't') params.emplace_back(a.name, a.type);
    }
    auto ctx = expression_context(nullptr, nullptr);
    ctx.parameters = &params;
    ctx.function_name = f.name.name;
    ctx.lenient = true;
    catalog_.functions[index].sql_body = canonical::bind_expression(stmt.sql_body(), ctx);
    refs = catalog_.functions[index].sql_body->references;
  } else if (f.language == "sql") {
    auto parsed = pg::parse(f.body);
    if (parsed.result) {
      for (const auto& raw : parsed.result->stmts()) {
        for (auto& r : canonical::statement_references(raw.stmt(), lookup_, path)) refs.push_back(std::move(r));
      }
    }
  } else if (f.language == "plpgsql") {
    // Every SQL query inside the PL/pgSQL body, found through libpg_query's PL/pgSQL parser.
    const std::string& text = sources_.file(current_->file).text;
    auto outcome =
        pg::parse_plpgsql(std::string_view(text).substr(current_->offset, current_->end - current_->offset), f.body);
    if (outcome.error) {
      error(at_statement(), "PL/pgSQL body: " + outcome.error->message, "syntax-error");
    } else {
      std::vector<std::string> queries;
      std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
        if (j.is_object()) {
          for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "query" && it.value().is_string()) queries.push_back(it.value().get<std::string>());
            walk(it.value());
          }
        } else if (j.is_array()) {
          for (const auto& e : j) walk(e);
        }
      };
      try {
        walk(nlohmann::json::parse(outcome.json));
      } catch (const std::exception&) {
      }
      for (const auto& q : queries) {
        auto parsed = pg::parse(q);
        if (!parsed.result) continue;
        for (const auto& raw : parsed.result->stmts()) {
          for (auto& r : canonical::statement_references(raw.stmt(), lookup_, path)) refs.push_back(std::move(r));
        }
      }
    }
  }
  Function& done = catalog_.functions[index];
  std::string self = done.signature();
  for (auto& r : refs) {
    if (r.kind == ObjectKind::function && r.schema == done.name.schema && r.name == self) continue;  // recursion
    if (r.kind == ObjectKind::column) continue;
    if (std::find(done.body_references.begin(), done.body_references.end(), r) == done.body_references.end()) {
      done.body_references.push_back(r);
    }
  }
}

std::optional<std::size_t> CatalogBuilder::find_function(const pg_query::ObjectWithArgs& object, bool report) {
  auto parts = string_list(object.objname());
  std::vector<std::string> schemas;
  if (parts.size() >= 2) {
    schemas.push_back(parts[parts.size() - 2]);
  } else {
    schemas = search_path();
  }
  std::vector<TypeRef> wanted;
  for (const auto& a : object.objargs()) {
    auto t = canonical::resolve_type(a.type_name(), search_path(), [this](const QualifiedName& n) { return is_catalog_type(n); });
    if (t.type) wanted.push_back(*t.type);
  }
  for (const auto& schema : schemas) {
    auto it = function_index_.find({schema, parts.back()});
    if (it == function_index_.end()) continue;
    if (object.args_unspecified()) {
      if (it->second.size() == 1) return it->second.front();
      if (report) error(at_statement(), fmt::format("function name \"{}\" is not unique", parts.back()), "ambiguous-function");
      return std::nullopt;
    }
    for (std::size_t index : it->second) {
      std::vector<TypeRef> inputs;
      for (const auto& a : catalog_.functions[index].arguments) {
        if (a.mode == 'i' || a.mode == 'b' || a.mode == 'v') inputs.push_back(a.type);
      }
      if (inputs == wanted) return index;
    }
  }
  if (report) {
    error(at_statement(), fmt::format("function {} does not exist", fmt::join(parts, ".")), "unknown-function");
  }
  return std::nullopt;
}

// ---- views ---------------------------------------------------------------------------------

void CatalogBuilder::declare_view(const pg_query::Node& node) {
  View v;
  if (node.has_view_stmt()) {
    v.name = creation_name(node.view_stmt().view());
  } else {
    v.name = creation_name(node.create_table_as_stmt().into().rel());
    v.materialized = true;
  }
  v.location = at_statement();
  v.renamed_from = rename_annotation_before_statement();
  if (table_index_.count(v.name) || view_index_.count(v.name)) {
    error(at_statement(), fmt::format("relation \"{}\" already exists", quote_qualified(v.name)), "duplicate-object");
    return;
  }
  view_index_[v.name] = catalog_.views.size();
  catalog_.views.push_back(std::move(v));
}

std::optional<QualifiedName> CatalogBuilder::find_view_name(const std::vector<std::string>& parts,
                                                            const SearchPath& path) const {
  if (parts.empty()) return std::nullopt;
  if (parts.size() >= 2) {
    QualifiedName n{parts[parts.size() - 2], parts.back()};
    return view_index_.count(n) ? std::optional(n) : std::nullopt;
  }
  for (const auto& schema : path) {
    QualifiedName n{schema, parts[0]};
    if (view_index_.count(n)) return n;
  }
  return std::nullopt;
}

void CatalogBuilder::attach_view(const pg_query::ViewStmt& stmt) {
  auto it = view_index_.find(creation_name(stmt.view()));
  if (it == view_index_.end()) return;
  std::size_t index = it->second;
  if (catalog_.views[index].location.offset != at_statement().offset) return;
  auto ctx = expression_context(nullptr, nullptr);
  auto bound = canonical::bind_query(stmt.query(), ctx, string_list(stmt.aliases()));
  View& v = catalog_.views[index];
  v.query = std::move(bound.query);
  v.columns = std::move(bound.columns);
  for (const auto& o : stmt.options()) v.options.push_back(reloption_text(o.def_elem()));
  // WITH CHECK OPTION is stored as the check_option reloption.
  if (stmt.with_check_option() == pg_query::LOCAL_CHECK_OPTION) v.options.push_back("check_option=local");
  if (stmt.with_check_option() == pg_query::CASCADED_CHECK_OPTION) v.options.push_back("check_option=cascaded");
  std::sort(v.options.begin(), v.options.end());
  if (stmt.view().relpersistence() == "t") error(at_statement(), "temporary views are not part of a schema", "unsupported-statement");
}

void CatalogBuilder::attach_materialized_view(const pg_query::CreateTableAsStmt& stmt) {
  auto it = view_index_.find(creation_name(stmt.into().rel()));
  if (it == view_index_.end()) return;
  std::size_t index = it->second;
  if (catalog_.views[index].location.offset != at_statement().offset) return;
  auto ctx = expression_context(nullptr, nullptr);
  auto bound = canonical::bind_query(stmt.query(), ctx, string_list(stmt.into().col_names()));
  View& v = catalog_.views[index];
  v.query = std::move(bound.query);
  v.columns = std::move(bound.columns);
  v.with_data = !stmt.into().skip_data();
  for (const auto& o : stmt.into().options()) v.options.push_back(reloption_text(o.def_elem()));
  std::sort(v.options.begin(), v.options.end());
  if (!stmt.into().table_space_name().empty()) error(at_statement(), "tablespaces are not managed by schemac", "unsupported-option");
}

// ---- triggers ------------------------------------------------------------------------------

void CatalogBuilder::attach_trigger(const pg_query::CreateTrigStmt& stmt) {
  Trigger t;
  t.name = stmt.trigname();
  t.location = at_statement();
  t.renamed_from = rename_annotation_before_statement();
  std::map<std::string, TypeRef> columns;
  std::vector<std::string> parts;
  if (!stmt.relation().schemaname().empty()) parts.push_back(stmt.relation().schemaname());
  parts.push_back(stmt.relation().relname());
  if (auto table = find_table_by_parts(parts, search_path())) {
    t.table = catalog_.tables[*table].name;
    columns = column_scope(*table);
  } else if (auto view = find_view_name(parts, search_path())) {
    t.table = *view;
    for (const auto& c : catalog_.views[view_index_.at(*view)].columns) {
      if (c.type) columns.emplace(c.name, *c.type);
    }
  } else {
    error(at(stmt.relation().location()), fmt::format("relation \"{}\" does not exist", fmt::join(parts, ".")),
          "unknown-table");
    return;
  }
  int timing = stmt.timing();
  t.timing = (timing & (1 << 1)) ? TriggerTiming::before : (timing & (1 << 6)) ? TriggerTiming::instead_of : TriggerTiming::after;
  int events = stmt.events();
  t.on_insert = events & (1 << 2);
  t.on_delete = events & (1 << 3);
  t.on_update = events & (1 << 4);
  t.on_truncate = events & (1 << 5);
  t.update_columns = string_list(stmt.columns());
  t.for_each_row = stmt.row();
  for (const auto& tr : stmt.transition_rels()) {
    (tr.trigger_transition().is_new() ? t.new_table : t.old_table) = tr.trigger_transition().name();
  }
  if (stmt.has_when_clause()) {
    auto ctx = expression_context(nullptr, nullptr);
    ctx.pseudo_relations = {{"new", &columns}, {"old", &columns}};
    t.when = canonical::bind_expression(stmt.when_clause(), ctx);
  }
  auto fparts = string_list(stmt.funcname());
  auto candidates = functions_named(fparts, search_path());
  const canonical::FunctionInfo* fn = nullptr;
  for (const auto& c : candidates) {
    if (c.min_args == 0) fn = &c;
  }
  if (!fn) {
    error(at_statement(), fmt::format("function {}() does not exist", fmt::join(fparts, ".")), "unknown-function");
    return;
  }
  t.function = fn->name;
  for (const auto& a : stmt.args()) t.arguments.push_back(string_value(a));
  t.constraint_trigger = stmt.isconstraint();
  t.deferrable = stmt.deferrable() || stmt.initdeferred();
  t.initially_deferred = stmt.initdeferred();
  if (stmt.has_constrrel()) {
    std::vector<std::string> from;
    if (!stmt.constrrel().schemaname().empty()) from.push_back(stmt.constrrel().schemaname());
    from.push_back(stmt.constrrel().relname());
    if (auto ref = find_table_by_parts(from, search_path())) t.constraint_from = catalog_.tables[*ref].name;
  }
  bool duplicate = std::any_of(catalog_.triggers.begin(), catalog_.triggers.end(),
                               [&](const Trigger& o) { return o.table == t.table && o.name == t.name; });
  if (duplicate) {
    error(at_statement(), fmt::format("trigger \"{}\" for relation \"{}\" already exists", t.name, t.table.name),
          "duplicate-object");
    return;
  }
  catalog_.triggers.push_back(std::move(t));
}

void CatalogBuilder::set_trigger_state(std::size_t table, const std::string& trigger, char state) {
  const QualifiedName& name = catalog_.tables[table].name;
  auto it = std::find_if(catalog_.triggers.begin(), catalog_.triggers.end(),
                         [&](const Trigger& t) { return t.table == name && t.name == trigger; });
  if (it == catalog_.triggers.end()) {
    error(at_statement(), fmt::format("trigger \"{}\" for table \"{}\" does not exist", trigger, name.name), "unknown-object");
    return;
  }
  it->enabled = state;
}

// ---- policies ------------------------------------------------------------------------------

void CatalogBuilder::attach_policy(const pg_query::CreatePolicyStmt& stmt) {
  auto table = find_table(stmt.table(), true);
  if (!table) return;
  Policy p;
  p.name = stmt.policy_name();
  p.table = catalog_.tables[*table].name;
  p.location = at_statement();
  p.renamed_from = rename_annotation_before_statement();
  p.permissive = stmt.permissive();
  p.command = stmt.cmd_name().empty() ? "all" : stmt.cmd_name();
  for (const auto& r : stmt.roles()) p.roles.push_back(role_name(r.role_spec()));
  if (p.roles.empty()) p.roles.push_back("public");
  std::sort(p.roles.begin(), p.roles.end());
  p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());
  // PostgreSQL keeps only PUBLIC when it is listed with other roles.
  if (std::find(p.roles.begin(), p.roles.end(), "public") != p.roles.end()) p.roles = {"public"};
  auto scope = column_scope(*table);
  if (stmt.has_qual()) {
    auto ctx = expression_context(&scope, &p.table);
    p.using_expr = canonical::bind_expression(stmt.qual(), ctx);
  }
  if (stmt.has_with_check()) {
    auto ctx = expression_context(&scope, &p.table);
    p.check_expr = canonical::bind_expression(stmt.with_check(), ctx);
  }
  bool duplicate = std::any_of(catalog_.policies.begin(), catalog_.policies.end(),
                               [&](const Policy& o) { return o.table == p.table && o.name == p.name; });
  if (duplicate) {
    error(at_statement(), fmt::format("policy \"{}\" for table \"{}\" already exists", p.name, p.table.name),
          "duplicate-object");
    return;
  }
  catalog_.policies.push_back(std::move(p));
}

// ---- grants --------------------------------------------------------------------------------

Privileges* CatalogBuilder::privileges_of(pg_query::ObjectType type, const Node& object, std::string* kind) {
  switch (type) {
    case pg_query::OBJECT_TABLE:
    case pg_query::OBJECT_SEQUENCE: {
      const auto& rv = object.range_var();
      std::vector<std::string> parts;
      if (!rv.schemaname().empty()) parts.push_back(rv.schemaname());
      parts.push_back(rv.relname());
      if (auto seq = find_sequence_name(parts, search_path())) {
        *kind = "sequence";
        return &catalog_.sequences[sequence_index_.at(*seq)].privileges;
      }
      if (type == pg_query::OBJECT_SEQUENCE) break;
      if (auto t = find_table_by_parts(parts, search_path())) {
        *kind = "table";
        return &catalog_.tables[*t].privileges;
      }
      if (auto v = find_view_name(parts, search_path())) {
        *kind = "table";
        return &catalog_.views[view_index_.at(*v)].privileges;
      }
      error(at(rv.location()), fmt::format("relation \"{}\" does not exist", fmt::join(parts, ".")), "unknown-table");
      return nullptr;
    }
    case pg_query::OBJECT_FUNCTION:
    case pg_query::OBJECT_PROCEDURE:
    case pg_query::OBJECT_ROUTINE: {
      auto f = find_function(object.object_with_args(), true);
      if (!f) return nullptr;
      *kind = "function";
      return &catalog_.functions[*f].privileges;
    }
    case pg_query::OBJECT_SCHEMA: {
      std::string name = string_value(object);
      auto it = std::find_if(catalog_.schemas.begin(), catalog_.schemas.end(), [&](auto& s) { return s.name == name; });
      if (it == catalog_.schemas.end()) {
        if (name == "public") {
          error(at_statement(), "privileges on schema public are not managed by schemac", "unsupported-statement");
        } else {
          error(at_statement(), fmt::format("schema \"{}\" does not exist", name), "unknown-schema");
        }
        return nullptr;
      }
      *kind = "schema";
      return &it->privileges;
    }
    default: break;
  }
  unsupported(at_statement(), "GRANT/REVOKE on this kind of object");
  return nullptr;
}

void CatalogBuilder::attach_grant(const pg_query::GrantStmt& stmt) {
  std::vector<const Node*> objects;
  std::vector<Node> expanded;  // ALL TABLES/SEQUENCES/FUNCTIONS IN SCHEMA, as they exist here
  if (stmt.targtype() == pg_query::ACL_TARGET_ALL_IN_SCHEMA) {
    auto before = [&](SourceLocation where) {
      return std::make_pair(where.file, where.offset) < std::make_pair(current_->file, current_->offset);
    };
    for (const auto& schema_node : stmt.objects()) {
      std::string schema = string_value(schema_node);
      auto add_rangevar = [&](const QualifiedName& n) {
        Node node;
        node.mutable_range_var()->set_schemaname(n.schema);
        node.mutable_range_var()->set_relname(n.name);
        expanded.push_back(std::move(node));
      };
      if (stmt.objtype() == pg_query::OBJECT_TABLE) {
        for (const auto& t : catalog_.tables) {
          if (t.name.schema == schema && before(t.location)) add_rangevar(t.name);
        }
        for (const auto& v : catalog_.views) {
          if (v.name.schema == schema && before(v.location)) add_rangevar(v.name);
        }
      } else if (stmt.objtype() == pg_query::OBJECT_SEQUENCE) {
        for (const auto& s : catalog_.sequences) {
          if (s.name.schema == schema && before(s.location)) add_rangevar(s.name);
        }
      } else if (stmt.objtype() == pg_query::OBJECT_FUNCTION || stmt.objtype() == pg_query::OBJECT_ROUTINE) {
        for (const auto& f : catalog_.functions) {
          if (f.name.schema != schema || !before(f.location) || f.procedure) continue;
          Node node;
          auto* owa = node.mutable_object_with_args();
          owa->add_objname()->mutable_string()->set_sval(f.name.schema);
          owa->add_objname()->mutable_string()->set_sval(f.name.name);
          for (const auto& a : f.arguments) {
            if (a.mode == 'o' || a.mode == 't') continue;
            canonical::write_type_name(a.type, owa->add_objargs()->mutable_type_name());
          }
          expanded.push_back(std::move(node));
        }
      }
    }
    for (const auto& n : expanded) objects.push_back(&n);
  } else {
    for (const auto& o : stmt.objects()) objects.push_back(&o);
  }
  std::vector<std::string> grantees;
  for (const auto& g : stmt.grantees()) {
    std::string r = role_name(g.role_spec());
    grantees.push_back(r == "public" ? "PUBLIC" : r);
  }
  for (const Node* object : objects) {
    std::string kind;
    Privileges* target = privileges_of(stmt.objtype(), *object, &kind);
    if (!target) continue;
    // Column privileges live on the columns.
    std::vector<std::pair<std::string, std::vector<std::string>>> privs;  // name, columns
    if (stmt.privileges_size() == 0) {
      for (const auto& p : all_privileges(kind)) privs.push_back({p, {}});
    } else {
      for (const auto& p : stmt.privileges()) {
        std::string name = p.access_priv().priv_name();
        for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (name == "ALL") name.clear();
        privs.push_back({name, string_list(p.access_priv().cols())});
      }
    }
    for (const auto& [name, columns] : privs) {
      std::vector<std::string> names = name.empty() ? all_privileges(columns.empty() ? kind : "column")
                                                    : std::vector<std::string>{name};
      for (const auto& grantee : grantees) {
        for (const auto& priv : names) {
          Privilege p{grantee, priv, stmt.is_grant() && stmt.grant_option(), at_statement()};
          std::vector<Privileges*> targets;
          if (columns.empty()) {
            targets.push_back(target);
          } else if (kind == "table") {
            const auto& rv = object->range_var();
            std::vector<std::string> parts;
            if (!rv.schemaname().empty()) parts.push_back(rv.schemaname());
            parts.push_back(rv.relname());
            auto t = find_table_by_parts(parts, search_path());
            if (!t) {
              unsupported(at_statement(), "column privileges on a view");
              continue;
            }
            for (const auto& c : columns) {
              auto& cols = catalog_.tables[*t].columns;
              auto col = std::find_if(cols.begin(), cols.end(), [&](const Column& x) { return x.name == c; });
              if (col == cols.end()) {
                error(at_statement(), fmt::format("column \"{}\" of relation \"{}\" does not exist", c, rv.relname()),
                      "unknown-column");
                continue;
              }
              targets.push_back(&col->privileges);
            }
          }
          for (Privileges* t : targets) {
            if (stmt.is_grant()) {
              grant(t, p);
            } else {
              revoke(t, p, stmt.grant_option());
            }
          }
          // REVOKE on a table takes the same privilege away from its columns too.
          if (!stmt.is_grant() && columns.empty() && kind == "table") {
            const auto& rv = object->range_var();
            std::vector<std::string> parts;
            if (!rv.schemaname().empty()) parts.push_back(rv.schemaname());
            parts.push_back(rv.relname());
            if (auto t = find_table_by_parts(parts, search_path())) {
              for (auto& col : catalog_.tables[*t].columns) revoke(&col.privileges, p, stmt.grant_option());
            }
          }
        }
      }
    }
  }
}

void CatalogBuilder::attach_default_privileges(const pg_query::AlterDefaultPrivilegesStmt& stmt) {
  std::vector<std::string> schemas, roles;
  for (const auto& o : stmt.options()) {
    const auto& def = o.def_elem();
    if (def.defname() == "schemas") {
      for (const auto& s : def.arg().list().items()) schemas.push_back(string_value(s));
    } else if (def.defname() == "roles") {
      for (const auto& r : def.arg().list().items()) roles.push_back(role_name(r.role_spec()));
    }
  }
  if (schemas.empty()) schemas.push_back("");
  if (roles.empty()) roles.push_back("");
  const auto& action = stmt.action();
  std::string type;
  switch (action.objtype()) {
    case pg_query::OBJECT_TABLE: type = "TABLES"; break;
    case pg_query::OBJECT_SEQUENCE: type = "SEQUENCES"; break;
    case pg_query::OBJECT_FUNCTION:
    case pg_query::OBJECT_ROUTINE: type = "FUNCTIONS"; break;
    case pg_query::OBJECT_TYPE: type = "TYPES"; break;
    case pg_query::OBJECT_SCHEMA: type = "SCHEMAS"; break;
    default: unsupported(at_statement(), "ALTER DEFAULT PRIVILEGES for this object type"); return;
  }
  std::string kind = type == "TABLES" ? "table" : type == "SEQUENCES" ? "sequence" : type == "FUNCTIONS" ? "function"
                     : type == "SCHEMAS"                                             ? "schema"
                                                                                     : "type";
  std::vector<std::string> privs;
  if (action.privileges_size() == 0) {
    privs = all_privileges(kind);
  } else {
    for (const auto& p : action.privileges()) {
      std::string name = p.access_priv().priv_name();
      for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (name == "ALL") {
        for (const auto& a : all_privileges(kind)) privs.push_back(a);
      } else {
        privs.push_back(name);
      }
    }
  }
  for (const auto& schema : schemas) {
    for (const auto& role : roles) {
      for (const auto& g : action.grantees()) {
        std::string grantee = role_name(g.role_spec());
        if (grantee == "public") grantee = "PUBLIC";
        for (const auto& priv : privs) {
          DefaultPrivilege d{role, schema, type, {grantee, priv, action.is_grant() && action.grant_option(), at_statement()}};
          auto& list = catalog_.default_privileges;
          // PUBLIC's built-in EXECUTE on functions and USAGE on types can only be revoked globally.
          bool builtin = schema.empty() && grantee == "PUBLIC" &&
                         ((type == "FUNCTIONS" && priv == "EXECUTE") || (type == "TYPES" && priv == "USAGE"));
          if (builtin) {
            DefaultPrivilege r = d;
            r.privilege.grantable = false;
            r.revoked = true;
            auto existing = std::find(list.begin(), list.end(), r);
            if (!action.is_grant() && !action.grant_option() && existing == list.end()) list.push_back(r);
            if (action.is_grant() && existing != list.end()) list.erase(existing);
            continue;
          }
          auto it = std::find_if(list.begin(), list.end(), [&](const DefaultPrivilege& x) {
            return x.role == d.role && x.schema == d.schema && x.object_type == d.object_type &&
                   x.privilege.grantee == d.privilege.grantee && x.privilege.privilege == d.privilege.privilege;
          });
          if (action.is_grant()) {
            if (it == list.end()) {
              list.push_back(d);
            } else if (d.privilege.grantable) {
              it->privilege.grantable = true;
            }
          } else if (it != list.end()) {
            if (action.grant_option()) {
              it->privilege.grantable = false;
            } else {
              list.erase(it);
            }
          }
        }
      }
    }
  }
  std::sort(catalog_.default_privileges.begin(), catalog_.default_privileges.end());
  // PostgreSQL applies default privileges when an object is created: to everything the files
  // create after this statement (by the role running them: no FOR ROLE).
  if (std::find(roles.begin(), roles.end(), "") == roles.end()) return;
  auto after = [&](SourceLocation where) {
    return std::make_pair(where.file, where.offset) > std::make_pair(current_->file, current_->offset);
  };
  auto in_scope = [&](const std::string& schema) {
    return std::find(schemas.begin(), schemas.end(), "") != schemas.end() ||
           std::find(schemas.begin(), schemas.end(), schema) != schemas.end();
  };
  auto apply = [&](Privileges* target) {
    for (const auto& g : action.grantees()) {
      std::string grantee = role_name(g.role_spec());
      if (grantee == "public") grantee = "PUBLIC";
      for (const auto& priv : privs) {
        Privilege p{grantee, priv, action.is_grant() && action.grant_option(), at_statement()};
        if (action.is_grant()) {
          grant(target, p);
        } else {
          revoke(target, p, action.grant_option());
        }
      }
    }
  };
  if (type == "TABLES") {
    for (auto& t : catalog_.tables) {
      if (after(t.location) && in_scope(t.name.schema)) apply(&t.privileges);
    }
    for (auto& v : catalog_.views) {
      if (after(v.location) && in_scope(v.name.schema)) apply(&v.privileges);
    }
  } else if (type == "SEQUENCES") {
    for (auto& q : catalog_.sequences) {
      if (after(q.location) && in_scope(q.name.schema)) apply(&q.privileges);
    }
  } else if (type == "FUNCTIONS") {
    for (auto& f : catalog_.functions) {
      if (after(f.location) && in_scope(f.name.schema)) apply(&f.privileges);
    }
  } else if (type == "SCHEMAS") {
    for (auto& sc : catalog_.schemas) {
      if (after(sc.location)) apply(&sc.privileges);
    }
  }
}

}  // namespace schemac::frontend
