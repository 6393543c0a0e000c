// Unit tests of the generated runtime (schemac_runtime.hpp): every codec against the exact text
// PostgreSQL prints and reads, including the forms a pinned session never produces but another
// session might, and the errors for text that does not fit a C++ type. The live test checks the
// same codecs against a real server.
#include <doctest/doctest.h>

#include <cmath>

#include "schemac_runtime.hpp"
#include "schemac_types.hpp"

using namespace schemac::rt;

namespace {

template <class T>
T parse(std::string_view text) {
  T value{};
  codec<T>::parse(text, value);
  return value;
}

template <class T>
std::string round_trip(std::string_view text) {
  return codec<T>::format(parse<T>(text));
}

template <class T>
bool rejects(std::string_view text) {
  try {
    parse<T>(text);
    return false;
  } catch (const pqxx::conversion_error&) {
    return true;
  }
}

}  // namespace

TEST_CASE("integers: exact range, no spaces, no fractions") {
  CHECK(parse<std::int16_t>("-32768") == -32768);
  CHECK(parse<std::int64_t>("9223372036854775807") == INT64_MAX);
  CHECK(parse<std::int64_t>("-9223372036854775808") == INT64_MIN);
  CHECK(parse<std::uint32_t>("4294967295") == 4294967295u);
  CHECK(rejects<std::int16_t>("32768"));
  CHECK(rejects<std::int32_t>("1.0"));
  CHECK(rejects<std::int32_t>(" 1"));
  CHECK(rejects<std::int32_t>(""));
  CHECK(parse<bool>("t"));
  CHECK_FALSE(parse<bool>("f"));
  CHECK(rejects<bool>("yes"));
}

TEST_CASE("floating point: shortest exact text, PostgreSQL's special values") {
  CHECK(round_trip<double>("0.1") == "0.1");
  CHECK(round_trip<double>("1e+300") == "1e+300");
  CHECK(round_trip<double>("-0") == "-0");
  CHECK(round_trip<float>("3.4028235e+38") == "3.4028235e+38");
  CHECK(round_trip<double>("5e-324") == "5e-324");
  CHECK(std::isnan(parse<double>("NaN")));
  CHECK(codec<double>::format(-INFINITY) == "-Infinity");
  CHECK(parse<float>("Infinity") == INFINITY);
  CHECK(rejects<double>("0.1x"));
}

TEST_CASE("numeric keeps every digit and compares by value") {
  CHECK(round_trip<numeric>("123456789012345678901234567890.123456789") == "123456789012345678901234567890.123456789");
  CHECK(round_trip<numeric>("-0.000000000000000000000000000001") == "-0.000000000000000000000000000001");
  CHECK(numeric("1.50") == numeric("1.5"));
  CHECK(numeric("1.50").str() == "1.50");
  CHECK(numeric("-0.0") == numeric(0));
  CHECK(numeric("1e3") == numeric(1000));
  CHECK(numeric("+7") == numeric(7));
  CHECK(numeric("-2") < numeric("1"));
  CHECK(numeric("-10") < numeric("-9.99"));
  CHECK(numeric("0.001") < numeric("0.01"));
  CHECK(numeric("-Infinity") < numeric("-1e100"));
  CHECK(numeric("1e100") < numeric("Infinity"));
  CHECK(numeric("Infinity") < numeric("NaN"));
  CHECK(numeric("NaN") == numeric("NaN"));
  CHECK(numeric("12.0").to_int64() == 12);
  CHECK(numeric("1.2e1").to_int64() == 12);
  CHECK_FALSE(numeric("12.5").to_int64());
  CHECK_FALSE(numeric("9223372036854775808").to_int64());
  CHECK(numeric("-9223372036854775808").to_int64() == INT64_MIN);
  CHECK(numeric("2.5").to_double() == 2.5);
  CHECK(rejects<numeric>("1,5"));
  CHECK(rejects<numeric>("."));
  CHECK(rejects<numeric>("1e"));
}

TEST_CASE("uuid: PostgreSQL's input forms, canonical output") {
  const char* canonical = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11";
  CHECK(round_trip<uuid>("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11") == canonical);
  CHECK(round_trip<uuid>("{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}") == canonical);
  CHECK(round_trip<uuid>("a0eebc999c0b4ef8bb6d6bb9bd380a11") == canonical);
  CHECK(rejects<uuid>("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1"));
  CHECK(rejects<uuid>("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a111"));
  CHECK(rejects<uuid>("a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11"));
  CHECK(rejects<uuid>("g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"));
}

