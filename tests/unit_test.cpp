// Unit tests for the pure pieces: quoting, type names, typed literals, implicit names,
// expression canonicalization, diagnostics, graph ordering and cycle reporting.
#include <doctest/doctest.h>

#include "canonical/literals.hpp"
#include "canonical/names.hpp"
#include "pg/tree.hpp"
#include "pg/tree_walk.hpp"
#include "schemac/connection.hpp"
#include "schemac/dependencies.hpp"
#include "schemac/frontend.hpp"
#include "schemac/migrations.hpp"
#include "schemac/plan.hpp"
#include "schemac/sql_render.hpp"
#include "schemac/sql_text.hpp"

using namespace schemac;

namespace {

Catalog parse(const std::string& sql, Diagnostics* diags_out = nullptr, SourceSet* sources_out = nullptr) {
  SourceSet local_sources;
  Diagnostics local_diags;
  SourceSet& sources = sources_out ? *sources_out : local_sources;
  Diagnostics& diags = diags_out ? *diags_out : local_diags;
  FileId id = sources.add("test.sql", sql);
  Catalog c = build_catalog({id}, sources, diags);
  if (!diags_out) REQUIRE_MESSAGE(!diags.has_errors(), diags.render(sources));
  return c;
}

bool same_schema(const std::string& a, const std::string& b) {
  Catalog x = parse(a), y = parse(b);
  Plan p = plan_migration(x, y);
  std::string steps;
  for (const auto& s : p.steps) steps += s.description + "\n";
  INFO(steps);
  return p.empty();
}

}  // namespace

