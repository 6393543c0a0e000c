// Live round trips of every mapped type through a real PostgreSQL 15, using only the generated
// accessors of tests/codegen/golden/all_types (built by schemac_generate() at build time).
//
// Each value is inserted, read back and compared field by field; selected values are also
// compared on the server against SQL literals, so a codec that wrote and read the same wrong
// text could not pass. Compiled as C++17 with -Wall -Wextra -Werror.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

#include "public.hpp"
#include "support/live.hpp"
#include "support/process.hpp"

using namespace schemac::rt;
namespace tables = db::public_;
using tables::mood;

namespace {

// One database with the all_types schema, and a pinned connection to it.
struct Database {
  std::string conninfo;
  std::unique_ptr<pqxx::connection> connection;
  Database() {
    auto& server = schemac::test::LiveServer::instance();
    conninfo = server.new_database("codegen");
    auto loaded = server.psql(conninfo, schemac::test::read_file(CODEGEN_ALL_TYPES_SCHEMA));
    if (loaded.exit_code != 0) throw std::runtime_error("all_types schema does not load: " + loaded.err);
    connection = connect(conninfo);
  }
};

Database& database() {
  static Database db;
  return db;
}

// Equality as the test means it: NaN equals NaN, -0 differs from 0, jsonb by document.
template <class T>
bool same(const T& a, const T& b) {
  return a == b;
}
bool same(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b)); }
bool same(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b)); }
bool same(const json& a, const json& b) { return a.parse() == b.parse(); }
template <class T>
bool same(const std::optional<T>& a, const std::optional<T>& b) {
  return a.has_value() == b.has_value() && (!a || same(*a, *b));
}
template <class T>
bool same(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!same(a[i], b[i])) return false;
  }
  return true;
}

template <class T>
std::string shown(const T& value) {
  return codec<T>::format(value);
}
template <class T>
std::string shown(const std::optional<T>& value) {
  return value ? codec<T>::format(*value) : "NULL";
}

