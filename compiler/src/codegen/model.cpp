// Catalog -> generator model: C++ names, C++ types and the accessors each table gets.
//
// Every error the generator can report comes from here: a column type without an exact C++
// mapping, SQL names that become the same C++ name (exactly or ignoring case), an invalid
// namespace, a type map entry that names no column.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "codegen/model.hpp"
#include "schemac/sql_render.hpp"

namespace schemac::codegen {

namespace {

// Exact C++ types of built-in types (and of citext, a text type shipped with PostgreSQL), by
// internal name. Anything missing here is an error unless the type map names it.
const std::map<std::string, std::string>& builtin_types() {
  static const std::map<std::string, std::string> types = {
      {"bool", "bool"},
      {"int2", "::std::int16_t"},
      {"int4", "::std::int32_t"},
      {"int8", "::std::int64_t"},
      {"oid", "::std::uint32_t"},
      // float4/float8 are IEEE values on both sides; PostgreSQL prints the shortest exact text.
      {"float4", "float"},
      {"float8", "double"},
      {"numeric", "::schemac::rt::numeric"},
      {"text", "::std::string"},
      {"varchar", "::std::string"},
      {"bpchar", "::std::string"},
      {"char", "::std::string"},
      {"name", "::std::string"},
      {"citext", "::std::string"},
      {"inet", "::std::string"},
      {"cidr", "::std::string"},
      {"macaddr", "::std::string"},
      {"macaddr8", "::std::string"},
      {"xml", "::std::string"},
      {"uuid", "::schemac::rt::uuid"},
      {"date", "::schemac::rt::date"},
      {"time", "::schemac::rt::time_of_day"},
      {"timetz", "::schemac::rt::timetz"},
      {"timestamp", "::schemac::rt::timestamp"},
      {"timestamptz", "::schemac::rt::timestamptz"},
      {"interval", "::schemac::rt::interval"},
      {"json", "::schemac::rt::json"},
      {"jsonb", "::schemac::rt::json"},
      {"bytea", "::schemac::rt::bytes"},
  };
  return types;
}

std::string qualified_text(const QualifiedName& name) { return name.schema + "." + name.name; }

// Chooses C++ types: type map entries first, then built-ins and catalog types.
class TypeMapper {
 public:
  TypeMapper(const TypeMap& map, std::map<QualifiedName, std::string> enum_types, const Catalog& catalog)
      : map_(map), enum_types_(std::move(enum_types)), catalog_(catalog), column_override_used_(map.overrides.size()) {}

  /// The C++ value type of a column of a table or view (before std::optional for NULL), or
  /// nullopt. `type` is null for a view column whose type schemac cannot tell.
  std::optional<std::string> column_type(const QualifiedName& relation, const std::string& column, const TypeRef* type) {
    for (std::size_t i = 0; i < map_.overrides.size(); ++i) {
      const auto& o = map_.overrides[i];
      if (o.for_column && o.table == relation && o.column == column) {
        column_override_used_[i] = true;
        return o.cpp_type;
      }
    }
    if (!type) return std::nullopt;
    return map_type(*type);
  }

  /// True for a domain declared NOT NULL (directly or through the domain it is based on).
  bool never_null(const TypeRef& type) const {
    const Domain* d = type.is_array ? nullptr : domain(type);
    for (int depth = 0; d && depth < 16; ++depth) {
      if (d->not_null) return true;
      d = d->base.is_array ? nullptr : domain(d->base);
    }
    return false;
  }

  /// Column entries of the type map that matched no column.
  std::vector<const TypeOverride*> unused_column_overrides() const {
    std::vector<const TypeOverride*> out;
    for (std::size_t i = 0; i < map_.overrides.size(); ++i) {
      if (map_.overrides[i].for_column && !column_override_used_[i]) out.push_back(&map_.overrides[i]);
    }
    return out;
  }

 private:
  const TypeMap& map_;
  std::map<QualifiedName, std::string> enum_types_;
  const Catalog& catalog_;
  std::vector<bool> column_override_used_;

