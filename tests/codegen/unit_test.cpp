// Unit tests of the generator as a library: C++ names, the type map, errors, determinism, and
// the files on disk (write-if-changed, staleness, the manifest `schemac check` reads).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "codegen/model.hpp"
#include "schemac/codegen.hpp"
#include "schemac/commands.hpp"
#include "schemac/frontend.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
using namespace schemac;
using schemac::test::read_file;
using schemac::test::write_file;

namespace {

// Generates C++ for SQL text; diagnostics are rendered into `errors`.
std::vector<GeneratedFile> generate(const std::string& sql, std::string* errors = nullptr, CodegenOptions options = {},
                                    const std::string& type_map = "") {
  SourceSet sources;
  Diagnostics diags;
  FileId file = sources.add("schema.sql", sql);
  Catalog catalog = build_catalog({file}, sources, diags);
  REQUIRE_MESSAGE(!diags.has_errors(), diags.render(sources));
  options.source_names = {"schema.sql"};
  if (!type_map.empty()) options.type_map = parse_type_map(sources.add("map.txt", type_map), sources, diags);
  auto files = generate_cpp(catalog, options, diags);
  if (errors) *errors = diags.render(sources);
  else CHECK_MESSAGE(!diags.has_errors(), diags.render(sources));
  return files;
}

const std::string& file_named(const std::vector<GeneratedFile>& files, const std::string& name) {
  for (const auto& f : files) {
    if (f.name == name) return f.content;
  }
  FAIL("no file " << name);
  static std::string none;
  return none;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct ScratchDir {
  fs::path path = fs::temp_directory_path() / ("schemac-codegen-unit-" + std::to_string(::getpid()));
  ScratchDir() { fs::create_directories(path); }
  ~ScratchDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("SQL names become C++ identifiers by one fixed rule") {
  CHECK(cpp_identifier("email") == "email");
  CHECK(cpp_identifier("class") == "class_");
  CHECK(cpp_identifier("default") == "default_");
  CHECK(cpp_identifier("namespace") == "namespace_");
  CHECK(cpp_identifier("and") == "and_");            // alternative token
  CHECK(cpp_identifier("co_await") == "co_await_");  // C++20 keyword
  CHECK(cpp_identifier("linux") == "linux_");        // GNU predefined macro
  CHECK(cpp_identifier("NULL") == "NULL_");
  CHECK(cpp_identifier("Order Date") == "Order_Date");
  CHECK(cpp_identifier("  a - b  ") == "a_b");
  CHECK(cpp_identifier("a__b") == "a__b");  // the name's own underscores are kept
  CHECK(cpp_identifier("1st") == "_1st");
  CHECK(cpp_identifier("café") == "caf_u00e9");
  CHECK(cpp_identifier("naïve") == "na_u00ef_ve");
  CHECK(cpp_identifier("日本") == "u65e5_u672c");
  CHECK(cpp_identifier("😀") == "U0001f600");
  CHECK(cpp_identifier("-") == "_");
  CHECK(cpp_identifier("row", reserved_member_names()) == "row_");
  CHECK(cpp_identifier("from_row", reserved_member_names()) == "from_row_");
  CHECK(cpp_identifier("txn", reserved_member_names()) == "txn_");
  CHECK(cpp_identifier("row") == "row");  // reserved only where the generated code needs it
}

TEST_CASE("string literals and comments cannot break out of their syntax") {
  using codegen::cpp_string_literal;
  CHECK(cpp_string_literal("a\"b\\c") == R"("a\"b\\c")");
  CHECK(cpp_string_literal("é") == R"("\303\251")");
  CHECK(cpp_string_literal("x\n1") == R"("x\n1")");
  CHECK(cpp_string_literal("?" "?/") == R"("?\?/")");  // no trigraph
  CHECK(cpp_string_literal(std::string("\0" "1", 2)) == R"("\0001")");  // octal stays three digits
  CHECK(codegen::doc_comment("ends with \\\nnext", "  ") == "  /// ends with \\.\n  /// next\n");
  CHECK(codegen::doc_comment("tab\there", "") == "/// tab here\n");
}

TEST_CASE("namespaces must be identifier paths outside std, pqxx and schemac") {
  std::string why;
  CHECK(codegen::valid_namespace("db", &why));
  CHECK(codegen::valid_namespace("app::db", &why));
  CHECK_FALSE(codegen::valid_namespace("", &why));
  CHECK_FALSE(codegen::valid_namespace("1db", &why));
  CHECK_FALSE(codegen::valid_namespace("app::class", &why));
  CHECK_FALSE(codegen::valid_namespace("app::", &why));
  CHECK_FALSE(codegen::valid_namespace("schemac::db", &why));
  CHECK(why == "\"schemac\" is the namespace of a library the generated code uses");
}

TEST_CASE("type map: types by internal or SQL name, columns, includes") {
  SourceSet sources;
  Diagnostics diags;
  FileId id = sources.add("map.txt",
                          "# comment\n"
                          "type double precision[] = ::std::vector<double>\n"
                          "type \"My Schema\".\"Money\" = ::app::money\n"
                          "  column Calendar.\"Memory\".embedding = ::std::vector<float>  \n"
                          "include <app/money.hpp>\n");
  TypeMap map = parse_type_map(id, sources, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(map.overrides.size() == 3);
  CHECK(map.overrides[0].type.name == "float8");
  CHECK(map.overrides[0].type.is_array);
  CHECK(map.overrides[1].type.schema == "My Schema");
  CHECK(map.overrides[1].type.name == "Money");
  CHECK(map.overrides[2].for_column);
  CHECK(map.overrides[2].table == QualifiedName{"calendar", "Memory"});
  CHECK(map.overrides[2].column == "embedding");
  CHECK(map.overrides[2].cpp_type == "::std::vector<float>");
  CHECK(map.includes == std::vector<std::string>{"<app/money.hpp>"});
}

TEST_CASE("an unmapped type is an error naming the column") {
  std::string errors;
  auto files = generate("CREATE TABLE t (id int PRIMARY KEY, c tsrange);", &errors);
  CHECK(files.empty());
  CHECK(contains(errors, "schema.sql:1:37: error: column public.t.c has type tsrange, which schemac cannot map to C++; "
                         "map it with --type-map [unmapped-type]"));
  // The same schema with the type mapped generates, using the mapped type.
  errors.clear();
  files = generate("CREATE TABLE t (id int PRIMARY KEY, c tsrange);", &errors, {}, "type tsrange = ::std::string\n");
  CHECK(errors.empty());
  CHECK(contains(file_named(files, "public.hpp"), "::std::optional<::std::string> c{};"));
}

TEST_CASE("name clashes are errors; escaped names are used consistently") {
  std::string errors;
  generate("CREATE TABLE t (\"Name\" text, name text);", &errors);
  CHECK(contains(errors, "columns \"Name\" and \"name\" of table public.t become \"Name\" and \"name\" in C++, which "
                         "differ only in case; rename one of them [name-clash]"));
  errors.clear();
  generate("CREATE TABLE t (\"row\" int, row_ int);", &errors);
  CHECK(contains(errors, "columns \"row\" and \"row_\" of table public.t both become \"row_\" in C++"));

  auto files = generate("CREATE TABLE \"delete\" (class int PRIMARY KEY, \"default\" text);");
  const std::string& header = file_named(files, "public.hpp");
  CHECK(contains(header, "namespace delete_ {"));
  CHECK(contains(header, "::std::int32_t class_{};"));
  CHECK(contains(header, "inline ::std::optional<row> find(::pqxx::transaction_base& txn, const ::std::int32_t& class_)"));
  CHECK(contains(header, "WHERE class = $1"));                      // SQL keeps the real name
  CHECK(contains(header, "::schemac::rt::column(source, 1, \"default\"), out.default_"));
}

TEST_CASE("insert struct: required, omitted for the default, default-or-NULL, absent") {
  auto files = generate(
      "CREATE TABLE t (\n"
      "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
      "  n int GENERATED BY DEFAULT AS IDENTITY,\n"
      "  a text NOT NULL,\n"
      "  b text,\n"
      "  c text DEFAULT 'x',\n"
      "  d text NOT NULL DEFAULT 'y',\n"
      "  e text GENERATED ALWAYS AS (upper(a)) STORED);");
  const std::string& header = file_named(files, "public.hpp");
  auto insert_row = header.substr(header.find("struct insert_row {"));
  insert_row = insert_row.substr(0, insert_row.find("\n};"));
  CHECK_FALSE(contains(insert_row, " id{}"));
  CHECK(contains(insert_row, "::std::optional<::std::int32_t> n{};"));
  CHECK(contains(insert_row, "  ::std::string a{};"));
  CHECK(contains(insert_row, "::std::optional<::std::string> b{};"));
  CHECK(contains(insert_row, "::std::optional<::std::optional<::std::string>> c{};"));
  CHECK(contains(insert_row, "::std::optional<::std::string> d{};"));
  CHECK_FALSE(contains(insert_row, " e{}"));
  // Neither kind of GENERATED ALWAYS column is written by update either.
  CHECK(contains(header, "UPDATE public.t SET n = $1, a = $2, b = $3, c = $4, d = $5 WHERE id = $6"));
}

TEST_CASE("output does not depend on declaration order") {
  auto a = generate("CREATE TYPE e2 AS ENUM ('x'); CREATE TYPE e1 AS ENUM ('y'); CREATE TABLE b (x e1); CREATE TABLE a (y e2);");
  auto b = generate("CREATE TYPE e1 AS ENUM ('y'); CREATE TYPE e2 AS ENUM ('x'); CREATE TABLE a (y e2); CREATE TABLE b (x e1);");
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].name == b[i].name);
    CHECK(a[i].content == b[i].content);
  }
  const std::string& header = file_named(a, "public.hpp");
  CHECK(header.find("namespace a {") < header.find("namespace b {"));
  CHECK(contains(header, "// Code generated by schemac from schema.sql. DO NOT EDIT.\n"));
}

TEST_CASE("a table with no columns and a table with only a key") {
  auto files = generate("CREATE TABLE empty (); CREATE TABLE keys (k text PRIMARY KEY);");
  const std::string& header = file_named(files, "public.hpp");
  CHECK(contains(header, "inline row insert(::pqxx::transaction_base& txn, const insert_row& /*values*/)"));
  CHECK(contains(header, "static_cast<void>(source);"));
  // Nothing to update when the key is the only column; delete is still there.
  auto keys = header.substr(header.find("namespace keys {"));
  CHECK_FALSE(contains(keys, "update("));
  CHECK(contains(keys, "inline bool remove("));
}

TEST_CASE("write_generated rewrites only what changed and removes what is no longer generated") {
  ScratchDir scratch;
  fs::path dir = scratch.path / "out";
  std::vector<GeneratedFile> files = {{"a.hpp", "// Code generated by schemac. DO NOT EDIT.\nA\n"},
                                      {"b.hpp", "// Code generated by schemac. DO NOT EDIT.\nB\n"}};
  WriteResult first = write_generated(dir, files);
  CHECK(first.written == std::vector<std::string>{"a.hpp", "b.hpp"});
  CHECK(compare_generated(dir, files).empty());

  auto a_time = fs::last_write_time(dir / "a.hpp");
  files[1].content += "more\n";
  write_file((dir / "mine.hpp").string(), "// not generated\n");
  write_file((dir / "old.hpp").string(), "// Code generated by schemac from x.sql. DO NOT EDIT.\n");
  auto drift = compare_generated(dir, files);
  REQUIRE(drift.size() == 2);
  CHECK(drift[0].name == "b.hpp");
  CHECK(drift[0].kind == DriftKind::changed);
  CHECK(drift[1].name == "old.hpp");
  CHECK(drift[1].kind == DriftKind::extra);

  WriteResult second = write_generated(dir, files);
  CHECK(second.written == std::vector<std::string>{"b.hpp"});
  CHECK(second.removed == std::vector<std::string>{"old.hpp"});
  CHECK(second.unchanged == 1);
  CHECK(fs::last_write_time(dir / "a.hpp") == a_time);
  CHECK(fs::exists(dir / "mine.hpp"));  // files schemac did not write are left alone
  fs::remove(dir / "a.hpp");
  drift = compare_generated(dir, files);
  REQUIRE(drift.size() == 1);
  CHECK(drift[0].kind == DriftKind::missing);
}

TEST_CASE("check_generated regenerates with the manifest's settings and names stale files") {
  ScratchDir scratch;
  fs::create_directories(scratch.path / "schema");
  write_file((scratch.path / "schema/a.sql").string(), "CREATE TABLE t (id int PRIMARY KEY);\n");
  write_file((scratch.path / "map.txt").string(), "type tsrange = ::std::string\n");
  GenerateRequest request;
  request.schema = (scratch.path / "schema").string();
  request.out = (scratch.path / "gen").string();
  request.cpp_namespace = "app::db";
  request.type_map = (scratch.path / "map.txt").string();
  std::ostringstream out, err;
  REQUIRE(run_generate(request, out, err) == kExitInSync);
  std::string manifest = read_file((scratch.path / "gen" / std::string(kManifestFile)).string());
  CHECK(contains(manifest, "\nschema ../schema\nnamespace app::db\ntype-map ../map.txt\n"));
  CHECK(contains(read_file((scratch.path / "gen/public.hpp").string()), "from schema/a.sql. DO NOT EDIT."));

  {
    SourceSet sources;
    Diagnostics diags;
    auto check = check_generated(scratch.path / "gen", sources, diags);
    REQUIRE(check);
    CHECK(check->fresh());
    CHECK(check->settings.cpp_namespace == "app::db");
    CHECK(describe_drift(*check).empty());
  }
  // A schema edit makes the header stale; a new schema makes a header missing.
  write_file((scratch.path / "schema/a.sql").string(), "CREATE TABLE t (id int PRIMARY KEY, c tsrange);\n");
  write_file((scratch.path / "schema/b.sql").string(), "CREATE SCHEMA s; CREATE TABLE s.u (id int);\n");
  {
    SourceSet sources;
    Diagnostics diags;
    auto check = check_generated(scratch.path / "gen", sources, diags);
    REQUIRE(check);
    REQUIRE(check->drift.size() == 3);
    CHECK(check->drift[0].name == "public.hpp");
    CHECK(check->drift[0].kind == DriftKind::changed);
    CHECK(check->drift[1].name == "s.hpp");
    CHECK(check->drift[1].kind == DriftKind::missing);
    CHECK(check->drift[2].name == std::string(kManifestFile));  // lists the new header
    std::string text = describe_drift(*check);
    CHECK(contains(text, "/gen/public.hpp: stale (differs from what the schema files generate)\n"));
    CHECK(contains(text, "/gen/s.hpp: missing\n"));
    CHECK(contains(text, "regenerate with: schemac generate --schema "));
    CHECK(contains(text, "--namespace app::db --type-map "));
  }
  // A schema that no longer generates is reported as diagnostics, not as drift.
  write_file((scratch.path / "schema/b.sql").string(), "CREATE TABLE v (r tsmultirange);\n");
  {
    SourceSet sources;
    Diagnostics diags;
    CHECK_FALSE(check_generated(scratch.path / "gen", sources, diags));
    CHECK(contains(diags.render(sources), "column public.v.r has type tsmultirange"));
  }
}

TEST_CASE("schemac generate: usage errors exit 2") {
  std::ostringstream out, err;
  GenerateRequest request;
  CHECK(run_generate(request, out, err) == kExitError);
  CHECK(err.str() == "schemac: generate needs --out DIR\n");
}