TEST_CASE("dates: BC, far future, infinity, calendar validation") {
  CHECK(parse<date>("1970-01-01").days_since_epoch() == 0);
  CHECK(parse<date>("1969-12-31").days_since_epoch() == -1);
  CHECK(round_trip<date>("2024-02-29") == "2024-02-29");
  CHECK(round_trip<date>("0001-01-01 BC") == "0001-01-01 BC");
  CHECK(parse<date>("0001-01-01 BC").to_ymd().year == 0);
  CHECK(round_trip<date>("4714-11-24 BC") == "4714-11-24 BC");
  CHECK(round_trip<date>("5874897-12-31") == "5874897-12-31");
  CHECK(parse<date>("infinity") == date::infinity());
  CHECK(codec<date>::format(date::minus_infinity()) == "-infinity");
  CHECK(date::from_ymd(2000, 3, 1) == parse<date>("2000-03-01"));
  CHECK(rejects<date>("2023-02-29"));
  CHECK(rejects<date>("2024-13-01"));
  CHECK(rejects<date>("24-01-01"));
  CHECK_THROWS_AS(date::from_ymd(2023, 2, 29), std::out_of_range);
}

TEST_CASE("times and timestamps: microseconds, offsets, before 1970, BC, infinity") {
  CHECK(round_trip<time_of_day>("00:00:00") == "00:00:00");
  CHECK(round_trip<time_of_day>("24:00:00") == "24:00:00");
  CHECK(round_trip<time_of_day>("23:59:59.999999") == "23:59:59.999999");
  CHECK(parse<time_of_day>("00:00:00.5").microseconds == 500000);
  CHECK(rejects<time_of_day>("24:00:01"));
  CHECK(rejects<time_of_day>("12:00:00.1234567"));
  CHECK(round_trip<timetz>("12:34:56.789+05:30") == "12:34:56.789+05:30");
  CHECK(round_trip<timetz>("00:00:00-00:00:30") == "00:00:00-00:00:30");
  CHECK(parse<timetz>("01:00:00-03").utc_offset_seconds == -3 * 3600);

  CHECK(round_trip<timestamp>("1969-12-31 23:59:59.999999") == "1969-12-31 23:59:59.999999");
  CHECK(parse<timestamp>("1969-12-31 23:59:59.999999").micros_since_epoch() == -1);
  CHECK(round_trip<timestamp>("0044-03-15 12:00:00 BC") == "0044-03-15 12:00:00 BC");
  CHECK(round_trip<timestamp>("infinity") == "infinity");
  CHECK(parse<timestamp>("2000-01-02 03:04:05").time() == time_of_day{(3 * 3600 + 4 * 60 + 5) * 1000000LL});

  CHECK(parse<timestamptz>("1970-01-01 00:00:00+00").time_since_epoch().count() == 0);
  CHECK(parse<timestamptz>("1970-01-01 05:30:00+05:30").time_since_epoch().count() == 0);
  CHECK(parse<timestamptz>("1969-12-31 23:00:00-01").time_since_epoch().count() == 0);
  CHECK(round_trip<timestamptz>("1900-06-30 12:00:00.000001+00") == "1900-06-30 12:00:00.000001+00");
  CHECK(round_trip<timestamptz>("0001-01-01 00:00:00+00 BC") == "0001-01-01 00:00:00+00 BC");
  CHECK(parse<timestamptz>("infinity") == timestamptz::max());
  CHECK(codec<timestamptz>::format(timestamptz::min()) == "-infinity");
  // PostgreSQL's last timestamps lie beyond 64-bit microseconds since 1970: an error, not a wrap.
  CHECK(rejects<timestamptz>("294276-12-31 23:59:59.999999+00"));
}