#define SAME_FIELD(got, want, field) \
  CHECK_MESSAGE(same(got.field, want.field), #field ": got " << shown(got.field) << ", want " << shown(want.field))

// True when the server finds `condition` true for the row `id` of `table`.
bool server_agrees(pqxx::transaction_base& txn, const std::string& table, std::int64_t id, const std::string& condition) {
  auto r = txn.exec_params("SELECT (" + condition + ") IS TRUE FROM " + table + " WHERE id = $1", id);
  return r.size() == 1 && r[0][0].as<bool>();
}

bytes byte_string(std::initializer_list<unsigned> values) {
  bytes out;
  for (unsigned v : values) out.push_back(static_cast<std::byte>(v));
  return out;
}

template <class T>
T parse_text(std::string_view text) {
  T value{};
  codec<T>::parse(text, value);
  return value;
}

tables::scalars::insert_row smallest() {
  tables::scalars::insert_row v;
  v.b = false;
  v.i2 = std::numeric_limits<std::int16_t>::min();
  v.i4 = std::numeric_limits<std::int32_t>::min();
  v.i8 = std::numeric_limits<std::int64_t>::min();
  v.o = 0;
  v.f4 = -std::numeric_limits<float>::max();
  v.f8 = std::numeric_limits<double>::denorm_min();
  v.num = numeric("-123456789012345678901234567890.000000000000000000000000000001");
  v.num_scaled = numeric("-123456789012345678901234567890.1234567891");
  v.t = "";
  v.vc = "ñandú";
  v.bp = "ab";  // char(5) pads: read back as "ab   "
  v.ch = "x";
  v.nm = "pg_name";
  v.ci = "MixedCase@Example.COM";
  v.ip = "::1";  // PostgreSQL drops a full host mask: "::1/128" reads back as "::1"
  v.net = "10.0.0.0/8";
  v.mac = "08:00:2b:01:02:03";
  v.mac8 = "08:00:2b:ff:fe:01:02:03";
  v.doc = "<a>1 &amp; 2</a>";
  v.u = uuid::parse("00000000-0000-0000-0000-000000000000");
  v.d = date::minus_infinity();
  v.tm = time_of_day{0};
  v.ttz = timetz{time_of_day{0}, -(15 * 3600 + 59 * 60)};
  v.ts = parse_text<timestamp>("4713-01-01 00:00:00 BC");
  v.tstz = parse_text<timestamptz>("0001-01-01 00:00:00.000001+00 BC");
  v.iv = interval{std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::min(),
                  std::numeric_limits<std::int64_t>::min()};
  v.js = json("[]");
  v.jsb = json("{}");
  v.bin = bytes{};
  v.m = mood::sad;
  return v;
}

// The other end of every range, and ordinary values with unicode, quotes and zero bytes.
tables::scalars::insert_row largest() {
  tables::scalars::insert_row v;
  v.b = true;
  v.i2 = std::numeric_limits<std::int16_t>::max();
  v.i4 = std::numeric_limits<std::int32_t>::max();
  v.i8 = std::numeric_limits<std::int64_t>::max();
  v.o = std::numeric_limits<std::uint32_t>::max();
  v.f4 = std::numeric_limits<float>::infinity();
  v.f8 = std::numeric_limits<double>::quiet_NaN();
  v.num = numeric("123456789012345678901234567890");  // 30 digits
  v.num_scaled = numeric("1.5");                       // read back as 1.5000000000, equal by value
  v.t = "héllo 世界 🎉 \"double\" 'single' \\ back\tslash\nnew line {a,b} NULL";
  v.vc = "twenty characters!!!";
  v.bp = "abcde";
  v.ch = "~";
  v.nm = std::string(63, 'n');
  v.ci = "Über";
  v.ip = "192.168.0.1/24";
  v.net = "2001:db8::/32";
  v.mac = "ff:ff:ff:ff:ff:ff";
  v.mac8 = "ff:ff:ff:ff:ff:ff:ff:ff";
  v.doc = "<doc lang=\"é\"/>";
  v.u = uuid::parse("ffffffff-ffff-ffff-ffff-ffffffffffff");
  v.d = date::infinity();
  v.tm = time_of_day{24LL * 3600 * 1000000};
  v.ttz = timetz{time_of_day{(23LL * 3600 + 59 * 60 + 59) * 1000000 + 999999}, 15 * 3600 + 59 * 60};
  v.ts = timestamp::infinity();
  v.tstz = timestamptz::max();  // 'infinity'
  v.iv = interval{std::numeric_limits<std::int32_t>::max(), std::numeric_limits<std::int32_t>::max(),
                  std::numeric_limits<std::int64_t>::max()};
  v.js = json(R"({"b": [1, 2.50], "a": "\u00e9"})");
  v.jsb = json(R"({"b": 1, "a": [true, null, "x"]})");
  v.bin = byte_string({0x00, 0xff, 0x00, 0x5c, 0x22, 0x27});
  v.m = mood::d_u00e9_j_u00e0_vu;
  return v;
}

tables::scalars::insert_row ordinary() {
  tables::scalars::insert_row v = largest();
  v.f4 = 0.1f;
  v.f8 = -0.0;
  v.num = numeric("NaN");
  v.num_scaled = numeric("0.0000000001");
  v.d = date::from_ymd(-4713, 11, 24);  // 4714-11-24 BC, PostgreSQL's first date
  v.tm = time_of_day{(23LL * 3600 + 59 * 60 + 59) * 1000000 + 999999};
  v.ts = parse_text<timestamp>("1969-12-31 23:59:59.999999");
  v.tstz = parse_text<timestamptz>("1900-01-01 00:00:00.000001+00");
  v.iv = interval{14, -3, -1};
  v.m = mood::padded;
  v.js = json("null");
  v.jsb = json(R"("\u263a")");
  return v;
}

// Every member of the row against the values it was inserted with.
void check_scalars(const tables::scalars::row& got, const tables::scalars::insert_row& want) {
  SAME_FIELD(got, want, b);
  SAME_FIELD(got, want, i2);
  SAME_FIELD(got, want, i4);
  SAME_FIELD(got, want, i8);
  SAME_FIELD(got, want, o);
  SAME_FIELD(got, want, f4);
  SAME_FIELD(got, want, f8);
  SAME_FIELD(got, want, num);
  SAME_FIELD(got, want, num_scaled);
  SAME_FIELD(got, want, t);
  SAME_FIELD(got, want, vc);
  CHECK(got.bp == (want.bp + std::string(5 - want.bp.size(), ' ')));
  SAME_FIELD(got, want, ch);
  SAME_FIELD(got, want, nm);
  SAME_FIELD(got, want, ci);
  SAME_FIELD(got, want, ip);
  SAME_FIELD(got, want, net);
  SAME_FIELD(got, want, mac);
  SAME_FIELD(got, want, mac8);
  SAME_FIELD(got, want, doc);
  SAME_FIELD(got, want, u);
  SAME_FIELD(got, want, d);
  SAME_FIELD(got, want, tm);
  SAME_FIELD(got, want, ttz);
  SAME_FIELD(got, want, ts);
  SAME_FIELD(got, want, tstz);
  SAME_FIELD(got, want, iv);
  SAME_FIELD(got, want, js);
  CHECK(got.js.text == want.js.text);  // json keeps its text exactly
  SAME_FIELD(got, want, jsb);
  SAME_FIELD(got, want, bin);
  SAME_FIELD(got, want, m);
}

}  // namespace