TEST_CASE("identifiers are quoted exactly when PostgreSQL needs it") {
  CHECK(quote_ident("users") == "users");
  CHECK(quote_ident("user_id2") == "user_id2");
  CHECK(quote_ident("_x") == "_x");
  CHECK(quote_ident("Users") == "\"Users\"");
  CHECK(quote_ident("first name") == "\"first name\"");
  CHECK(quote_ident("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(quote_ident("select") == "\"select\"");
  CHECK(quote_ident("user") == "\"user\"");
  CHECK(quote_ident("order") == "\"order\"");
  CHECK(quote_ident("name") == "name");  // an unreserved keyword
  CHECK(quote_ident("text") == "text");
  CHECK(quote_ident("1abc") == "\"1abc\"");
  CHECK(quote_ident("café") == "\"café\"");
  CHECK(quote_ident("a$b") == "\"a$b\"");
  CHECK(quote_ident("") == "\"\"");
  CHECK(quote_ident("semi;colon") == "\"semi;colon\"");
  CHECK(quote_qualified({"My Schema", "t"}) == "\"My Schema\".t");
}

TEST_CASE("literals can never end early") {
  CHECK(quote_literal("plain") == "'plain'");
  CHECK(quote_literal("it's") == "'it''s'");
  CHECK(quote_literal("a\\b") == "E'a\\\\b'");
  CHECK(quote_literal("'; DROP TABLE x; --") == "'''; DROP TABLE x; --'");
  CHECK(quote_literal("line\nbreak") == "'line\nbreak'");
}

TEST_CASE("identifiers are clipped to 63 bytes without splitting characters") {
  std::string long_name(70, 'a');
  CHECK(clip_identifier(long_name).size() == 63);
  std::string unicode;
  for (int i = 0; i < 40; ++i) unicode += "é";  // 80 bytes
  std::string clipped = clip_identifier(unicode);
  CHECK(clipped.size() == 62);
}

TEST_CASE("type aliases meet in one canonical type") {
  CHECK(same_schema("CREATE TABLE t (a int, b int4, c integer, d bigint, e int8, f smallint)",
                    "CREATE TABLE t (a integer, b integer, c int, d int8, e bigint, f int2)"));
  CHECK(same_schema("CREATE TABLE t (a varchar(10), b character varying, c decimal(10,2), d numeric(5))",
                    "CREATE TABLE t (a character varying(10), b varchar, c numeric(10,2), d numeric(5,0))"));
  CHECK(same_schema("CREATE TABLE t (a timestamptz, b timestamp, c bool, d float8, e real, f char)",
                    "CREATE TABLE t (a timestamp with time zone, b timestamp without time zone, c boolean, "
                    "d double precision, e float4, f character(1))"));
  CHECK(same_schema("CREATE TABLE t (a int[], b text[][], c integer ARRAY)",
                    "CREATE TABLE t (a integer[], b text[], c int[])"));
  CHECK_FALSE(same_schema("CREATE TABLE t (a varchar(10))", "CREATE TABLE t (a varchar(11))"));
  CHECK_FALSE(same_schema("CREATE TABLE t (a int)", "CREATE TABLE t (a bigint)"));
  CHECK(render_type({"", "varchar", {20}, false}) == "character varying(20)");
  CHECK(render_type({"", "numeric", {10, 2}, true}) == "numeric(10,2)[]");
  CHECK(render_type({"", "timestamptz", {3}, false}) == "timestamp(3) with time zone");
  CHECK(render_type({"app", "Mood", {}, false}) == "app.\"Mood\"");
}

TEST_CASE("expressions compare the way PostgreSQL stores them") {
  // What pg_get_constraintdef prints back for what a user writes.
  CHECK(same_schema("CREATE TABLE t (price numeric CHECK (price > 0))",
                    "CREATE TABLE t (price numeric, CONSTRAINT t_price_check CHECK ((price > (0)::numeric)))"));
  CHECK(same_schema("CREATE TABLE t (s varchar(10) CHECK (s IN ('a', 'b')))",
                    "CREATE TABLE t (s varchar(10), CONSTRAINT t_s_check CHECK (((s)::text = ANY "
                    "((ARRAY['a'::character varying, 'b'::character varying])::text[]))))"));
  CHECK(same_schema("CREATE TABLE t (n int CHECK (n BETWEEN 1 AND 10))",
                    "CREATE TABLE t (n int, CONSTRAINT t_n_check CHECK (((n >= 1) AND (n <= 10))))"));
  CHECK(same_schema("CREATE TABLE t (s text CHECK (s LIKE 'a%' AND s NOT ILIKE 'b%'))",
                    "CREATE TABLE t (s text, CONSTRAINT t_s_check CHECK (((s ~~ 'a%'::text) AND (s !~~* 'b%'::text))))"));
  CHECK(same_schema("CREATE TABLE t (a int, b int, CHECK (a IN (1, b, 3)))",
                    "CREATE TABLE t (a int, b int, CONSTRAINT t_check CHECK (((a = ANY (ARRAY[1, 3])) OR (a = b))))"));
  CHECK(same_schema("CREATE TABLE t (a int, b int, CHECK (CASE WHEN a > 0 THEN b END > 1))",
                    "CREATE TABLE t (a int, b int, CONSTRAINT t_check CHECK ((CASE WHEN (a > 0) THEN b ELSE NULL::integer END > 1)))"));
  CHECK(same_schema("CREATE TABLE t (n int DEFAULT -1, f float8 DEFAULT 1e3, x numeric DEFAULT 1.50)",
                    "CREATE TABLE t (n int DEFAULT '-1'::integer, f float8 DEFAULT '1000'::numeric, x numeric DEFAULT 1.50)"));
  CHECK(same_schema("CREATE TABLE t (j jsonb DEFAULT '{\"b\":1, \"a\":[1,2]}', i interval DEFAULT '90 minutes')",
                    "CREATE TABLE t (j jsonb DEFAULT '{\"a\": [1, 2], \"b\": 1}'::jsonb, i interval DEFAULT '01:30:00'::interval)"));
  CHECK(same_schema("CREATE TABLE t (ts timestamptz CHECK (ts > '2020-01-01'))",
                    "CREATE TABLE t (ts timestamptz, CONSTRAINT t_ts_check CHECK ((ts > '2020-01-01 00:00:00+00'::timestamp with time zone)))"));
  CHECK(same_schema("CREATE TABLE t (a text DEFAULT NULL)", "CREATE TABLE t (a text)"));
  CHECK(same_schema("create table T (ID int, \"Name\" text)", "CREATE TABLE t (id integer, \"Name\" text)"));
  // Different meaning stays different.
  CHECK_FALSE(same_schema("CREATE TABLE t (a int CHECK (a > 0))", "CREATE TABLE t (a int CHECK (a >= 0))"));
  CHECK_FALSE(same_schema("CREATE TABLE t (a text DEFAULT 'x')", "CREATE TABLE t (a text DEFAULT 'y')"));
  CHECK_FALSE(same_schema("CREATE TABLE t (a int, b int, CHECK (a > b))", "CREATE TABLE t (a int, b int, CHECK (b > a))"));
}

TEST_CASE("printed SQL parses back to the tree it was printed from") {
  // libpg_query's deparser drops parentheses in some nestings; pg::deparse_* puts them back.
  auto tree_of = [](const std::string& sql) {
    auto parsed = pg::parse(sql);
    REQUIRE_MESSAGE(parsed.result, sql);
    pg::clear_locations(*parsed.result);
    return pg::serialize(*parsed.result);
  };
  for (const char* select : {
           "SELECT (now() AT TIME ZONE coalesce(tz, 'UTC'))::date",
           "SELECT (a IS NULL)::int, (a IS TRUE) = b, (a AND b) IS NULL, (NOT a)::int, (a AND b)::int",
           "SELECT a BETWEEN 1 AND (b AND c), a NOT BETWEEN (x OR y) AND 3",
           "SELECT (a + b) AT TIME ZONE 'x', a AT TIME ZONE (b || 'x'), (a AT TIME ZONE 'x') AT TIME ZONE 'y'",
           "SELECT (a COLLATE \"C\")::text, (a || b) COLLATE \"C\", (x AT TIME ZONE 'a')[1]",
           "SELECT ((a IS NULL) AND (b IS NOT NULL))::int, ((a::date AT TIME ZONE 'x')::time IS NULL)",
           "SELECT a + b + c, a - (b - c), (a < b) = c, -(a + b), CAST(a = ANY (b) AS int)",
           "SELECT (s IS NORMALIZED)::int, (a = ANY (SELECT 1)) AT TIME ZONE 'x'",
       }) {
    auto printed = pg::parse(select);
    REQUIRE(printed.result);
    std::string sql = pg::deparse_statement(printed.result->stmts(0).stmt());
    INFO(sql);
    CHECK(tree_of(sql) == tree_of(select));
  }
}

TEST_CASE("typed literals read the way the type's output function prints them") {
  using canonical::canonical_literal;
  CHECK(canonical_literal("numeric", false, "1e3") == "1000");
  CHECK(canonical_literal("numeric", false, "01.50") == "1.50");
  CHECK(canonical_literal("numeric", false, "-.5") == "-0.5");
  CHECK(canonical_literal("int4", false, "+007") == "7");
  CHECK(canonical_literal("float8", false, "1e3") == "1000");
  CHECK(canonical_literal("bool", false, "Yes") == "true");
  CHECK(canonical_literal("bool", false, "of") == "false");
  CHECK(canonical_literal("interval", false, "90 minutes") == "01:30:00");
  CHECK(canonical_literal("interval", false, "1.5 days") == "1 day 12:00:00");
  CHECK(canonical_literal("interval", false, "2 weeks") == "14 days");
  CHECK(canonical_literal("interval", false, "1 year 2 months") == "1 year 2 mons");
  CHECK(canonical_literal("interval", false, "-1 day") == "-1 days");
  CHECK(canonical_literal("timestamptz", false, "2024-01-01") == "2024-01-01 00:00:00+00");
  CHECK(canonical_literal("timestamptz", false, "2024-01-01T02:30:00+02") == "2024-01-01 00:30:00+00");
  CHECK(canonical_literal("timestamptz", false, "2024-03-01 00:00:00.250-01:00") == "2024-03-01 01:00:00.25+00");
  CHECK(canonical_literal("timestamp", false, "2024-1-2 3:04") == "2024-01-02 03:04:00");
  CHECK(canonical_literal("date", false, "2024-1-2") == "2024-01-02");
  CHECK(canonical_literal("date", false, "2023-02-29") == std::nullopt);
  CHECK(canonical_literal("uuid", false, "{A0EEBC99-9C0B4EF8-BB6D-6BB9BD380A11}") == "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
  CHECK(canonical_literal("jsonb", false, "{\"bb\": 1.50, \"a\": \"x\\u00e9\", \"a\": 2}") == "{\"a\": 2, \"bb\": 1.50}");
  CHECK(canonical_literal("int4", true, "{1, 2,3}") == "{1,2,3}");
  CHECK(canonical_literal("text", true, "{a, \"b c\", NULL}") == "{a,\"b c\",NULL}");
  CHECK(canonical_literal("bool", true, "{true,false}") == "{t,f}");
  CHECK(canonical_literal("point", false, "(1,2)") == std::nullopt);
}

TEST_CASE("implicit names follow PostgreSQL's rules") {
  using canonical::choose_name;
  using canonical::make_object_name;
  CHECK(make_object_name("users", "email", "key") == "users_email_key");
  CHECK(make_object_name("users", "", "pkey") == "users_pkey");
  std::string table(40, 't'), column(40, 'c');
  std::string name = make_object_name(table, column, "check");
  CHECK(name.size() == 63);
  CHECK(name == std::string(28, 't') + "_" + std::string(28, 'c') + "_check");
  std::set<std::string> taken = {"t_a_check", "t_a_check1"};
  CHECK(choose_name("t", "a", "check", [&](const std::string& n) { return taken.count(n) > 0; }) == "t_a_check2");
  // The names a whole table gets, as PostgreSQL gives them.
  Catalog c = parse(
      "CREATE TABLE orders (id serial PRIMARY KEY, code text UNIQUE, a int, b int, CHECK (a > 0), CHECK (a > b),"
      " CHECK (b > 0), CHECK (b > 1), parent int REFERENCES orders, UNIQUE (a, b));"
      "CREATE INDEX ON orders (lower(code)); CREATE INDEX ON orders (a) INCLUDE (b); CREATE INDEX ON orders (a);");
  const Table& t = c.tables.at(0);
  std::vector<std::string> names;
  for (const auto& k : t.constraints) names.push_back(k.name);
  CHECK(names == std::vector<std::string>{"orders_a_b_key", "orders_a_check", "orders_b_check", "orders_b_check1",
                                          "orders_check", "orders_code_key", "orders_parent_fkey", "orders_pkey"});
  std::vector<std::string> indexes;
  for (const auto& i : c.indexes) indexes.push_back(i.name.name);
  CHECK(indexes == std::vector<std::string>{"orders_lower_idx", "orders_a_b_idx", "orders_a_idx"});
  CHECK(c.sequences.at(0).name.name == "orders_id_seq");
}

TEST_CASE("diagnostics point at the file, line and column with a caret") {
  Diagnostics diags;
  SourceSet sources;
  parse("CREATE TABLE a (id int);\nCREATE TABLE b (x int REFERENCES nope (id));\nCREATE PUBLICATION p FOR ALL TABLES;\n", &diags, &sources);
  REQUIRE(diags.error_count() == 2);
  std::string text = diags.render(sources);
  CHECK(text.find("test.sql:2:34: error: relation \"nope\" does not exist [unknown-table]\n"
                  "  CREATE TABLE b (x int REFERENCES nope (id));\n"
                  "                                   ^\n") != std::string::npos);
  CHECK(text.find("test.sql:3:1: error: CREATE PUBLICATION is not supported by schemac [unsupported-statement]") !=
        std::string::npos);
  Diagnostics unicode;
  SourceSet unicode_sources;
  parse("CREATE TABLE \"café\" (x int REFERENCES nope);\n", &unicode, &unicode_sources);
  CHECK(unicode.render(unicode_sources).find("test.sql:1:39:") != std::string::npos);
}

namespace {

PlanVertex vertex(const std::string& description, std::vector<ObjectKey> provides) {
  PlanVertex v;
  v.step.description = description;
  v.step.action = "create";
  v.provides = std::move(provides);
  return v;
}

ObjectKey table_key(const std::string& name) { return {ObjectKind::table, "public", name, ""}; }

}  // namespace

TEST_CASE("steps are ordered by dependencies, ties in base order") {
  DependencyIndex current, desired;
  desired.add_need(table_key("b"), table_key("a"));
  desired.add_need(table_key("c"), table_key("b"));
  desired.finish();
  std::vector<PlanVertex> vertices = {vertex("create c", {table_key("c")}), vertex("create x", {table_key("x")}),
                                      vertex("create b", {table_key("b")}), vertex("create a", {table_key("a")})};
  auto steps = order_steps(vertices, current, desired);
  std::vector<std::string> order;
  for (const auto& s : steps) order.push_back(s.description);
  CHECK(order == std::vector<std::string>{"create x", "create a", "create b", "create c"});
}

TEST_CASE("a cycle is reported by the names of its steps") {
  DependencyIndex current, desired;
  desired.add_need(table_key("a"), table_key("b"));
  desired.add_need(table_key("b"), table_key("a"));
  desired.finish();
  std::vector<PlanVertex> vertices = {vertex("create table a", {table_key("a")}), vertex("create table b", {table_key("b")}),
                                      vertex("create table c", {table_key("c")})};
  try {
    order_steps(vertices, current, desired);
    FAIL("no error for a cycle");
  } catch (const Error& e) {
    std::string message = e.what();
    CHECK(message.find("cycle") != std::string::npos);
    CHECK(message.find("create table a") != std::string::npos);
    CHECK(message.find("create table b") != std::string::npos);
    CHECK(message.find("create table c") == std::string::npos);
  }
}

TEST_CASE("foreign keys are separate steps, so tables that reference each other can be created") {
  Catalog empty;
  Catalog both = parse(
      "CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b);"
      "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);");
  Plan p = plan_migration(empty, both);
  std::vector<std::string> order;
  for (const auto& s : p.steps) order.push_back(s.description);
  CHECK(order == std::vector<std::string>{"create table public.a", "create table public.b",
                                          "add constraint a_b_id_fkey on public.a", "add constraint b_a_id_fkey on public.b"});
  Plan back = plan_migration(both, empty);
  order.clear();
  for (const auto& s : back.steps) order.push_back(s.description);
  // Keys between tables dropped together are dropped first, so the drops cannot form a cycle.
  CHECK(order == std::vector<std::string>{"drop constraint b_a_id_fkey on public.b", "drop constraint a_b_id_fkey on public.a",
                                          "drop table public.b", "drop table public.a"});
}

TEST_CASE("the same input always yields the same plan") {
  Catalog from = parse("CREATE TYPE s AS ENUM ('a', 'b'); CREATE TABLE t (id int, st s DEFAULT 'a');");
  Catalog to = parse("CREATE TYPE s AS ENUM ('b', 'a', 'c'); CREATE TABLE t (id bigint, st s DEFAULT 'c', x text);");
  auto first = plan_migration(from, to);
  for (int i = 0; i < 5; ++i) {
    auto again = plan_migration(from, to);
    REQUIRE(again.steps.size() == first.steps.size());
    for (std::size_t k = 0; k < first.steps.size(); ++k) CHECK(again.steps[k].statements == first.steps[k].statements);
  }
}

namespace {

// What a parse gives, positions included, as comparable bytes.
std::string parsed_bytes(const pg::ParseOutcome& outcome) {
  if (outcome.error) return "error at " + std::to_string(outcome.error->offset) + ": " + outcome.error->message;
  return pg::serialize(*outcome.result);
}

}  // namespace

TEST_CASE("parsing in pieces on several threads gives exactly the whole text's trees") {
  // Large enough to be cut (pieces of 128 KB), with `;` line ends that are not statement ends:
  // inside dollar-quoted bodies (followed by a CREATE line), BEGIN ATOMIC, comments, strings.
  std::string block =
      "CREATE TABLE t%1 (id bigint PRIMARY KEY, note text DEFAULT 'a;\nCREATE b', n int CHECK (n > 0));\n"
      "COMMENT ON TABLE t%1 IS 'x';\n"
      "CREATE FUNCTION f%1() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\nCREATE TABLE not_one (a int);\n"
      "  RETURN 1;\nEND;\n$$;\n"
      "CREATE FUNCTION g%1(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC\n  SELECT a + 1;\nCREATE TABLE no (a int);\nEND;\n"
      "/* a comment;\nCREATE TABLE nope (a int); */\n"
      "CREATE INDEX t%1_n_idx ON t%1 (lower(note)) WHERE n > 2;\n";
  std::string big;
  for (int i = 0; big.size() < 600 * 1024; ++i) {
    std::string b = block;
    for (std::size_t at; (at = b.find("%1")) != std::string::npos;) b.replace(at, 2, std::to_string(i));
    big += b;
  }
  std::string broken = big;
  broken.insert(broken.find("CREATE INDEX", broken.size() / 2), "CREATE TABLE oops (;\n");
  std::string unterminated = big + "CREATE FUNCTION h() RETURNS int LANGUAGE sql AS $$ SELECT 1;\n";
  std::vector<std::string> texts = {big, broken, unterminated, "SELECT 1", "", "CREATE TABLE a (b int)"};
  std::vector<std::string_view> views(texts.begin(), texts.end());
  auto together = pg::parse_concurrently(views);
  REQUIRE(together.size() == texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    INFO("text " << i);
    CHECK(parsed_bytes(together[i]) == parsed_bytes(pg::parse(texts[i])));
  }
  CHECK(!together[0].error);
  CHECK(together[1].error);
  CHECK(together[2].error);
}

TEST_CASE("find_text_fault accepts UTF-8 and points at the first byte that is not") {
  CHECK(!find_text_fault(""));
  CHECK(!find_text_fault("CREATE TABLE caf\xC3\xA9 (\xF0\x9F\x98\x80 int); -- \xE2\x82\xAC \xF4\x8F\xBF\xBF"));
  auto at = [](std::string_view text) { auto fault = find_text_fault(text); return fault ? int(fault->offset) : -1; };
  CHECK(at("ab\xE9 cd") == 2);                  // Latin-1 e-acute
  CHECK(at("ab\xC3") == 2);                     // cut short at the end
  CHECK(at("ab\xC3(") == 2);                    // continuation byte missing
  CHECK(at("\xC0\xAF") == 0);                   // overlong '/'
  CHECK(at("x\xE0\x80\xAF") == 1);              // overlong, three bytes
  CHECK(at("xy\xED\xA0\x80") == 2);             // UTF-16 surrogate
  CHECK(at("\xF4\x90\x80\x80") == 0);           // above U+10FFFF
  CHECK(at("\x80") == 0);                       // a lone continuation byte
  CHECK(at(std::string_view("a\0b", 3)) == 1);
  CHECK(find_text_fault("\xFF")->message.find("byte 0xFF") != std::string::npos);
}

TEST_CASE("a statement nested deeper than protobuf's default limit reads; beyond ours it is an error") {
  // protobuf refuses trees deeper than 100 unless told otherwise; `a || b || ...` with 50
  // terms is that deep. Found by fuzz_frontend (tests/fuzz/regressions/frontend/).
  auto chain = [](int terms) {
    std::string sql = "CREATE TABLE t (a text);\nCREATE VIEW v AS SELECT a";
    for (int i = 1; i < terms; ++i) sql += " || a";
    return sql + " AS joined FROM t;\n";
  };
  Catalog c = parse(chain(900));
  REQUIRE(c.views.size() == 1);
  CHECK(parse(render_catalog(c)).views.size() == 1);
  Diagnostics diags;
  SourceSet sources;
  parse(chain(1100), &diags, &sources);
  CHECK(diags.render(sources).find("test.sql:2:1: error: the statement nests too deeply for schemac") !=
        std::string::npos);
}

TEST_CASE("a foreign key refused for a taken name is an error, never a crash") {
  // The implicit CHECK name t_rating_check is taken first; the foreign key of that name is
  // refused. Its pending reference used to find the CHECK and look up an empty table name
  // (found by fuzz_frontend).
  Diagnostics diags;
  SourceSet sources;
  parse("CREATE TABLE a (id int PRIMARY KEY);\n"
        "CREATE TABLE t (id int, rating int CHECK (rating > 0),\n"
        "  CONSTRAINT t_rating_check FOREIGN KEY (id) REFERENCES a (id));\n",
        &diags, &sources);
  CHECK(diags.render(sources).find("test.sql:3:3: error: constraint \"t_rating_check\" for relation \"t\" already exists") !=
        std::string::npos);
}

TEST_CASE("a function without a body is an error, never a crash") {
  // libpg_query's PL/pgSQL parser asserts on a function without AS (found by fuzz_canonical).
  for (const char* language : {"plpgsql", "sql"}) {
    CAPTURE(language);
    Diagnostics diags;
    SourceSet sources;
    parse(std::string("CREATE FUNCTION f(days integer) RETURNS bigint\n    LANGUAGE ") + language + "\n", &diags, &sources);
    CHECK(diags.render(sources).find("test.sql:1:1: error: no function body specified") != std::string::npos);
  }
  // A huge COST is infinity, as in PostgreSQL, not an exception.
  Catalog c = parse("CREATE FUNCTION g() RETURNS int LANGUAGE sql COST 1e999 AS 'SELECT 1';\n");
  REQUIRE(c.functions.size() == 1);
}

TEST_CASE("a parameter reference is an error except for a function's own parameters") {
  // $0 in a CHECK was accepted and printed as "?", which does not parse (found by
  // fuzz_canonical); PostgreSQL says "there is no parameter $0".
  for (const char* sql : {"CREATE TABLE t (price int CHECK (price > $0));\n",
                          "CREATE TABLE t (price int CHECK (price > $1));\n",
                          "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN a + $2;\n"}) {
    CAPTURE(sql);
    Diagnostics diags;
    SourceSet sources;
    parse(sql, &diags, &sources);
    CHECK(diags.render(sources).find("error: there is no parameter $") != std::string::npos);
  }
  Catalog c = parse("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN $1 + 1;\n");
  REQUIRE(c.functions.size() == 1);
}

TEST_CASE("a field or element of a bare constant is an error") {
  // (7).revealed_at printed as 7.revealed_at, which does not parse (found by fuzz_canonical).
  for (const char* sql : {"CREATE FUNCTION f() RETURNS boolean LANGUAGE sql RETURN (7).revealed_at IS NULL;\n",
                          "CREATE TABLE t (a int CHECK (('{1,2}')[1] > 0));\n"}) {
    CAPTURE(sql);
    Diagnostics diags;
    SourceSet sources;
    parse(sql, &diags, &sources);
    CHECK(diags.render(sources).find("error: a constant has no field or element to select") != std::string::npos);
  }
  Catalog c = parse("CREATE TABLE t (a int CHECK (('{1,2}'::int[])[1] > 0));\n");
  REQUIRE(c.tables.size() == 1);
}

TEST_CASE("an index of a partition matching a later index of its parent becomes the copy") {
  // PostgreSQL attaches it instead of making a copy (CREATE INDEX on the parent, ATTACH
  // PARTITION); the catalog lists no copies, so it leaves the catalog, as in a database.
  const std::string tables =
      "CREATE TABLE ev (id int NOT NULL, kind text) PARTITION BY RANGE (id);\n"
      "CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM (0) TO (10) PARTITION BY LIST (kind);\n"
      "CREATE TABLE ev_1_a PARTITION OF ev_1 FOR VALUES IN ('a');\n"
      "CREATE TABLE ev_2 (id int NOT NULL, kind text);\n";
  auto names = [](const Catalog& c) {
    std::vector<std::string> out;
    for (const auto& i : c.indexes) out.push_back(i.name.name);
    std::sort(out.begin(), out.end());
    return out;
  };
  Catalog adopted = parse(tables +
                          "CREATE INDEX desc_ids ON ev_1_a (id DESC);\n"   // sort order does not count
                          "CREATE INDEX kinds_c ON ev_1_a (kind COLLATE \"C\");\n"  // a collation does
                          "CREATE INDEX ids_2 ON ev_2 (id);\n"
                          "CREATE INDEX ids ON ev (id);\n"
                          "CREATE INDEX kinds ON ev (kind);\n"
                          "ALTER TABLE ev ATTACH PARTITION ev_2 FOR VALUES FROM (10) TO (20);\n");
  CHECK(names(adopted) == std::vector<std::string>{"ids", "kinds", "kinds_c"});
  CHECK(adopted.find_table({"public", "ev_2"})->columns.empty());  // a partition's columns are its parent's
  // Made after the parent's index, or on the parent ONLY (as a database prints it), it stays.
  Catalog kept = parse(tables + "CREATE INDEX ids ON ev (id);\nCREATE INDEX desc_ids ON ev_1_a (id DESC);\n"
                                "CREATE INDEX kinds ON ONLY ev (kind);\nCREATE INDEX a_kinds ON ev_1_a (kind);\n");
  CHECK(names(kept) == std::vector<std::string>{"a_kinds", "desc_ids", "ids", "kinds"});
  // Its name stays taken, and a comment on it is refused rather than lost.
  Diagnostics diags;
  SourceSet sources;
  parse(tables + "CREATE INDEX desc_ids ON ev_1_a (id DESC);\nCREATE INDEX ids ON ev (id);\n"
                 "CREATE TABLE desc_ids (x int);\nCOMMENT ON INDEX desc_ids IS 'x';\n",
        &diags, &sources);
  std::string text = diags.render(sources);
  CHECK(text.find("relation \"public.desc_ids\" already exists") != std::string::npos);
  CHECK(text.find("index \"desc_ids\" became the partition's copy of index \"ids\"") != std::string::npos);
}

TEST_CASE("a table attached as a partition must have its parent's columns") {
  const std::string parent = "CREATE TABLE ev (id int NOT NULL, kind text) PARTITION BY RANGE (id);\n";
  for (const auto& attempt : std::vector<std::pair<std::string, std::string>>{
           {"CREATE TABLE p (id int NOT NULL, kind text, extra int);", "contains column \"extra\" not found in parent"},
           {"CREATE TABLE p (id int NOT NULL);", "child table is missing column \"kind\""},
           {"CREATE TABLE p (id bigint NOT NULL, kind text);", "has different type for column \"id\""},
           {"CREATE TABLE p (id int, kind text);", "column \"id\" in child table must be marked NOT NULL"},
           {"CREATE TABLE p (id int NOT NULL, kind text DEFAULT 'x');", "column options on partitions are not supported"},
           {"CREATE TABLE p (id int NOT NULL, kind text);\nALTER TABLE ev ATTACH PARTITION p FOR VALUES FROM (9) TO (10);",
            "\"p\" is already a partition"}}) {
    const std::string& child = attempt.first;  // not a structured binding: clang 14 cannot capture one
    const std::string& message = attempt.second;
    CAPTURE(child);
    Diagnostics diags;
    SourceSet sources;
    parse(parent + child + "\nALTER TABLE ev ATTACH PARTITION p FOR VALUES FROM (0) TO (10);\n", &diags, &sources);
    CHECK(diags.render(sources).find(message) != std::string::npos);
  }
  Diagnostics diags;
  SourceSet sources;
  parse(parent + "CREATE TABLE p PARTITION OF ev FOR VALUES FROM (0) TO (10) PARTITION BY RANGE (id);\n"
                 "ALTER TABLE p ATTACH PARTITION ev FOR VALUES FROM (0) TO (1);\n",
        &diags, &sources);
  CHECK(diags.render(sources).find("circular inheritance not allowed") != std::string::npos);
}

TEST_CASE("a type named like a keyword prints quoted and reads back") {
  // A column of a type named "check" printed as `c check`, which does not parse (found by
  // fuzz_canonical). numeric and bit are keywords with a grammar of their own: never quoted.
  CHECK(render_type({"", "check", {}, false}) == "\"check\"");
  CHECK(render_type({"", "numeric", {10, 2}, false}) == "numeric(10,2)");
  CHECK(render_type({"", "bit", {3}, false}) == "bit(3)");
  CHECK(render_type({"", "uuid", {}, true}) == "uuid[]");
  Catalog c = parse("CREATE TABLE t (c \"check\", d \"select\"[]);\n");
  std::string printed = render_catalog(c);
  CAPTURE(printed);
  CHECK(printed.find("c \"check\"") != std::string::npos);
  CHECK(printed.find("d \"select\"[]") != std::string::npos);
  CHECK(same_schema("CREATE TABLE t (c \"check\", d \"select\"[]);\n", printed));
}

TEST_CASE("a type modifier that is not a constant or a name is an error") {
  // f(x, 'fmt') ' ' is a literal cast to a type "f" with modifiers; libpg_query printed the
  // expression modifier as nothing (found by fuzz_canonical). PostgreSQL refuses it.
  for (const char* sql : {"CREATE FUNCTION f(a int) RETURNS text LANGUAGE sql RETURN to_char(a / 2.0, 'FM0') ' ';\n",
                          "CREATE TABLE t (a int CHECK (a::numeric(a + 1) > 0));\n"}) {
    CAPTURE(sql);
    Diagnostics diags;
    SourceSet sources;
    parse(sql, &diags, &sources);
    CHECK(diags.render(sources).find("error: type modifiers must be simple constants or identifiers") != std::string::npos);
  }
  Catalog c = parse("CREATE FUNCTION f(a int) RETURNS numeric LANGUAGE sql RETURN a::numeric(10, 2);\n");
  REQUIRE(c.functions.size() == 1);
}

TEST_CASE("rename annotations are read by hand: long names, doubled quotes") {
  // std::regex recursed once per character: a long name overflowed the stack.
  auto renamed_from = [](const std::string& annotation) {
    Catalog c = parse("CREATE TABLE t (\n  a text DEFAULT '-- schemac:renamed-from b',\n  " + annotation + "\n  id int\n);\n");
    REQUIRE(c.tables.at(0).columns.size() == 2);
    CHECK(c.tables.at(0).columns[0].renamed_from.empty());  // inside a string, not a comment
    return c.tables.at(0).columns[1].renamed_from.name;
  };
  std::string long_name(200000, 'x');
  CHECK((renamed_from("-- schemac:renamed-from " + long_name) == long_name));
  CHECK((renamed_from("-- schemac:renamed-from \"" + long_name + "\"") == long_name));
  CHECK(renamed_from("--schemac:renamed-from   \"Old \"\"\"\" Name\" trailing words") == "Old \"\" Name");
  CHECK(renamed_from("-- schemac:renamed-from OldName") == "oldname");
  CHECK(renamed_from("-- not an annotation: schemac:renamed-from old").empty());
}

TEST_CASE("the migrations reader survives long lines anywhere") {
  // std::regex overflowed the stack on a long schemac.sum line (found by fuzz_migrations).
  std::string huge(200000, 'a');
  SourceSet sources;
  Diagnostics diags;
  auto dir = read_migration_files("migrations",
                                  {{"20250101000000_a.up.sql", "-- schemac:" + huge + "\nSELECT 1;\n"},
                                   {"20250101000001_b.up.sql", "-- schemac:lock-timeout " + huge + "\nSELECT 1;\n"},
                                   {"20250101000002_" + huge + "-x.up.sql", "SELECT 1;\n"},
                                   {"20250101000003_c.up.sql", "-- schemac:no-transaction\nSELECT 1;\n"},
                                   {"20250101000004_d.up.sql", "--\tschemac:statement-timeout 5min \r\nSELECT 1;\n"}},
                                  sources, diags);
  std::string rendered = diags.render(sources);
  CHECK(rendered.find("20250101000000_a.up.sql:1:1: error: unknown schemac directive") != std::string::npos);
  CHECK(rendered.find("20250101000001_b.up.sql:1:1: error: schemac:lock-timeout needs a duration") != std::string::npos);
  CHECK(rendered.find("is not a migration file name") != std::string::npos);
  REQUIRE(dir.migrations.size() == 4);
  CHECK(!dir.migrations[2].up.directives.transaction);
  CHECK(dir.migrations[3].up.directives.statement_timeout == "5min");
  std::string sum = render_sum(dir, sources);
  CHECK(verify_sum_text(dir, sources, sum).empty());
  auto problems = verify_sum_text(dir, sources, huge + " " + huge + "\n" + sum);
  REQUIRE(!problems.empty());
  CHECK(problems[0].message == "line 1 is not `<file> <sha256> <sha256>`");
}

TEST_CASE("passwords are masked in any text, however long or odd") {
  CHECK(redact_secrets("could not connect to postgresql://app:s3cr%40t@db.example:5432/x", "") ==
        "could not connect to postgresql://app:********@db.example:5432/x");
  CHECK(redact_secrets("conninfo host=db PassWord = 'a b c' user=app", "") == "conninfo host=db PassWord = ******** user=app");
  CHECK(redact_secrets("password=hunter2", "") == "password=********");
  CHECK(redact_secrets("x * y", "password=*") == "x ******** y");  // used to search forever
  std::string long_text = "postgres://u:" + std::string(200000, 'p') + "@h password=" + std::string(200000, 'q');
  CHECK(redact_secrets(long_text, "") == "postgres://u:********@h password=********");
}

TEST_CASE("a NUL byte in a migration file is an error, never a file cut short") {
  // Statements are split by libpg_query, which would stop at the NUL: the rest would not run.
  SourceSet sources;
  Diagnostics diags;
  std::string text("SELECT 1;\0DROP TABLE t;", 23);
  read_migration_files("migrations", {{"20250101000000_a.up.sql", text}}, sources, diags);
  CHECK(diags.has_errors());
  CHECK(diags.render(sources).find("the file contains a NUL byte") != std::string::npos);
}