  const Domain* domain(const TypeRef& type) const {
    if (type.schema.empty()) return nullptr;
    for (const auto& d : catalog_.domains) {
      if (d.name.schema == type.schema && d.name.name == type.name) return &d;
    }
    return nullptr;
  }

  const TypeOverride* type_override(const TypeRef& type) const {
    for (const auto& o : map_.overrides) {
      if (o.for_column || o.type.name != type.name || o.type.is_array != type.is_array) continue;
      // "public.citext" names an extension type the catalog resolved through search_path.
      if (o.type.schema == type.schema || (o.type.schema == "public" && type.schema.empty())) return &o;
    }
    return nullptr;
  }

  std::optional<std::string> map_type(const TypeRef& type) const {
    if (const TypeOverride* o = type_override(type)) return o->cpp_type;
    if (!type.is_array) return map_element(type);
    TypeRef element = type;
    element.is_array = false;
    auto inner = map_element(element);
    if (!inner) return std::nullopt;
    // Elements of a PostgreSQL array may be NULL whatever the column says; a type map entry
    // for the array type (e.g. real[] = ::std::vector<float>) opts out where they never are.
    return "::std::vector<::std::optional<" + *inner + ">>";
  }

  std::optional<std::string> map_element(const TypeRef& type) const {
    if (const TypeOverride* o = type_override(type)) return o->cpp_type;
    if (type.schema.empty()) {
      auto it = builtin_types().find(type.name);
      if (it != builtin_types().end()) return it->second;
      return std::nullopt;
    }
    auto e = enum_types_.find(QualifiedName{type.schema, type.name});
    if (e != enum_types_.end()) return e->second;
    // A domain is its base type (the type map was consulted first, so a domain can still get
    // a C++ type of its own). Composite types are not mapped yet: an error naming the column.
    if (const Domain* d = domain(type)) return map_type(d->base);
    return std::nullopt;
  }
};

// `not_null`: the column or its domain is NOT NULL.
InsertMode insert_mode(const Column& column, bool not_null) {
  if (column.generated || (column.identity && column.identity->always)) return InsertMode::absent;
  bool has_default = column.default_value.has_value() || column.identity.has_value();
  if (has_default && !not_null) return InsertMode::default_or_null;
  if (has_default || !not_null) return InsertMode::omit_if_empty;
  return InsertMode::required;
}

// Reports two SQL names that become the same C++ name in one scope, e.g. `columns "a b" and
// "a_b" of table public.t both become "a_b" in C++`.
void report_clash(Diagnostics& diagnostics, SourceLocation where, const std::string& kind, const std::string& owner,
                  const ScopeNames::Holder& earlier, const std::string& sql_name, const std::string& cpp_name) {
  std::string how = earlier.cpp_name == cpp_name
                        ? fmt::format("both become \"{}\" in C++", cpp_name)
                        : fmt::format("become \"{}\" and \"{}\" in C++, which differ only in case", earlier.cpp_name, cpp_name);
  diagnostics.error(where,
                    fmt::format("{} \"{}\" and \"{}\"{} {}; rename one of them", kind, earlier.sql_name, sql_name,
                                owner.empty() ? "" : " " + owner, how),
                    "name-clash");
}

SourceLocation schema_location(const Catalog& catalog, const std::string& schema) {
  for (const auto& s : catalog.schemas) {
    if (s.name == schema) return s.location;
  }
  return {};
}

}  // namespace

Model build_model(const Catalog& catalog, const CodegenOptions& options, Diagnostics& diagnostics) {
  Model model;
  model.cpp_namespace = options.cpp_namespace;
  model.includes = options.type_map.includes;
  std::string why;
  if (!valid_namespace(options.cpp_namespace, &why)) {
    diagnostics.error({}, fmt::format("invalid --namespace \"{}\": {}", options.cpp_namespace, why), "invalid-option");
  }

  // Schemas that have something to generate; partitions are reached through their parent.
  std::map<std::string, SchemaUnit> units;
  auto unit = [&](const std::string& schema) -> SchemaUnit& {
    SchemaUnit& u = units[schema];
    u.sql_name = schema;
    return u;
  };
  for (const auto& e : catalog.enums) unit(e.name.schema);
  for (const auto& t : catalog.tables) {
    if (!t.partition_of) unit(t.name.schema);
  }
  for (const auto& v : catalog.views) unit(v.name.schema);

  // Schema namespaces and header names.
  ScopeNames namespaces, stems;
  for (std::string_view file : {kRuntimeHeader, kTypesHeader, kManifestFile}) {
    std::string reserved(file);
    stems.add(reserved.substr(0, reserved.find('.')), "(schemac's own " + reserved + ")");
  }
  for (auto& [name, u] : units) {
    u.ns = cpp_identifier(name);
    u.stem = file_stem(name);
    if (auto earlier = namespaces.add(u.ns, name)) {
      report_clash(diagnostics, schema_location(catalog, name), "schemas", "", *earlier, name, u.ns);
    } else if (auto clash = stems.add(u.stem, name)) {
      report_clash(diagnostics, schema_location(catalog, name), "schemas", "as header file names", *clash, name, u.stem);
    }
  }

  // Enums: names in their schema's namespace, labels as enumerators.
  std::map<std::string, ScopeNames> schema_scopes;
  std::map<QualifiedName, std::string> enum_types;
  for (const auto& e : catalog.enums) {
    SchemaUnit& u = units[e.name.schema];
    Enum out;
    out.name = e.name;
    out.cpp_name = cpp_identifier(e.name.name);
    out.labels = e.labels;
    out.comment = e.comment;
    out.file = e.location.file;
    if (auto earlier = schema_scopes[e.name.schema].add(out.cpp_name, e.name.name)) {
      report_clash(diagnostics, e.location, "types and relations", "of schema " + e.name.schema, *earlier, e.name.name,
                   out.cpp_name);
    }
    ScopeNames labels;
    for (const auto& label : e.labels) {
      out.enumerators.push_back(cpp_identifier(label));
      if (auto earlier = labels.add(out.enumerators.back(), label)) {
        report_clash(diagnostics, e.location, "labels", "of enum " + qualified_text(e.name), *earlier, label,
                     out.enumerators.back());
      }
    }
    enum_types[e.name] = "::" + options.cpp_namespace + "::" + u.ns + "::" + out.cpp_name;
    u.enums.push_back(std::move(out));
  }

  TypeMapper mapper(options.type_map, enum_types, catalog);
  auto start_relation = [&](const QualifiedName& name, const std::optional<std::string>& comment,
                            const SourceLocation& location) {
    Relation r;
    r.name = name;
    r.ns = cpp_identifier(name.name);
    r.comment = comment;
    r.file = location.file;
    if (auto earlier = schema_scopes[name.schema].add(r.ns, name.name)) {
      report_clash(diagnostics, location, "types and relations", "of schema " + name.schema, *earlier, name.name, r.ns);
    }
    return r;
  };
  // Adds a field named and typed for `column`; reports clashes and unmapped types.
  auto add_field = [&](Relation& r, ScopeNames& members, Field f, const SourceLocation& location, const TypeRef* type) {
    f.member = cpp_identifier(f.sql_name, reserved_member_names());
    if (auto earlier = members.add(f.member, f.sql_name)) {
      report_clash(diagnostics, location, "columns", (r.read_only ? "of view " : "of table ") + qualified_text(r.name),
                   *earlier, f.sql_name, f.member);
    }
    if (auto cpp = mapper.column_type(r.name, f.sql_name, type)) {
      f.cpp_type = *cpp;
    } else if (type) {
      diagnostics.error(location,
                        fmt::format("column {}.{} has type {}, which schemac cannot map to C++; map it with --type-map",
                                    qualified_text(r.name), f.sql_name, render_type(*type)),
                        "unmapped-type");
    } else {
      diagnostics.error(location,
                        fmt::format("schemac cannot tell the type of column {}.{} of the view; name it in --type-map "
                                    "(column {}.{} = C++ type) or cast it in the view",
                                    qualified_text(r.name), f.sql_name, qualified_text(r.name), f.sql_name),
                        "unmapped-type");
    }
    r.fields.push_back(std::move(f));
  };

  for (const auto& t : catalog.tables) {
    if (t.partition_of) continue;
    SchemaUnit& u = units[t.name.schema];
    Relation r = start_relation(t.name, t.comment, t.location);
    ScopeNames members;
    for (const auto& c : t.columns) {
      Field f;
      f.sql_name = c.name;
      bool not_null = c.not_null || mapper.never_null(c.type);
      f.nullable = !not_null;
      f.insert = insert_mode(c, not_null);
      f.updatable = f.insert != InsertMode::absent;
      f.comment = c.comment;
      add_field(r, members, std::move(f), c.location, &c.type);
    }
    auto field_index = [&](const std::string& column) -> std::optional<std::size_t> {
      for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].name == column) return i;
      }
      return std::nullopt;
    };
    if (const Constraint* pk = t.primary_key()) {
      for (const auto& column : pk->columns) {
        if (auto i = field_index(column)) r.primary_key.push_back(*i);
      }
    }
    // One select_by_ per distinct column list of the table's foreign keys.
    ScopeNames functions;
    for (const auto& con : t.constraints) {
      if (con.kind != ConstraintKind::foreign_key) continue;
      std::vector<std::size_t> fields;
      for (const auto& column : con.columns) {
        if (auto i = field_index(column)) fields.push_back(*i);
      }
      if (fields.size() != con.columns.size()) continue;
      auto same = std::find_if(r.lookups.begin(), r.lookups.end(), [&](const Lookup& l) { return l.fields == fields; });
      std::string reference = fmt::format("{} (foreign key {})", qualified_text(con.references), con.name);
      if (same != r.lookups.end()) {
        same->description += ", " + reference;
        continue;
      }
      Lookup lookup;
      lookup.fields = fields;
      lookup.function = "select_by";
      for (std::size_t k = 0; k < fields.size(); ++k) lookup.function += (k ? "_and_" : "_") + r.fields[fields[k]].member;
      lookup.description = reference;
      std::string columns_text;
      for (const auto& column : con.columns) columns_text += (columns_text.empty() ? "" : ", ") + column;
      if (auto earlier = functions.add(lookup.function, "(" + columns_text + ")")) {
        report_clash(diagnostics, con.location, "foreign key columns", "of table " + qualified_text(t.name), *earlier,
                     "(" + columns_text + ")", lookup.function);
      }
      r.lookups.push_back(std::move(lookup));
    }
    u.relations.push_back(std::move(r));
  }
  // Views and materialized views: read-only relations (row struct, from_row, select_all).
  // Every field is nullable: PostgreSQL does not carry NOT NULL through a query.
  for (const auto& v : catalog.views) {
    SchemaUnit& u = units[v.name.schema];
    Relation r = start_relation(v.name, v.comment, v.location);
    r.read_only = true;
    ScopeNames members;
    for (const auto& c : v.columns) {
      Field f;
      f.sql_name = c.name;
      f.insert = InsertMode::absent;
      f.updatable = false;
      f.comment = c.comment;
      add_field(r, members, std::move(f), v.location, c.type ? &*c.type : nullptr);
    }
    u.relations.push_back(std::move(r));
  }
  for (const TypeOverride* o : mapper.unused_column_overrides()) {
    diagnostics.warning(o->location, fmt::format("type map entry for column {}.{} matches no column", qualified_text(o->table), o->column),
                        "unused-type-map");
  }

  for (auto& [name, u] : units) {
    std::sort(u.relations.begin(), u.relations.end(), [](const Relation& a, const Relation& b) { return a.name < b.name; });
    std::sort(u.enums.begin(), u.enums.end(), [](const Enum& a, const Enum& b) { return a.name < b.name; });
    model.schemas.push_back(std::move(u));
  }
  return model;
}

}  // namespace schemac::codegen