TEST_CASE("every scalar type round-trips at its extremes") {
  pqxx::work txn(*database().connection);
  for (const auto& values : {smallest(), largest(), ordinary()}) {
    tables::scalars::row inserted = tables::scalars::insert(txn, values);
    check_scalars(inserted, values);
    auto found = tables::scalars::find(txn, inserted.id);
    REQUIRE(found);
    check_scalars(*found, values);
    CHECK(found->id == inserted.id);
  }
  CHECK(tables::scalars::select_all(txn).size() == 3);
  txn.commit();
}

TEST_CASE("the server stores exactly the values meant") {
  pqxx::work txn(*database().connection);
  auto low = tables::scalars::insert(txn, smallest());
  auto high = tables::scalars::insert(txn, largest());
  auto mid = tables::scalars::insert(txn, ordinary());
  auto agrees = [&](std::int64_t id, const std::string& condition) {
    CHECK_MESSAGE(server_agrees(txn, "public.scalars", id, condition), condition);
  };
  agrees(low.id, "i8 = -9223372036854775808 AND i4 = -2147483648 AND i2 = -32768 AND o = 0");
  agrees(high.id, "i8 = 9223372036854775807 AND o = 4294967295");
  agrees(low.id, "num = -123456789012345678901234567890.000000000000000000000000000001");
  agrees(high.id, "num = 123456789012345678901234567890 AND num_scaled::text = '1.5000000000'");
  agrees(mid.id, "num = 'NaN' AND f8 = 0 AND f8::text = '-0' AND f4 = real '0.1'");
  agrees(high.id, "f4 = 'Infinity' AND f8 = 'NaN'");
  agrees(low.id, "f8 = float8 '4.9406564584124654e-324' AND f4 = real '-3.4028235e+38'");
  agrees(low.id, "d = '-infinity' AND ts = '4713-01-01 00:00:00 BC' AND tstz = '0001-01-01 00:00:00.000001+00 BC'");
  agrees(high.id, "d = 'infinity' AND ts = 'infinity' AND tstz = 'infinity' AND tm = '24:00:00'");
  agrees(mid.id, "d = '4714-11-24 BC' AND ts = '1969-12-31 23:59:59.999999' AND tstz = '1900-01-01 00:00:00.000001+00'");
  agrees(mid.id, "tm = '23:59:59.999999' AND iv = make_interval(0, 14, 0, -3, 0, 0, -0.000001)");
  agrees(low.id, "ttz = '00:00:00-15:59'::timetz AND tm = '00:00:00'");
  agrees(low.id, "iv = '-2147483648 mons -2147483648 days -9223372036854775808 microseconds'::interval");
  agrees(high.id, "iv = '2147483647 mons 2147483647 days 9223372036854775807 microseconds'::interval");
  agrees(high.id, "bin = '\\x00ff005c2227'::bytea AND length(bin) = 6");
  agrees(high.id, "t = E'h\u00e9llo \u4e16\u754c \U0001F389 \"double\" ''single'' \\\\ back\\tslash\\nnew line {a,b} NULL'");
  agrees(high.id, "jsb = '{\"a\": [true, null, \"x\"], \"b\": 1}'::jsonb AND m = 'd\u00e9j\u00e0 vu'");
  agrees(mid.id, "m = ' padded ' AND jsb = '\"\u263a\"'::jsonb AND js::text = 'null'");
  agrees(low.id, "u = '00000000-0000-0000-0000-000000000000' AND bin = ''::bytea AND t = '' AND m = 'sad'");
  agrees(high.id, "u = 'ffffffff-ffff-ffff-ffff-ffffffffffff' AND ci::text = '\u00dcber' AND bp = 'abcde'");
}

