// Live round trips through tables whose names C++ cannot take as they are (keywords, macros,
// names of the generated code, quoted names with spaces, case and non-ASCII letters), using the
// generated accessors of tests/codegen/golden/keywords. Compiled as C++17 with -Werror.
#include <doctest/doctest.h>

#include <memory>

#include "namespace.hpp"
#include "public.hpp"
#include "support/live.hpp"
#include "support/process.hpp"

namespace names = db::namespace_;
namespace orders = db::public_::Order;
using schemac::rt::numeric;

namespace {

struct Database {
  std::string conninfo;
  std::unique_ptr<pqxx::connection> connection;
  Database() {
    auto& server = schemac::test::LiveServer::instance();
    conninfo = server.new_database("codegen_names");
    auto loaded = server.psql(conninfo, schemac::test::read_file(CODEGEN_KEYWORDS_SCHEMA));
    if (loaded.exit_code != 0) throw std::runtime_error("keywords schema does not load: " + loaded.err);
    connection = schemac::rt::connect(conninfo);
  }
};

}  // namespace

TEST_CASE("escaped names reach the right columns") {
  Database db;
  pqxx::work txn(*db.connection);
  names::struct_::insert_row parent;
  parent.this_ = 1;
  parent.label = "parent";
  CHECK(names::struct_::insert(txn, parent).this_ == 1);

  names::delete_::insert_row v;
  v.id = 10;
  v.class_ = "class";
  v.namespace_ = "namespace";
  v.row_ = 2;
  v.from_row_ = "from_row";
  v.txn_ = 3;
  v.insert_row_ = "insert_row";
  v._1st = 4;
  v.caf_u00e9 = "café";
  v.linux_ = 5;
  v.NULL_ = "NULL";
  v.Mixed_Case = "Mixed Case";
  v.x_y = "x-y";
  v.say_hi = "say \"hi\"";
  v.this_ = 1;
  auto inserted = names::delete_::insert(txn, v);
  // Defaults: "default" 7, "new" true, "enum" 'two words'.
  CHECK(inserted.default_ == 7);
  CHECK(inserted.new_);
  CHECK(inserted.enum_ == names::enum_::two_words);
  CHECK(inserted.class_ == "class");
  CHECK(inserted.caf_u00e9 == "café");
  CHECK(inserted.Mixed_Case == "Mixed Case");

  // Each value landed in the column of its name.
  auto r = txn.exec(
      "SELECT class, \"default\", \"namespace\", \"row\", from_row, txn, insert_row, \"1st\", \"café\", linux, \"NULL\", "
      "\"Mixed Case\", \"x-y\", \"this\", \"enum\"::text FROM \"namespace\".\"delete\" WHERE id = 10");
  REQUIRE(r.size() == 1);
  CHECK(r[0][0].as<std::string>() == "class");
  CHECK(r[0][1].as<int>() == 7);
  CHECK(r[0][2].as<std::string>() == "namespace");
  CHECK(r[0][3].as<int>() == 2);
  CHECK(r[0][4].as<std::string>() == "from_row");
  CHECK(r[0][5].as<int>() == 3);
  CHECK(r[0][6].as<std::string>() == "insert_row");
  CHECK(r[0][7].as<int>() == 4);
  CHECK(r[0][8].as<std::string>() == "café");
  CHECK(r[0][9].as<int>() == 5);
  CHECK(r[0][10].as<std::string>() == "NULL");
  CHECK(r[0][11].as<std::string>() == "Mixed Case");
  CHECK(r[0][12].as<std::string>() == "x-y");
  CHECK(r[0][13].as<int>() == 1);
  CHECK(r[0][14].as<std::string>() == "two words");

  // Explicit NULL for a nullable column with a default, and enum labels that are keywords.
  names::delete_::insert_row w;
  w.id = 11;
  w.class_ = "second";
  w.default_ = std::optional<std::int32_t>{};
  w.enum_ = names::enum_::default_;
  auto second = names::delete_::insert(txn, w);
  CHECK_FALSE(second.default_);
  CHECK(second.enum_ == names::enum_::default_);

  CHECK(names::delete_::select_by_this_(txn, 1).size() == 1);
  CHECK(names::delete_::select_all(txn).size() == 2);
  auto found = names::delete_::find(txn, 10);
  REQUIRE(found);
  found->enum_ = names::enum_::u00fc_ber;
  found->Mixed_Case.reset();
  auto updated = names::delete_::update(txn, *found);
  REQUIRE(updated);
  CHECK(updated->enum_ == names::enum_::u00fc_ber);
  CHECK_FALSE(updated->Mixed_Case);
  CHECK(txn.exec("SELECT \"enum\"::text FROM \"namespace\".\"delete\" WHERE id = 10")[0][0].as<std::string>() == "über");

  // from_row reads by name: SELECT * in any column order works, extra columns are ignored.
  auto star = txn.exec("SELECT 42 AS extra, * FROM \"namespace\".\"delete\" ORDER BY id DESC");
  auto rows = schemac::rt::rows_of<names::delete_::row>(star);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].id == 10);
  CHECK(rows[1]._1st == 4);
  CHECK(rows[1].say_hi == "say \"hi\"");  // found by its quoted name, "say ""hi"""

  CHECK(names::delete_::remove(txn, 11));
  CHECK_FALSE(names::delete_::find(txn, 11));

  // Upper-case table and column names.
  orders::insert_row o;
  o.Id = 1;
  o.Total = numeric("12.50");
  CHECK(orders::insert(txn, o).Total.str() == "12.50");
  CHECK(orders::find(txn, 1)->Total == numeric("12.5"));
  CHECK(orders::sql_name == "public.\"Order\"");
  CHECK(orders::columns::Total == "Total");
}