TEST_CASE("intervals: months, days and microseconds apart, each with its own sign") {
  interval i = parse<interval>("1 year 2 mons 3 days 04:05:06.789");
  CHECK(i == interval{14, 3, ((4 * 60 + 5) * 60 + 6) * 1000000LL + 789000});
  CHECK(parse<interval>("-1 years -2 mons +3 days -04:05:06") == interval{-14, 3, -14706000000LL});
  CHECK(parse<interval>("00:00:00") == interval{});
  CHECK(parse<interval>("1 day") == interval{0, 1, 0});
  CHECK(parse<interval>("-00:00:00.000001") == interval{0, 0, -1});
  CHECK(parse<interval>("-178956970 years -8 mons -2147483648 days -2562047788:00:54.775808") ==
        interval{INT32_MIN, INT32_MIN, INT64_MIN});
  CHECK(parse<interval>("2562047788:00:54.775807").microseconds == INT64_MAX);
  CHECK(codec<interval>::format(interval{-14, 3, -1}) == "-14 mons +3 days -1 microseconds");
  CHECK(rejects<interval>("P1Y"));  // ISO 8601 style: the session is not pinned
  CHECK(rejects<interval>("1 week"));
  CHECK(rejects<interval>("2562047788:00:54.775808"));
}

TEST_CASE("bytea: hex and escape formats, zero bytes") {
  bytes b = parse<bytes>("\\x00ff7f");
  REQUIRE(b.size() == 3);
  CHECK(b[0] == std::byte{0});
  CHECK(b[1] == std::byte{0xff});
  CHECK(codec<bytes>::format(b) == "\\x00ff7f");
  CHECK(codec<bytes>::format(parse<bytes>("a\\\\b\\000")) == "\\x615c6200");
  CHECK(parse<bytes>("\\x").empty());
  CHECK(rejects<bytes>("\\x0"));
  CHECK(rejects<bytes>("\\xzz"));
}

TEST_CASE("arrays: quoting, NULL elements, empty arrays, no silent loss") {
  using texts = std::vector<std::optional<std::string>>;
  texts t = parse<texts>(R"({a,"b c",NULL,"NULL","q\"x","back\\slash",""})");
  REQUIRE(t.size() == 7);
  CHECK(t[0] == "a");
  CHECK(t[1] == "b c");
  CHECK_FALSE(t[2]);
  CHECK(t[3] == "NULL");
  CHECK(t[4] == "q\"x");
  CHECK(t[5] == "back\\slash");
  CHECK(t[6] == "");
  CHECK(codec<texts>::format(t) == R"({"a","b c",NULL,"NULL","q\"x","back\\slash",""})");
  CHECK(parse<texts>("{}").empty());
  CHECK(parse<std::vector<std::int32_t>>("{1,2,3}") == std::vector<std::int32_t>{1, 2, 3});
  CHECK(rejects<std::vector<std::int32_t>>("{1,NULL}"));
  CHECK(rejects<std::vector<std::int32_t>>("{{1,2},{3,4}}"));
  CHECK(rejects<std::vector<std::int32_t>>("[0:1]={1,2}"));
  CHECK(rejects<std::vector<std::int32_t>>("{1,2"));
  auto nested = parse<std::vector<std::optional<bytes>>>(R"({"\\x00",NULL})");
  REQUIRE(nested.size() == 2);
  CHECK(nested[0] == bytes{std::byte{0}});
}

TEST_CASE("enums convert through labels, not integers") {
  using db::public_::mood;
  CHECK(to_label(mood::very_happy) == "very happy");
  CHECK(from_label<mood>("déjà vu") == mood::d_u00e9_j_u00e0_vu);
  CHECK(from_label<mood>(" padded ") == mood::padded);
  CHECK_FALSE(from_label<mood>("Sad"));
  CHECK(codec<mood>::format(mood::class_) == "class");
  CHECK(parse<mood>("ok") == mood::ok);
  CHECK(rejects<mood>("1"));
  // libpqxx's own conversions go through the labels too.
  CHECK(pqxx::to_string(mood::sad) == "sad");
  CHECK_THROWS_AS(codec<mood>::format(static_cast<mood>(99)), pqxx::conversion_error);
}

#if defined(SCHEMAC_WITH_NLOHMANN_JSON)
TEST_CASE("json: text kept as is, nlohmann adapter") {
  json j = json::from(nlohmann::json{{"a", 1}});
  CHECK(j.text == R"({"a":1})");
  CHECK(j.parse()["a"] == 1);
  CHECK(parse<json>(R"({"b": [1, 2]})").text == R"({"b": [1, 2]})");
}
#endif
