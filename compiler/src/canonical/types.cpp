#include "canonical/types.hpp"

#include <algorithm>
#include <set>

namespace schemac::canonical {

namespace {

std::string str_of(const pg_query::Node& node) {
  return node.has_string() ? node.string().sval() : std::string();
}

bool int_const(const pg_query::Node& node, std::int32_t* out) {
  if (!node.has_a_const()) return false;
  const auto& c = node.a_const();
  if (c.has_ival()) {
    *out = c.ival().ival();
    return true;
  }
  return false;
}

}  // namespace

std::string serial_integer_type(const pg_query::TypeName& type_name) {
  if (type_name.array_bounds_size() > 0 || type_name.typmods_size() > 0) return {};
  int n = type_name.names_size();
  if (n == 0 || n > 2) return {};
  if (n == 2 && str_of(type_name.names(0)) != "pg_catalog") return {};
  std::string name = str_of(type_name.names(n - 1));
  if (name == "serial" || name == "serial4") return "int4";
  if (name == "bigserial" || name == "serial8") return "int8";
  if (name == "smallserial" || name == "serial2") return "int2";
  return {};
}

TypeResolution resolve_type(const pg_query::TypeName& type_name, const SearchPath& search_path,
                            const TypeLookup& is_catalog_type) {
  TypeResolution out;
  if (type_name.setof()) {
    out.error = "SETOF is not a column type";
    return out;
  }
  if (type_name.pct_type()) {
    out.error = "%TYPE references are not supported in schema files";
    return out;
  }
  std::vector<std::string> names;
  for (const auto& n : type_name.names()) names.push_back(str_of(n));
  if (names.empty() || names.size() > 3) {
    out.error = "invalid type name";
    return out;
  }
  if (names.size() == 3) names.erase(names.begin());  // database.schema.type: ignore database
  TypeRef type;
  if (names.size() == 2) {
    const std::string& schema = names[0];
    if (schema == "pg_catalog") {
      type.name = names[1];
    } else if (is_catalog_type({schema, names[1]})) {
      type.schema = schema;
      type.name = names[1];
    } else if (schema == "public") {
      type.name = names[1];  // an extension's type in public: found through search_path
    } else {
      type.schema = schema;
      type.name = names[1];
    }
  } else {
    type.name = names[0];
    for (const auto& schema : search_path) {
      if (is_catalog_type({schema, names[0]})) {
        type.schema = schema;
        break;
      }
    }
  }
  for (const auto& mod : type_name.typmods()) {
    std::int32_t value = 0;
    if (!int_const(mod, &value)) {
      out.error = "type modifiers must be integer constants";
      return out;
    }
    type.modifiers.push_back(value);
  }
  // numeric(p) means numeric(p,0), as PostgreSQL stores it.
  if (type.schema.empty() && type.name == "numeric" && type.modifiers.size() == 1) {
    type.modifiers.push_back(0);
  }
  type.is_array = type_name.array_bounds_size() > 0;
  out.type = std::move(type);
  return out;
}

void write_type_name(const TypeRef& type, pg_query::TypeName* out) {
  out->Clear();
  static const std::set<std::string> grammar_types = {
      "int2", "int4", "int8", "float4", "float8", "bool", "varchar", "bpchar", "numeric",
      "timestamp", "timestamptz", "time", "timetz", "interval", "bit", "varbit"};
  if (type.schema.empty()) {
    if (grammar_types.count(type.name)) out->add_names()->mutable_string()->set_sval("pg_catalog");
  } else {
    out->add_names()->mutable_string()->set_sval(type.schema);
  }
  out->add_names()->mutable_string()->set_sval(type.name);
  for (std::int32_t mod : type.modifiers) {
    out->add_typmods()->mutable_a_const()->mutable_ival()->set_ival(mod);
  }
  out->set_typemod(-1);
  if (type.is_array) out->add_array_bounds()->mutable_integer()->set_ival(-1);
}

bool is_numeric_type(const std::string& name) {
  static const std::set<std::string> numeric = {"int2", "int4", "int8", "numeric", "float4",
                                                "float8", "oid"};
  return numeric.count(name) > 0;
}

bool is_implicit_cast(const TypeRef& from, const TypeRef& to) {
  if (from.is_array != to.is_array) return false;
  if (!to.schema.empty() || !from.schema.empty()) {
    // Catalog types: only a cast to the very same type (without modifiers) is a no-op.
    return from.schema == to.schema && from.name == to.name && to.modifiers.empty();
  }
  if (from.name == to.name) return to.modifiers.empty();
  if (!to.modifiers.empty()) return false;
  static const std::set<std::pair<std::string, std::string>> implicit = {
      {"int2", "int4"},       {"int2", "int8"},      {"int2", "float4"},     {"int2", "float8"},
      {"int2", "numeric"},    {"int4", "int8"},      {"int4", "float4"},     {"int4", "float8"},
      {"int4", "numeric"},    {"int8", "float4"},    {"int8", "float8"},     {"int8", "numeric"},
      {"float4", "float8"},   {"numeric", "float4"}, {"numeric", "float8"},  {"varchar", "text"},
      {"varchar", "bpchar"},  {"bpchar", "text"},    {"bpchar", "varchar"},  {"text", "varchar"},
      {"text", "bpchar"},     {"name", "text"},      {"date", "timestamp"},  {"date", "timestamptz"},
      {"timestamp", "timestamptz"}, {"time", "interval"}, {"time", "timetz"}, {"citext", "text"},
      {"int4", "oid"},        {"int8", "oid"},       {"cidr", "inet"},       {"char", "text"},
  };
  return implicit.count({from.name, to.name}) > 0;
}

}  // namespace schemac::canonical
