#include "frontend/builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "schemac/file_io.hpp"
#include "phase_timer.hpp"
#include "schemac/sql_text.hpp"

namespace schemac {

std::vector<std::filesystem::path> schema_files(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (fs::recursive_directory_iterator it(path, ec), end; it != end; it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file() && it->path().extension() == ".sql") files.push_back(it->path());
    }
    if (ec) throw Error(fmt::format("cannot read schema directory {}: {}", path.string(), ec.message()));
    std::sort(files.begin(), files.end());
  } else if (fs::exists(path, ec)) {
    files.push_back(path);
  } else {
    throw Error(fmt::format("schema path {} does not exist", path.string()));
  }
  return files;
}

Catalog load_schema(const std::filesystem::path& path, SourceSet& sources, Diagnostics& diagnostics,
                    const FrontendOptions& options) {
  PhaseTimer timer("load schema files (read, parse, bind)");
  std::vector<FileId> ids;
  for (const auto& file : schema_files(path)) {
    auto text = read_file(file);
    if (!text) throw Error(fmt::format("cannot read {}", file.string()));
    ids.push_back(sources.add(file.string(), std::move(*text)));
  }
  return build_catalog(ids, sources, diagnostics, options);
}

Catalog build_catalog(const std::vector<FileId>& files, const SourceSet& sources,
                      Diagnostics& diagnostics, const FrontendOptions& options) {
  frontend::CatalogBuilder builder(sources, diagnostics, options);
  {
    PhaseTimer timer("parse");
    builder.add_files(files);
  }
  PhaseTimer timer("bind");
  return builder.finish();
}

}  // namespace schemac

