#include "canonical/type_inference.hpp"

#include <map>
#include <set>

namespace schemac::canonical {

namespace {

bool is(const std::optional<TypeRef>& t, const char* name) {
  return t && t->schema.empty() && !t->is_array && t->name == name;
}

int numeric_rank(const std::optional<TypeRef>& t) {
  if (!t || !t->schema.empty() || t->is_array) return -1;
  static const std::map<std::string, int> rank = {{"int2", 0}, {"int4", 1}, {"int8", 2},
                                                  {"numeric", 3}, {"float4", 4}, {"float8", 5}};
  auto it = rank.find(t->name);
  return it == rank.end() ? -1 : it->second;
}

std::optional<TypeRef> first(const std::vector<std::optional<TypeRef>>& args) {
  return args.empty() ? std::nullopt : args[0];
}

}  // namespace

std::optional<TypeRef> common_type(const std::vector<std::optional<TypeRef>>& types) {
  for (const auto& t : types) {
    if (t && !(t->schema.empty() && t->name == "unknown")) return t;
  }
  for (const auto& t : types) {
    if (t) return builtin("text");  // only unknown literals: PostgreSQL resolves them as text
  }
  return std::nullopt;
}

std::optional<TypeRef> builtin_function_type(const std::string& name, const std::vector<std::optional<TypeRef>>& args,
                                             bool star) {
  static const std::map<std::string, const char*> fixed = {
      {"count", "int8"}, {"row_number", "int8"}, {"rank", "int8"}, {"dense_rank", "int8"}, {"ntile", "int4"},
      {"percent_rank", "float8"}, {"cume_dist", "float8"}, {"now", "timestamptz"},
      {"transaction_timestamp", "timestamptz"}, {"statement_timestamp", "timestamptz"},
      {"clock_timestamp", "timestamptz"}, {"current_setting", "text"}, {"lower", "text"}, {"upper", "text"},
      {"btrim", "text"}, {"ltrim", "text"}, {"rtrim", "text"}, {"concat", "text"}, {"concat_ws", "text"},
      {"substr", "text"}, {"replace", "text"}, {"initcap", "text"}, {"left", "text"}, {"right", "text"},
      {"lpad", "text"}, {"rpad", "text"}, {"repeat", "text"}, {"md5", "text"}, {"format", "text"},
      {"to_char", "text"}, {"string_agg", "text"}, {"regexp_replace", "text"}, {"split_part", "text"},
      {"translate", "text"}, {"quote_ident", "text"}, {"quote_literal", "text"}, {"reverse", "text"},
      {"length", "int4"}, {"char_length", "int4"}, {"character_length", "int4"}, {"octet_length", "int4"},
      {"strpos", "int4"}, {"array_length", "int4"}, {"cardinality", "int4"}, {"array_position", "int4"},
      {"date_part", "float8"}, {"extract", "numeric"}, {"age", "interval"}, {"make_interval", "interval"},
      {"justify_interval", "interval"}, {"justify_days", "interval"}, {"justify_hours", "interval"},
      {"to_timestamp", "timestamptz"}, {"to_date", "date"}, {"make_date", "date"},
      {"gen_random_uuid", "uuid"}, {"to_tsvector", "tsvector"}, {"setweight", "tsvector"},
      {"to_tsquery", "tsquery"}, {"plainto_tsquery", "tsquery"}, {"websearch_to_tsquery", "tsquery"},
      {"phraseto_tsquery", "tsquery"}, {"ts_rank", "float4"}, {"ts_rank_cd", "float4"},
      {"bool_and", "bool"}, {"bool_or", "bool"}, {"every", "bool"}, {"jsonb_agg", "jsonb"},
      {"jsonb_object_agg", "jsonb"}, {"jsonb_build_object", "jsonb"}, {"jsonb_build_array", "jsonb"},
      {"to_jsonb", "jsonb"}, {"jsonb_set", "jsonb"}, {"jsonb_strip_nulls", "jsonb"}, {"json_agg", "json"},
      {"json_build_object", "json"}, {"json_build_array", "json"}, {"to_json", "json"},
      {"jsonb_array_length", "int4"}, {"jsonb_typeof", "text"}, {"json_typeof", "text"},
      {"pg_column_size", "int4"}, {"random", "float8"}, {"pi", "float8"}, {"sqrt", "float8"},
      {"power", "float8"}, {"ln", "float8"}, {"exp", "float8"}, {"stddev", "numeric"}, {"variance", "numeric"},
      {"encode", "text"}, {"decode", "bytea"}, {"digest", "bytea"}, {"gen_random_bytes", "bytea"},
      {"crypt", "text"}, {"gen_salt", "text"}, {"inet_client_addr", "inet"}, {"host", "text"},
      {"current_database", "name"}, {"version", "text"}, {"similar_to_escape", "text"},
      {"like_escape", "text"}, {"position", "int4"}, {"substring", "text"}, {"trim", "text"},
      {"overlay", "text"}, {"timezone", "timestamp"}, {"date", "date"}, {"isfinite", "bool"},
      {"array_to_string", "text"}, {"string_to_array", "text"}, {"regexp_match", "text"},
      {"regexp_matches", "text"}, {"has_table_privilege", "bool"}, {"pg_has_role", "bool"},
      {"num_nonnulls", "int4"}, {"num_nulls", "int4"}, {"width_bucket", "int4"}, {"sign", "numeric"},
      {"scale", "int4"}, {"trunc", "numeric"}, {"div", "numeric"}, {"mod", "numeric"}, {"nextval", "int8"},
      {"currval", "int8"}, {"setval", "int8"}, {"lastval", "int8"}, {"txid_current", "int8"},
  };
  static const std::set<std::string> same_as_first = {"min", "max", "abs", "ceil", "ceiling", "floor", "round",
                                                      "lag", "lead", "first_value", "last_value", "nth_value",
                                                      "nullif", "date_trunc_first_unused"};
  (void)star;
  if (name == "string_to_array" || name == "regexp_match" || name == "regexp_matches") return builtin("text", true);
  if (name == "array_agg") {
    auto t = first(args);
    if (!t || t->is_array) return std::nullopt;
    t->is_array = true;
    return t;
  }
  if (name == "unnest") {
    auto t = first(args);
    if (!t || !t->is_array) return std::nullopt;
    t->is_array = false;
    return t;
  }
  if (name == "sum") {
    auto t = first(args);
    if (is(t, "int2") || is(t, "int4")) return builtin("int8");
    if (is(t, "int8") || is(t, "numeric")) return builtin("numeric");
    return t;  // float4, float8, interval, money
  }
  if (name == "avg") {
    auto t = first(args);
    if (is(t, "float4") || is(t, "float8")) return builtin("float8");
    if (is(t, "interval")) return t;
    if (numeric_rank(t) >= 0) return builtin("numeric");
    return std::nullopt;
  }
  if (name == "round" || name == "trunc") {
    auto t = first(args);
    if (args.size() == 2 || is(t, "numeric") || (numeric_rank(t) >= 0 && numeric_rank(t) <= 3)) {
      return is(t, "float8") || is(t, "float4") ? builtin("float8") : builtin("numeric");
    }
  }
  if (name == "date_trunc") {
    if (args.size() >= 2 && args[1]) return args[1];
    return builtin("timestamptz");
  }
  if (name == "generate_series") {
    auto t = first(args);
    if (is(t, "timestamptz") || is(t, "timestamp")) return t;
    if (is(t, "date")) return builtin("timestamp");
    return t;
  }
  if (name == "coalesce" || name == "greatest" || name == "least") return common_type(args);
  if (same_as_first.count(name)) return first(args);
  auto it = fixed.find(name);
  if (it != fixed.end()) return builtin(it->second);
  return std::nullopt;
}

std::optional<TypeRef> operator_type(const std::string& op, const std::optional<TypeRef>& left,
                                     const std::optional<TypeRef>& right) {
  static const std::set<std::string> boolean = {"=", "<>", "<", ">", "<=", ">=", "~~", "!~~", "~~*", "!~~*",
                                                "~", "!~", "~*", "!~*", "@>", "<@", "&&", "?", "?|", "?&",
                                                "@@", "IS DISTINCT FROM", "-|-", "<<", ">>"};
  if (boolean.count(op)) return builtin("bool");
  if (op == "||") {
    if ((left && left->is_array) || (right && right->is_array)) return left && left->is_array ? left : right;
    if (is(left, "jsonb") || is(right, "jsonb")) return builtin("jsonb");
    if (is(left, "tsvector")) return builtin("tsvector");
    return builtin("text");
  }
  if (op == "->") return is(left, "json") ? builtin("json") : builtin("jsonb");
  if (op == "->>" || op == "#>>") return builtin("text");
  if (op == "#>") return is(left, "json") ? builtin("json") : builtin("jsonb");
  if (op == "-" && is(left, "jsonb")) return builtin("jsonb");
  bool dt_left = is(left, "timestamptz") || is(left, "timestamp") || is(left, "date");
  if (op == "+" || op == "-") {
    if (dt_left && (is(right, "timestamptz") || is(right, "timestamp"))) return builtin("interval");
    if (is(left, "date") && is(right, "date") && op == "-") return builtin("int4");
    if (is(left, "date") && numeric_rank(right) >= 0 && numeric_rank(right) <= 2) return builtin("date");
    if (is(left, "date") && is(right, "interval")) return builtin("timestamp");
    if ((is(left, "timestamptz") || is(left, "timestamp")) && is(right, "interval")) return left;
    if (is(left, "interval") && (is(right, "timestamptz") || is(right, "timestamp"))) return right;
    if (is(left, "interval") && is(right, "interval")) return left;
  }
  if ((op == "*" || op == "/") && (is(left, "interval") || is(right, "interval"))) return builtin("interval");
  int l = numeric_rank(left), r = numeric_rank(right);
  if (!left && r >= 0 && (op == "-" || op == "+")) return right;  // prefix minus
  if (l >= 0 && r >= 0 && (op == "+" || op == "-" || op == "*" || op == "/" || op == "%" || op == "^")) {
    if (op == "^") return l >= 4 || r >= 4 ? builtin("float8") : builtin("numeric");
    int m = std::max(l, r);
    if (m == 4 && std::min(l, r) < 4 && std::min(l, r) != 3) return builtin("float8");
    static const char* names[] = {"int2", "int4", "int8", "numeric", "float4", "float8"};
    // int2 arithmetic yields int2 only with int2 on both sides.
    if (m == 0) return builtin("int2");
    return builtin(names[m]);
  }
  return std::nullopt;
}

}  // namespace schemac::canonical