TEST_CASE("NULLs: every nullable column empty, then filled, then emptied by update") {
  pqxx::work txn(*database().connection);
  tables::nullable_scalars::row empty = tables::nullable_scalars::insert(txn, {});
  CHECK_FALSE(empty.b);
  CHECK_FALSE(empty.num);
  CHECK_FALSE(empty.tstz);
  CHECK_FALSE(empty.bin);
  CHECK_FALSE(empty.m);
  CHECK(server_agrees(txn, "public.nullable_scalars", empty.id,
                      "num_nonnulls(b, i2, i4, i8, o, f4, f8, num, t, ch, ci, ip, u, d, tm, ttz, ts, tstz, iv, js, jsb, bin, m) = 0"));

  tables::nullable_scalars::row filled = empty;
  filled.b = true;
  filled.i2 = 1;
  filled.i4 = 2;
  filled.i8 = 3;
  filled.o = 4;
  filled.f4 = 5.5f;
  filled.f8 = 6.25;
  filled.num = numeric("7.000");
  filled.t = "€";
  filled.ch = "c";
  filled.ci = "CI";
  filled.ip = "127.0.0.1";
  filled.u = uuid::parse("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
  filled.d = date::from_ymd(1969, 7, 20);
  filled.tm = time_of_day{1};
  filled.ttz = timetz{time_of_day{0}, 3600};
  filled.ts = timestamp::minus_infinity();
  filled.tstz = timestamptz::min();
  filled.iv = interval{0, 1, 0};
  filled.js = json("{}");
  filled.jsb = json("[1]");
  filled.bin = byte_string({0});
  filled.m = mood::very_happy;
  auto updated = tables::nullable_scalars::update(txn, filled);
  REQUIRE(updated);
  auto found = tables::nullable_scalars::find(txn, filled.id);
  REQUIRE(found);
  for (const auto* row : {&*updated, &*found}) {
    SAME_FIELD((*row), filled, b);
    SAME_FIELD((*row), filled, i8);
    SAME_FIELD((*row), filled, f4);
    SAME_FIELD((*row), filled, num);
    SAME_FIELD((*row), filled, t);
    SAME_FIELD((*row), filled, u);
    SAME_FIELD((*row), filled, d);
    SAME_FIELD((*row), filled, tm);
    SAME_FIELD((*row), filled, ttz);
    SAME_FIELD((*row), filled, ts);
    SAME_FIELD((*row), filled, tstz);
    SAME_FIELD((*row), filled, iv);
    SAME_FIELD((*row), filled, jsb);
    SAME_FIELD((*row), filled, bin);
    SAME_FIELD((*row), filled, m);
  }
  CHECK(found->num->str() == "7.000");
  CHECK(server_agrees(txn, "public.nullable_scalars", filled.id, "ts = '-infinity' AND tstz = '-infinity' AND bin = '\\x00'"));

  auto emptied = tables::nullable_scalars::update(txn, empty);
  REQUIRE(emptied);
  CHECK_FALSE(emptied->m);
  CHECK_FALSE(emptied->bin);
  CHECK(server_agrees(txn, "public.nullable_scalars", empty.id, "num_nonnulls(b, num, t, bin, m, tstz) = 0"));
  CHECK(tables::nullable_scalars::remove(txn, empty.id));
  CHECK_FALSE(tables::nullable_scalars::remove(txn, empty.id));
  CHECK_FALSE(tables::nullable_scalars::find(txn, empty.id));
  CHECK_FALSE(tables::nullable_scalars::update(txn, empty));
}

TEST_CASE("arrays: empty, with NULL elements, with characters that need quoting") {
  pqxx::work txn(*database().connection);
  tables::arrays::insert_row empty;
  auto e = tables::arrays::insert(txn, empty);
  CHECK(e.t.empty());
  CHECK(e.bin.empty());
  CHECK_FALSE(e.maybe);
  CHECK(server_agrees(txn, "public.arrays", e.id, "t = '{}' AND cardinality(m) = 0 AND maybe IS NULL"));

  tables::arrays::insert_row v;
  v.b = {{true}, std::nullopt, {false}};
  v.i2 = {{std::numeric_limits<std::int16_t>::min()}, std::nullopt};
  v.i4 = {std::nullopt};
  v.i8 = {{std::numeric_limits<std::int64_t>::min()}, {std::numeric_limits<std::int64_t>::max()}};
  v.f4 = {{std::numeric_limits<float>::quiet_NaN()}, {-0.0f}};
  v.f8 = {{std::numeric_limits<double>::infinity()}, {1e-300}};
  v.num = {{numeric("123456789012345678901234567890.5")}, std::nullopt, {numeric("-Infinity")}};
  v.t = {{""}, {"NULL"}, std::nullopt, {"a,b"}, {"{x}"}, {"\"q\""}, {"back\\slash"}, {" spaced "}, {"é🎉"}};
  v.ci = {{"Case"}};
  v.u = {{uuid::parse("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")}, std::nullopt};
  v.d = {{date::infinity()}, {date::from_ymd(-43, 3, 15)}, std::nullopt};
  v.tm = {{time_of_day{0}}, {time_of_day{24LL * 3600 * 1000000}}};
  v.ts = {{parse_text<timestamp>("1969-12-31 23:59:59.999999")}, {timestamp::minus_infinity()}};
  v.tstz = {{parse_text<timestamptz>("1960-02-29 12:00:00.000001+00")}, {timestamptz::max()}, std::nullopt};
  v.iv = {{interval{-1, 2, -3}}, std::nullopt};
  v.jsb = {{json(R"({"k": "v, {w}"})")}, std::nullopt};
  v.bin = {{byte_string({0, 0x5c, 0x22})}, {bytes{}}, std::nullopt};
  v.m = {{mood::very_happy}, std::nullopt, {mood::padded}, {mood::class_}};
  v.maybe = std::vector<std::optional<std::int32_t>>{};
  auto inserted = tables::arrays::insert(txn, v);
  auto found = tables::arrays::find(txn, inserted.id);
  REQUIRE(found);
  for (const auto* row : {&inserted, &*found}) {
    SAME_FIELD((*row), v, b);
    SAME_FIELD((*row), v, i2);
    SAME_FIELD((*row), v, i4);
    SAME_FIELD((*row), v, i8);
    SAME_FIELD((*row), v, f4);
    SAME_FIELD((*row), v, f8);
    SAME_FIELD((*row), v, num);
    SAME_FIELD((*row), v, t);
    SAME_FIELD((*row), v, ci);
    SAME_FIELD((*row), v, u);
    SAME_FIELD((*row), v, d);
    SAME_FIELD((*row), v, tm);
    SAME_FIELD((*row), v, ts);
    SAME_FIELD((*row), v, tstz);
    SAME_FIELD((*row), v, iv);
    SAME_FIELD((*row), v, jsb);
    SAME_FIELD((*row), v, bin);
    SAME_FIELD((*row), v, m);
    SAME_FIELD((*row), v, maybe);
  }
  auto id = inserted.id;
  CHECK(server_agrees(txn, "public.arrays", id, "cardinality(t) = 9 AND t[3] IS NULL AND t[2] = 'NULL' AND t[4] = 'a,b'"));
  CHECK(server_agrees(txn, "public.arrays", id, "t[6] = '\"q\"' AND t[7] = E'back\\\\slash' AND t[8] = ' spaced '"));
  CHECK(server_agrees(txn, "public.arrays", id, "i4 = ARRAY[NULL]::int[] AND i8[1] = -9223372036854775808"));
  CHECK(server_agrees(txn, "public.arrays", id, "d[2] = '0044-03-15 BC' AND m[1] = 'very happy' AND m[3] = ' padded '"));
  CHECK(server_agrees(txn, "public.arrays", id, "bin[1] = '\\x005c22' AND bin[2] = '' AND bin[3] IS NULL"));
  CHECK(server_agrees(txn, "public.arrays", id, "maybe = '{}' AND num[1] = 123456789012345678901234567890.5"));
}

TEST_CASE("sessions: pinned by connect(); offsets read correctly even when not pinned") {
  auto& db = database();
  {
    pqxx::work txn(*db.connection);
    CHECK(txn.exec("SHOW TimeZone")[0][0].as<std::string>() == "UTC");
    CHECK(txn.exec("SHOW IntervalStyle")[0][0].as<std::string>() == "postgres");
    CHECK(txn.exec("SHOW DateStyle")[0][0].as<std::string>() == "ISO, MDY");
  }
  // A session in another time zone prints other offsets; the instant read is the same.
  pqxx::connection other(db.conninfo + " options='-c TimeZone=Asia/Kathmandu'");
  pqxx::work txn(other);
  auto expected = parse_text<timestamptz>("1969-07-20 20:17:40.123456+00");
  auto r = txn.exec_params("SELECT $1::timestamptz AS tstz, $1::timestamptz::text AS shown", to_param(expected));
  CHECK(r[0]["shown"].as<std::string>() == "1969-07-21 01:47:40.123456+05:30");
  timestamptz got{};
  read(r[0]["tstz"], got);
  CHECK(got == expected);
  // Enums as parameters and results through libpqxx's own interface use labels.
  auto m = txn.exec_params("SELECT $1::mood AS m", mood::very_happy);
  CHECK(m[0][0].as<std::string>() == "very happy");
  CHECK(m[0][0].as<mood>() == mood::very_happy);
}