namespace schemac::frontend {

using pg_query::Node;

// ---- small helpers -------------------------------------------------------------------------

std::string string_value(const Node& node) {
  if (node.has_string()) return node.string().sval();
  if (node.has_a_const() && node.a_const().has_sval()) return node.a_const().sval().sval();
  return {};
}

std::vector<std::string> string_list(const google::protobuf::RepeatedPtrField<Node>& list) {
  std::vector<std::string> out;
  for (const auto& n : list) out.push_back(string_value(n));
  return out;
}

std::string reloption_text(const pg_query::DefElem& def) {
  std::string name = def.defnamespace().empty() ? def.defname() : def.defnamespace() + "." + def.defname();
  if (!def.has_arg()) return name + "=true";
  const Node& arg = def.arg();
  std::string value;
  if (arg.has_string()) {
    value = arg.string().sval();
  } else if (arg.has_integer()) {
    value = std::to_string(arg.integer().ival());
  } else if (arg.has_float_()) {
    value = arg.float_().fval();
  } else if (arg.has_boolean()) {
    value = arg.boolean().boolval() ? "true" : "false";
  } else if (arg.has_type_name()) {
    value = string_list(arg.type_name().names()).back();
  } else if (arg.has_a_const()) {
    const auto& c = arg.a_const();
    if (c.has_ival()) value = std::to_string(c.ival().ival());
    if (c.has_fval()) value = c.fval().fval();
    if (c.has_sval()) value = c.sval().sval();
    if (c.has_boolval()) value = c.boolval().boolval() ? "true" : "false";
  }
  // Boolean options mean the same however they are spelled (on, 1, TRUE, ...).
  std::string lowered = value;
  for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::set<std::string> truthy = {"true", "on", "yes", "1"}, falsy = {"false", "off", "no", "0"};
  static const std::set<std::string> boolean_options = {
      "security_barrier", "security_invoker", "autovacuum_enabled", "toast.autovacuum_enabled", "user_catalog_table",
      "vacuum_truncate", "toast.vacuum_truncate", "deduplicate_items", "fastupdate", "buffering", "autosummarize"};
  if (boolean_options.count(name)) {
    if (truthy.count(lowered)) value = "true";
    if (falsy.count(lowered)) value = "false";
  }
  return name + "=" + value;
}

std::optional<std::int64_t> integer_argument(const pg_query::DefElem& def) {
  if (!def.has_arg()) return std::nullopt;
  const Node& arg = def.arg();
  if (arg.has_integer()) return arg.integer().ival();
  std::string text;
  if (arg.has_float_()) text = arg.float_().fval();
  if (arg.has_a_const() && arg.a_const().has_ival()) return arg.a_const().ival().ival();
  if (arg.has_a_const() && arg.a_const().has_fval()) text = arg.a_const().fval().fval();
  if (text.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    long long v = std::stoll(text, &used);
    if (used != text.size()) return std::nullopt;
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

std::string statement_name(const Node& stmt) {
  switch (stmt.node_case()) {
    case Node::kViewStmt: return "CREATE VIEW";
    case Node::kCreateTableAsStmt:
      return stmt.create_table_as_stmt().objtype() == pg_query::OBJECT_MATVIEW ? "CREATE MATERIALIZED VIEW"
                                                                                : "CREATE TABLE AS";
    case Node::kCreateFunctionStmt:
      return stmt.create_function_stmt().is_procedure() ? "CREATE PROCEDURE" : "CREATE FUNCTION";
    case Node::kCreateTrigStmt: return "CREATE TRIGGER";
    case Node::kCreatePolicyStmt: return "CREATE POLICY";
    case Node::kCreateDomainStmt: return "CREATE DOMAIN";
    case Node::kCompositeTypeStmt: return "CREATE TYPE ... AS (composite)";
    case Node::kCreateRangeStmt: return "CREATE TYPE ... AS RANGE";
    case Node::kGrantStmt: return stmt.grant_stmt().is_grant() ? "GRANT" : "REVOKE";
    case Node::kGrantRoleStmt: return "GRANT role";
    case Node::kAlterDefaultPrivilegesStmt: return "ALTER DEFAULT PRIVILEGES";
    case Node::kDefineStmt: {
      switch (stmt.define_stmt().kind()) {
        case pg_query::OBJECT_AGGREGATE: return "CREATE AGGREGATE";
        case pg_query::OBJECT_OPERATOR: return "CREATE OPERATOR";
        case pg_query::OBJECT_COLLATION: return "CREATE COLLATION";
        case pg_query::OBJECT_TSCONFIGURATION: return "CREATE TEXT SEARCH CONFIGURATION";
        default: return "CREATE TYPE (base type)";
      }
    }
    case Node::kCreatePublicationStmt: return "CREATE PUBLICATION";
    case Node::kCreateSubscriptionStmt: return "CREATE SUBSCRIPTION";
    case Node::kCreateForeignTableStmt: return "CREATE FOREIGN TABLE";
    case Node::kCreateEventTrigStmt: return "CREATE EVENT TRIGGER";
    case Node::kRuleStmt: return "CREATE RULE";
    case Node::kCreateStatsStmt: return "CREATE STATISTICS";
    case Node::kCreateRoleStmt: return "CREATE ROLE";
    case Node::kCreateCastStmt: return "CREATE CAST";
    case Node::kInsertStmt: return "INSERT";
    case Node::kUpdateStmt: return "UPDATE";
    case Node::kDeleteStmt: return "DELETE";
    case Node::kSelectStmt: return "SELECT";
    case Node::kDoStmt: return "DO";
    case Node::kDropStmt: return "DROP";
    case Node::kTruncateStmt: return "TRUNCATE";
    case Node::kRenameStmt: return "ALTER ... RENAME";
    case Node::kAlterOwnerStmt: return "ALTER ... OWNER";
    case Node::kAlterEnumStmt: return "ALTER TYPE ... ADD VALUE";
    case Node::kAlterObjectSchemaStmt: return "ALTER ... SET SCHEMA";
    case Node::kAlterFunctionStmt: return "ALTER FUNCTION";
    case Node::kAlterDomainStmt: return "ALTER DOMAIN";
    case Node::kCopyStmt: return "COPY";
    case Node::kVacuumStmt: return "VACUUM";
    case Node::kCreatedbStmt: return "CREATE DATABASE";
    case Node::kCreateTableSpaceStmt: return "CREATE TABLESPACE";
    case Node::kCreateSchemaStmt: return "CREATE SCHEMA";
    case Node::kCreateStmt: return "CREATE TABLE";
    case Node::kIndexStmt: return "CREATE INDEX";
    case Node::kAlterTableStmt: return "ALTER TABLE";
    default: {
      const auto* desc = stmt.GetDescriptor();
      const auto* field = stmt.GetReflection()->GetOneofFieldDescriptor(stmt, desc->oneof_decl(0));
      return field ? field->message_type()->name() : std::string("statement");
    }
  }
}

// ---- builder -------------------------------------------------------------------------------

CatalogBuilder::CatalogBuilder(const SourceSet& sources, Diagnostics& diagnostics, FrontendOptions options)
    : sources_(sources), diags_(diagnostics), options_(options) {
  schemas_.insert("public");
  lookup_ = name_lookup();
}

void CatalogBuilder::add_files(const std::vector<FileId>& all_files) {
  std::vector<FileId> files;
  for (FileId file : all_files) {
    if (auto fault = find_text_fault(sources_.file(file).text)) {
      diags_.error({file, static_cast<std::uint32_t>(fault->offset)}, fault->message, "invalid-text");
    } else {
      files.push_back(file);
    }
  }
  std::vector<std::string_view> texts;
  for (FileId file : files) texts.emplace_back(sources_.file(file).text);
  std::vector<pg::ParseOutcome> outcomes = pg::parse_concurrently(texts);
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (outcomes[i].error) {
      report_syntax_errors(files[i], *outcomes[i].error);
      continue;
    }
    record_statements(files[i], *outcomes[i].result);
    trees_.push_back(std::move(outcomes[i].result));
  }
}

void CatalogBuilder::report_syntax_errors(FileId file, const pg::ParseError& first) {
  const std::string& text = sources_.file(file).text;
  // Find every statement that fails, not just the first one.
  bool reported = false;
  for (const auto& span : pg::split_statements(text)) {
    auto part = pg::parse(std::string_view(text).substr(span.offset, span.length));
    if (part.error) {
      diags_.error({file, static_cast<std::uint32_t>(span.offset + part.error->offset)}, part.error->message,
                   "syntax-error");
      reported = true;
    }
  }
  if (!reported) {
    diags_.error({file, static_cast<std::uint32_t>(first.offset)}, first.message, "syntax-error");
  }
}

void CatalogBuilder::record_statements(FileId file, const pg_query::ParseResult& tree) {
  auto path = std::make_shared<const SearchPath>(SearchPath{"public"});
  for (const auto& raw : tree.stmts()) {
    Statement s{&raw.stmt(), file, static_cast<std::uint32_t>(raw.stmt_location()),
                static_cast<std::uint32_t>(raw.stmt_location()), 0, path};
    // Skip the whitespace and comments before the statement so carets point at it.
    const std::string& text = sources_.file(file).text;
    std::uint32_t end = raw.stmt_len() > 0 ? s.offset + raw.stmt_len() : static_cast<std::uint32_t>(text.size());
    s.end = end;
    while (s.offset < end) {
      char c = text[s.offset];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++s.offset;
      } else if (c == '-' && s.offset + 1 < end && text[s.offset + 1] == '-') {
        while (s.offset < end && text[s.offset] != '\n') ++s.offset;
      } else {
        break;
      }
    }
    if (raw.stmt().has_variable_set_stmt() && raw.stmt().variable_set_stmt().name() == "search_path") {
      const auto& set = raw.stmt().variable_set_stmt();
      SearchPath next;
      if (set.kind() == pg_query::VAR_SET_VALUE) {
        for (const auto& arg : set.args()) {
          std::string schema = string_value(arg);
          if (schema.empty() && arg.has_column_ref()) schema = string_value(arg.column_ref().fields(0));
          if (schema != "$user" && schema != "pg_catalog" && !schema.empty()) next.push_back(schema);
        }
      } else {
        next = {"public"};
      }
      path = std::make_shared<const SearchPath>(std::move(next));
      s.search_path = path;
    }
    statements_.push_back(std::move(s));
  }
}

Catalog CatalogBuilder::finish() {
  if (diags_.has_errors()) return {};
  for (const auto& s : statements_) {
    current_ = &s;
    declare_schema(s);
  }
  for (const auto& s : statements_) {
    current_ = &s;
    declare(s);
  }
  for (const auto& s : statements_) {
    current_ = &s;
    define_types(s);
  }
  for (const auto& s : statements_) {
    current_ = &s;
    define_function_bodies(s);
  }
  for (const auto& s : statements_) {
    current_ = &s;
    define(s);
  }
  for (const auto& s : statements_) {
    current_ = &s;
    attach(s);
  }
  current_ = nullptr;
  resolve_references();
  check_relation_names();
  // Constraints in name order, as PostgreSQL lists them: whether one was written inline, at
  // table level or by a later ALTER TABLE means nothing, and the printed catalog must read
  // back in the order it was printed.
  auto by_name = [](const Constraint& a, const Constraint& b) { return a.name < b.name; };
  for (auto& t : catalog_.tables) std::sort(t.constraints.begin(), t.constraints.end(), by_name);
  for (auto& d : catalog_.domains) std::sort(d.checks.begin(), d.checks.end(), by_name);
  return std::move(catalog_);
}

// ---- pass 1: declarations ------------------------------------------------------------------

void CatalogBuilder::declare_schema(const Statement& s) {
  if (!s.node->has_create_schema_stmt()) return;
  const auto& stmt = s.node->create_schema_stmt();
  if (stmt.has_authrole() || stmt.schema_elts_size() > 0) {
    error(at_statement(),
          stmt.has_authrole() ? "CREATE SCHEMA ... AUTHORIZATION is not supported: schemac does not manage ownership"
                              : "CREATE SCHEMA with embedded statements is not supported; write them as separate statements",
          "unsupported-statement");
    return;
  }
  if (stmt.schemaname() == "public") return;  // always present
  if (!schemas_.insert(stmt.schemaname()).second) {
    error(at_statement(), fmt::format("schema \"{}\" already exists", stmt.schemaname()), "duplicate-object");
    return;
  }
  Schema schema;
  schema.name = stmt.schemaname();
  schema.location = at_statement();
  catalog_.schemas.push_back(std::move(schema));
}

void CatalogBuilder::declare(const Statement& s) {
  const Node& n = *s.node;
  switch (n.node_case()) {
    case Node::kCreateExtensionStmt: declare_extension(n.create_extension_stmt()); break;
    case Node::kCreateEnumStmt: declare_enum(n.create_enum_stmt()); break;
    case Node::kCreateSeqStmt: declare_sequence(n.create_seq_stmt()); break;
    case Node::kCreateStmt: declare_table(n.create_stmt()); break;
    case Node::kCreateDomainStmt: declare_domain(n.create_domain_stmt()); break;
    case Node::kCompositeTypeStmt: declare_composite(n.composite_type_stmt()); break;
    case Node::kViewStmt: declare_view(n); break;
    case Node::kCreateTableAsStmt:
      if (n.create_table_as_stmt().objtype() == pg_query::OBJECT_MATVIEW) declare_view(n);
      break;
    default: break;
  }
}

void CatalogBuilder::define_types(const Statement& s) {
  const Node& n = *s.node;
  if (n.has_create_function_stmt()) declare_function(n.create_function_stmt());
}

void CatalogBuilder::define_function_bodies(const Statement& s) {
  const Node& n = *s.node;
  if (n.has_create_domain_stmt()) define_domain(n.create_domain_stmt());
  if (n.has_composite_type_stmt()) define_composite(n.composite_type_stmt());
  if (n.has_create_function_stmt()) {
    auto it = declared_functions_.find(&n);
    if (it != declared_functions_.end()) define_function_defaults(it->second, n.create_function_stmt());
  }
}

void CatalogBuilder::define(const Statement& s) {
  const Node& n = *s.node;
  if (n.has_create_seq_stmt()) define_sequence(n.create_seq_stmt());
  if (n.has_create_stmt()) define_table(n.create_stmt());
}

void CatalogBuilder::attach(const Statement& s) {
  const Node& n = *s.node;
  switch (n.node_case()) {
    case Node::kCreateSchemaStmt:
    case Node::kCreateExtensionStmt:
    case Node::kCreateEnumStmt:
    case Node::kCreateSeqStmt:
    case Node::kCreateStmt:
    case Node::kCreateDomainStmt:
    case Node::kCompositeTypeStmt:
      break;  // handled by earlier passes
    case Node::kCreateFunctionStmt: {
      // Bodies are read once tables and earlier views have their columns.
      auto it = declared_functions_.find(&n);
      if (it != declared_functions_.end()) define_function_body(it->second, n.create_function_stmt());
      break;
    }
    case Node::kViewStmt: attach_view(n.view_stmt()); break;
    case Node::kCreateTableAsStmt:
      if (n.create_table_as_stmt().objtype() == pg_query::OBJECT_MATVIEW) {
        attach_materialized_view(n.create_table_as_stmt());
      } else {
        unsupported(at_statement(), statement_name(n));
      }
      break;
    case Node::kCreateTrigStmt: attach_trigger(n.create_trig_stmt()); break;
    case Node::kCreatePolicyStmt: attach_policy(n.create_policy_stmt()); break;
    case Node::kGrantStmt: attach_grant(n.grant_stmt()); break;
    case Node::kAlterDefaultPrivilegesStmt: attach_default_privileges(n.alter_default_privileges_stmt()); break;
    case Node::kAlterDomainStmt: attach_alter_domain(n.alter_domain_stmt()); break;
    case Node::kIndexStmt: attach_index(n.index_stmt()); break;
    case Node::kAlterTableStmt: attach_alter_table(n.alter_table_stmt()); break;
    case Node::kAlterSeqStmt: attach_alter_sequence(n.alter_seq_stmt()); break;
    case Node::kCommentStmt: attach_comment(n.comment_stmt()); break;
    case Node::kVariableSetStmt: attach_set(n.variable_set_stmt()); break;
    case Node::kTransactionStmt: break;  // BEGIN/COMMIT declare nothing
    case Node::kAlterOwnerStmt:
      error(at_statement(), "ALTER ... OWNER is not supported: schemac does not manage ownership",
            "unsupported-statement");
      break;
    default: unsupported(at_statement(), statement_name(n)); break;
  }
}

void CatalogBuilder::attach_set(const pg_query::VariableSetStmt& stmt) {
  // Session settings that cannot change what a schema file declares.
  static const std::set<std::string> harmless = {
      "search_path", "statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout",
      "client_encoding", "standard_conforming_strings", "check_function_bodies", "xmloption",
      "client_min_messages", "row_security", "default_table_access_method", "default_tablespace"};
  if (!harmless.count(stmt.name())) {
    error(at_statement(),
          fmt::format("SET {} is not supported in schema files (it would change how the file is read)", stmt.name()),
          "unsupported-statement");
  }
}

// ---- names and lookups ---------------------------------------------------------------------

SourceLocation CatalogBuilder::at(int location) const {
  if (!current_) return {};
  if (location < 0) return at_statement();
  return {current_->file, static_cast<std::uint32_t>(location)};
}

SourceLocation CatalogBuilder::at_statement() const {
  if (!current_) return {};
  return {current_->file, current_->offset};
}

void CatalogBuilder::error(SourceLocation where, std::string message, std::string id) {
  diags_.error(where, std::move(message), std::move(id));
}

void CatalogBuilder::unsupported(SourceLocation where, const std::string& what) {
  std::string message = fmt::format("{} is not supported by schemac", what);
  if (options_.ignore_unmodeled) {
    diags_.warning(where, message + "; ignored (--ignore-unmodeled)", "unsupported-statement");
  } else {
    diags_.error(where, message, "unsupported-statement");
  }
}

std::string CatalogBuilder::creation_schema(const std::string& given, int location) {
  if (!given.empty()) {
    if (!schemas_.count(given)) {
      error(at(location), fmt::format("schema \"{}\" does not exist", given), "unknown-schema");
    }
    return given;
  }
  for (const auto& schema : search_path()) {
    if (schemas_.count(schema)) return schema;
  }
  error(at(location), "no schema has been selected to create in", "unknown-schema");
  return "public";
}

QualifiedName CatalogBuilder::creation_name(const pg_query::RangeVar& rv) {
  return {creation_schema(rv.schemaname(), rv.location()), rv.relname()};
}

QualifiedName CatalogBuilder::creation_name(const google::protobuf::RepeatedPtrField<Node>& names, int location) {
  auto parts = string_list(names);
  if (parts.size() >= 2) return {creation_schema(parts[parts.size() - 2], location), parts.back()};
  return {creation_schema("", location), parts.empty() ? std::string() : parts.back()};
}

std::optional<std::size_t> CatalogBuilder::find_table_by_parts(const std::vector<std::string>& parts,
                                                               const SearchPath& path) const {
  if (parts.empty()) return std::nullopt;
  if (parts.size() >= 2) {
    auto it = table_index_.find({parts[parts.size() - 2], parts.back()});
    if (it == table_index_.end()) return std::nullopt;
    return it->second;
  }
  for (const auto& schema : path) {
    auto it = table_index_.find({schema, parts[0]});
    if (it != table_index_.end()) return it->second;
  }
  return std::nullopt;
}

std::optional<std::size_t> CatalogBuilder::find_table(const pg_query::RangeVar& rv, bool report) {
  std::vector<std::string> parts;
  if (!rv.schemaname().empty()) parts.push_back(rv.schemaname());
  parts.push_back(rv.relname());
  auto found = find_table_by_parts(parts, search_path());
  if (!found && report) {
    std::string name = rv.schemaname().empty() ? rv.relname() : rv.schemaname() + "." + rv.relname();
    error(at(rv.location()), fmt::format("relation \"{}\" does not exist", name), "unknown-table");
  }
  return found;
}

std::optional<QualifiedName> CatalogBuilder::find_sequence_name(const std::vector<std::string>& parts,
                                                                const SearchPath& path) const {
  if (parts.empty()) return std::nullopt;
  if (parts.size() >= 2) {
    QualifiedName name{parts[parts.size() - 2], parts.back()};
    if (sequence_index_.count(name)) return name;
    return std::nullopt;
  }
  for (const auto& schema : path) {
    QualifiedName name{schema, parts[0]};
    if (sequence_index_.count(name)) return name;
  }
  return std::nullopt;
}

canonical::NameLookup CatalogBuilder::name_lookup() const {
  canonical::NameLookup names;
  names.is_type = [this](const QualifiedName& n) { return is_catalog_type(n); };
  names.find_sequence = [this](const std::vector<std::string>& parts, const SearchPath& path) {
    return find_sequence_name(parts, path);
  };
  names.find_relation = [this](const std::vector<std::string>& parts, const SearchPath& path) {
    return relation_columns(parts, path);
  };
  names.find_functions = [this](const std::vector<std::string>& parts, const SearchPath& path) {
    return functions_named(parts, path);
  };
  names.field_type = [this](const TypeRef& t, const std::string& field) -> std::optional<TypeRef> {
    if (auto c = composite_index_.find({t.schema, t.name}); c != composite_index_.end()) {
      for (const auto& a : catalog_.composites[c->second].attributes) {
        if (a.name == field) return a.type;
      }
      return std::nullopt;
    }
    if (auto rel = relation_columns({t.schema, t.name}, {})) {
      for (const auto& [name, type] : rel->columns) {
        if (name == field) return type;
      }
    }
    return std::nullopt;
  };
  names.base_type = [this](const TypeRef& t) -> std::optional<TypeRef> {
    auto it = domain_index_.find({t.schema, t.name});
    if (it == domain_index_.end()) return std::nullopt;
    return catalog_.domains[it->second].base;
  };
  return names;
}

canonical::ExpressionContext CatalogBuilder::expression_context(const std::map<std::string, TypeRef>* columns,
                                                                const QualifiedName* table) const {
  canonical::ExpressionContext ctx;
  ctx.search_path = current_ ? current_->search_path.get() : nullptr;
  ctx.names = &lookup_;
  ctx.columns = columns;
  ctx.table = table;
  ctx.file = current_ ? current_->file : kNoFile;
  ctx.diagnostics = &diags_;
  return ctx;
}

std::optional<TypeRef> CatalogBuilder::resolve_column_type(const pg_query::TypeName& type_name) {
  auto r = canonical::resolve_type(type_name, search_path(), [this](const QualifiedName& n) { return is_catalog_type(n); });
  if (!r.type) {
    error(at(type_name.location()), r.error, "invalid-type");
    return std::nullopt;
  }
  if (type_name.names_size() == 2 && !r.type->schema.empty() && !is_catalog_type({r.type->schema, r.type->name}) &&
      r.type->schema != "public") {
    // schema.type naming a schema of ours but no type in it
    if (schemas_.count(r.type->schema)) {
      error(at(type_name.location()), fmt::format("type \"{}.{}\" does not exist", r.type->schema, r.type->name),
            "unknown-type");
      return std::nullopt;
    }
  }
  return r.type;
}

std::optional<canonical::RelationColumns> CatalogBuilder::relation_columns(const std::vector<std::string>& parts,
                                                                          const SearchPath& path) const {
  if (parts.empty()) return std::nullopt;
  std::vector<std::string> schemas;
  if (parts.size() >= 2) {
    schemas.push_back(parts[parts.size() - 2]);
  } else {
    schemas = path;
  }
  for (const auto& schema : schemas) {
    QualifiedName name{schema, parts.back()};
    if (auto t = table_index_.find(name); t != table_index_.end()) {
      canonical::RelationColumns out{name, ObjectKind::table, {}};
      const Table* table = &catalog_.tables[t->second];
      for (int depth = 0; table->partition_of && table->columns.empty() && depth < 32; ++depth) {
        auto parent = table_index_.find(*table->partition_of);
        if (parent == table_index_.end()) break;
        table = &catalog_.tables[parent->second];
      }
      for (const auto& c : table->columns) out.columns.emplace_back(c.name, c.type);
      return out;
    }
    if (auto v = view_index_.find(name); v != view_index_.end()) {
      const View& view = catalog_.views[v->second];
      canonical::RelationColumns out{name, view.materialized ? ObjectKind::materialized_view : ObjectKind::view, {}};
      for (const auto& c : view.columns) out.columns.emplace_back(c.name, c.type);
      return out;
    }
  }
  return std::nullopt;
}

std::vector<canonical::FunctionInfo> CatalogBuilder::functions_named(const std::vector<std::string>& parts,
                                                                     const SearchPath& path) const {
  std::vector<canonical::FunctionInfo> out;
  if (parts.empty() || parts.size() > 2) return out;
  std::vector<std::string> schemas;
  if (parts.size() == 2) {
    schemas.push_back(parts[0]);
  } else {
    schemas = path;
  }
  for (const auto& schema : schemas) {
    auto it = function_index_.find({schema, parts.back()});
    if (it == function_index_.end()) continue;
    for (std::size_t index : it->second) {
      const Function& f = catalog_.functions[index];
      canonical::FunctionInfo info;
      info.name = f.name;
      info.key = f.signature();
      bool seen_default = false;
      for (const auto& a : f.arguments) {
        if (a.mode == 'o' || a.mode == 't') continue;
        ++info.max_args;
        if (a.default_value) seen_default = true;
        if (!seen_default && a.mode != 'v') ++info.min_args;
        if (a.mode == 'v') info.variadic = true;
      }
      info.return_type = f.return_type;
      info.returns_set = f.returns_set;
      out.push_back(std::move(info));
    }
    if (!out.empty()) break;  // the first schema on the path that has the name wins
  }
  return out;
}

bool CatalogBuilder::relation_name_taken(const std::string& schema, const std::string& name) const {
  auto it = relation_names_.find(schema);
  return it != relation_names_.end() && it->second.count(name);
}

bool CatalogBuilder::constraint_name_taken(const std::string& schema, const std::string& name) const {
  auto it = constraint_names_.find(schema);
  return it != constraint_names_.end() && it->second.count(name);
}

void CatalogBuilder::take_relation_name(const std::string& schema, const std::string& name) {
  relation_names_[schema].insert(name);
}

void CatalogBuilder::take_constraint_name(const std::string& schema, const std::string& name) {
  constraint_names_[schema].insert(name);
}

void CatalogBuilder::check_relation_names() {
  // Tables, sequences, indexes and constraint indexes share one namespace per schema.
  std::map<QualifiedName, SourceLocation> seen;
  auto claim = [&](const QualifiedName& name, SourceLocation where) {
    auto [it, inserted] = seen.emplace(name, where);
    if (!inserted) {
      error(where, fmt::format("relation \"{}\" already exists", quote_qualified(name)), "duplicate-object");
    }
  };
  for (const auto& t : catalog_.tables) {
    claim(t.name, t.location);
    for (const auto& c : t.constraints) {
      if (c.kind == ConstraintKind::primary_key || c.kind == ConstraintKind::unique || c.kind == ConstraintKind::exclude) {
        claim({t.name.schema, c.name}, c.location);
      }
    }
  }
  for (const auto& s : catalog_.sequences) claim(s.name, s.location);
  for (const auto& t : catalog_.tables) {
    for (const auto& c : t.columns) {
      if (c.identity) claim({t.name.schema, c.identity->sequence_name}, c.location);
    }
  }
  for (const auto& i : catalog_.indexes) claim(i.name, i.location);
  for (const auto& [name, adopted] : adopted_indexes_) claim(name, adopted.location);
  for (const auto& v : catalog_.views) claim(v.name, v.location);
}

}  // namespace schemac::frontend
