#include "canonical/literals.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <vector>

namespace schemac::canonical {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// ---- numbers -------------------------------------------------------------------------------

std::optional<std::string> canonical_integer(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  while (text.size() > 1 && text.front() == '0') text.remove_prefix(1);
  if (text == "0") negative = false;
  return (negative ? "-" : "") + std::string(text);
}

std::optional<std::string> canonical_float(std::string_view text) {
  std::string t = lower(trim(text));
  if (t == "nan") return "NaN";
  if (t == "infinity" || t == "inf" || t == "+infinity" || t == "+inf") return "Infinity";
  if (t == "-infinity" || t == "-inf") return "-Infinity";
  double value = 0;
  const char* begin = t.data();
  if (!t.empty() && t.front() == '+') ++begin;
  auto [ptr, ec] = std::from_chars(begin, t.data() + t.size(), value);
  if (ec != std::errc() || ptr != t.data() + t.size()) return std::nullopt;
  // PostgreSQL prints the shortest text that reads back exactly, in %g style.
  char buf[64];
  int exp10 = value == 0 ? 0 : static_cast<int>(std::floor(std::log10(std::fabs(value))));
  std::to_chars_result r;
  if (exp10 < -4 || exp10 >= 15) {
    r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  } else {
    r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  }
  std::string out(buf, r.ptr);
  if (out == "-0") out = "-0";
  return out;
}

// ---- dates and times -----------------------------------------------------------------------

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t* y, unsigned* m, unsigned* d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t yy = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (*m <= 2);
}

bool valid_date(std::int64_t y, unsigned m, unsigned d) {
  static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  unsigned max = days[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  bool eat(char c) {
    if (peek() == c) {
      ++i;
      return true;
    }
    return false;
  }
  // Reads 1..max_digits digits.
  bool number(std::int64_t* out, int min_digits, int max_digits) {
    std::size_t start = i;
    std::int64_t v = 0;
    while (!done() && std::isdigit(static_cast<unsigned char>(peek())) &&
           static_cast<int>(i - start) < max_digits) {
      v = v * 10 + (s[i] - '0');
      ++i;
    }
    int n = static_cast<int>(i - start);
    if (n < min_digits) return false;
    *out = v;
    return true;
  }
  void skip_spaces() {
    while (!done() && std::isspace(static_cast<unsigned char>(peek()))) ++i;
  }
};

struct DateTime {
  std::int64_t year = 0;
  unsigned month = 1, day = 1;
  std::int64_t hour = 0, minute = 0, second = 0, micros = 0;
  bool has_offset = false;
  std::int64_t offset_seconds = 0;
};

bool parse_date_part(Cursor& c, DateTime* dt) {
  std::int64_t y, m, d;
  if (!c.number(&y, 4, 6)) return false;
  if (!c.eat('-')) return false;
  if (!c.number(&m, 1, 2)) return false;
  if (!c.eat('-')) return false;
  if (!c.number(&d, 1, 2)) return false;
  if (!valid_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d))) return false;
  dt->year = y;
  dt->month = static_cast<unsigned>(m);
  dt->day = static_cast<unsigned>(d);
  return true;
}

bool parse_time_part(Cursor& c, DateTime* dt) {
  std::int64_t h, mi, s = 0;
  if (!c.number(&h, 1, 2) || h > 24) return false;
  if (!c.eat(':')) return false;
  if (!c.number(&mi, 2, 2) || mi > 59) return false;
  if (c.eat(':')) {
    if (!c.number(&s, 2, 2) || s > 60) return false;
    if (c.eat('.')) {
      std::size_t start = c.i;
      std::int64_t frac = 0;
      if (!c.number(&frac, 1, 18)) return false;
      int digits = static_cast<int>(c.i - start);
      // Round to microseconds, as PostgreSQL does.
      while (digits > 7) {
        frac /= 10;
        --digits;
      }
      if (digits == 7) {
        frac = (frac + 5) / 10;
        digits = 6;
      }
      while (digits < 6) {
        frac *= 10;
        ++digits;
      }
      dt->micros = frac;
    }
  }
  dt->hour = h;
  dt->minute = mi;
  dt->second = s;
  return true;
}

bool parse_offset(Cursor& c, DateTime* dt) {
  c.skip_spaces();
  if (c.done()) return true;
  if (c.eat('Z') || c.eat('z')) {
    dt->has_offset = true;
    return c.done();
  }
  if (lower(c.s.substr(c.i)) == "utc") {
    dt->has_offset = true;
    c.i = c.s.size();
    return true;
  }
  char sign = c.peek();
  if (sign != '+' && sign != '-') return false;
  ++c.i;
  std::int64_t hh = 0, mm = 0, ss = 0;
  std::size_t start = c.i;
  if (!c.number(&hh, 1, 4)) return false;
  if (c.i - start == 4) {  // +HHMM
    mm = hh % 100;
    hh /= 100;
  } else if (c.eat(':')) {
    if (!c.number(&mm, 2, 2)) return false;
    if (c.eat(':') && !c.number(&ss, 2, 2)) return false;
  }
  dt->has_offset = true;
  dt->offset_seconds = (sign == '-' ? -1 : 1) * (hh * 3600 + mm * 60 + ss);
  return c.done();
}

std::string format_time(std::int64_t h, std::int64_t m, std::int64_t s, std::int64_t micros) {
  std::string out = fmt::format("{:02}:{:02}:{:02}", h, m, s);
  if (micros > 0) {
    std::string frac = fmt::format("{:06}", micros);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    out += "." + frac;
  }
  return out;
}

std::string format_date(std::int64_t y, unsigned m, unsigned d) {
  if (y <= 0) return fmt::format("{:04}-{:02}-{:02} BC", 1 - y, m, d);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::optional<std::string> special_datetime(std::string_view text) {
  std::string t = lower(trim(text));
  if (t == "infinity" || t == "+infinity") return "infinity";
  if (t == "-infinity") return "-infinity";
  return std::nullopt;
}

std::optional<std::string> canonical_date(std::string_view text) {
  if (auto s = special_datetime(text)) return s;
  Cursor c{trim(text)};
  DateTime dt;
  if (!parse_date_part(c, &dt) || !c.done()) return std::nullopt;
  return format_date(dt.year, dt.month, dt.day);
}

std::optional<std::string> canonical_timestamp(std::string_view text, bool with_zone) {
  if (auto s = special_datetime(text)) return s;
  Cursor c{trim(text)};
  DateTime dt;
  if (!parse_date_part(c, &dt)) return std::nullopt;
  if (c.eat('T') || c.eat('t') || c.eat(' ')) {
    c.skip_spaces();
    if (!parse_time_part(c, &dt)) return std::nullopt;
  }
  if (!parse_offset(c, &dt)) return std::nullopt;
  if (dt.has_offset && !with_zone) {
    // timestamp without time zone ignores an offset.
    dt.has_offset = false;
    dt.offset_seconds = 0;
  }
  std::int64_t days = days_from_civil(dt.year, dt.month, dt.day);
  std::int64_t secs = days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second - dt.offset_seconds;
  std::int64_t day_number = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
  std::int64_t rem = secs - day_number * 86400;
  std::int64_t y;
  unsigned m, d;
  civil_from_days(day_number, &y, &m, &d);
  std::string out = format_date(y, m, d);
  bool bc = out.size() > 3 && out.compare(out.size() - 3, 3, " BC") == 0;
  if (bc) out.resize(out.size() - 3);
  out += " " + format_time(rem / 3600, rem / 60 % 60, rem % 60, dt.micros);
  if (with_zone) out += "+00";
  if (bc) out += " BC";
  return out;
}

std::optional<std::string> canonical_time(std::string_view text) {
  Cursor c{trim(text)};
  DateTime dt;
  if (!parse_time_part(c, &dt) || !c.done()) return std::nullopt;
  return format_time(dt.hour, dt.minute, dt.second, dt.micros);
}

// ---- intervals (IntervalStyle = postgres) ---------------------------------------------------

struct IntervalValue {
  std::int64_t months = 0, days = 0, micros = 0;
};

std::optional<IntervalValue> parse_interval(std::string_view text) {
  std::string t = lower(trim(text));
  Cursor c{t};
  IntervalValue v;
  bool any = false;
  bool ago = false;
  c.eat('@');
  static const std::map<std::string, std::pair<char, double>> units = {
      {"microsecond", {'u', 1}}, {"microseconds", {'u', 1}}, {"us", {'u', 1}}, {"usec", {'u', 1}},
      {"usecs", {'u', 1}}, {"millisecond", {'u', 1e3}}, {"milliseconds", {'u', 1e3}},
      {"ms", {'u', 1e3}}, {"msec", {'u', 1e3}}, {"msecs", {'u', 1e3}}, {"second", {'u', 1e6}},
      {"seconds", {'u', 1e6}}, {"sec", {'u', 1e6}}, {"secs", {'u', 1e6}}, {"s", {'u', 1e6}},
      {"minute", {'u', 6e7}}, {"minutes", {'u', 6e7}}, {"min", {'u', 6e7}}, {"mins", {'u', 6e7}},
      {"m", {'u', 6e7}}, {"hour", {'u', 3.6e9}}, {"hours", {'u', 3.6e9}}, {"hr", {'u', 3.6e9}},
      {"hrs", {'u', 3.6e9}}, {"h", {'u', 3.6e9}}, {"day", {'d', 1}}, {"days", {'d', 1}},
      {"d", {'d', 1}}, {"week", {'d', 7}}, {"weeks", {'d', 7}}, {"w", {'d', 7}},
      {"month", {'M', 1}}, {"months", {'M', 1}}, {"mon", {'M', 1}}, {"mons", {'M', 1}},
      {"year", {'M', 12}}, {"years", {'M', 12}}, {"yr", {'M', 12}}, {"yrs", {'M', 12}},
      {"y", {'M', 12}}, {"decade", {'M', 120}}, {"decades", {'M', 120}},
      {"century", {'M', 1200}}, {"centuries", {'M', 1200}}, {"millennium", {'M', 12000}},
      {"millennia", {'M', 12000}}};
  while (true) {
    c.skip_spaces();
    if (c.done()) break;
    if (t.compare(c.i, 3, "ago") == 0 && c.i + 3 == t.size()) {
      ago = true;
      c.i += 3;
      continue;
    }
    // A signed number, possibly a time h:m[:s].
    std::size_t start = c.i;
    bool negative = false;
    if (c.peek() == '+' || c.peek() == '-') {
      negative = c.peek() == '-';
      ++c.i;
    }
    std::size_t num_start = c.i;
    while (!c.done() && (std::isdigit(static_cast<unsigned char>(c.peek())) || c.peek() == '.')) ++c.i;
    if (c.i == num_start) return std::nullopt;
    if (c.peek() == ':') {
      c.i = num_start;
      DateTime dt;
      if (!parse_time_part(c, &dt)) {
        // h:m:s may exceed 24 hours in an interval; accept a plain hour count too.
        return std::nullopt;
      }
      std::int64_t micros = ((dt.hour * 60 + dt.minute) * 60 + dt.second) * 1000000 + dt.micros;
      v.micros += negative ? -micros : micros;
      any = true;
      continue;
    }
    double number = 0;
    std::string num(t.substr(num_start, c.i - num_start));
    auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), number);
    if (ec != std::errc() || p != num.data() + num.size()) return std::nullopt;
    if (negative) number = -number;
    c.skip_spaces();
    std::size_t unit_start = c.i;
    while (!c.done() && std::isalpha(static_cast<unsigned char>(c.peek()))) ++c.i;
    std::string unit = t.substr(unit_start, c.i - unit_start);
    if (unit.empty()) {
      // A bare number means seconds.
      unit = "seconds";
    }
    auto it = units.find(unit);
    if (it == units.end()) return std::nullopt;
    double amount = number * it->second.second;
    switch (it->second.first) {
      case 'M': {
        double whole = std::trunc(amount);
        v.months += static_cast<std::int64_t>(whole);
        // Fractional months spill into days (30 per month), as PostgreSQL does.
        double frac_days = (amount - whole) * 30;
        double whole_days = std::trunc(frac_days);
        v.days += static_cast<std::int64_t>(whole_days);
        v.micros += static_cast<std::int64_t>(std::llround((frac_days - whole_days) * 86400e6));
        break;
      }
      case 'd': {
        double whole = std::trunc(amount);
        v.days += static_cast<std::int64_t>(whole);
        v.micros += static_cast<std::int64_t>(std::llround((amount - whole) * 86400e6));
        break;
      }
      default:
        v.micros += static_cast<std::int64_t>(std::llround(amount));
    }
    any = true;
    (void)start;
  }
  if (!any) return std::nullopt;
  if (ago) {
    v.months = -v.months;
    v.days = -v.days;
    v.micros = -v.micros;
  }
  return v;
}

std::string format_interval(const IntervalValue& v) {
  std::string out;
  std::int64_t years = v.months / 12, months = v.months % 12;
  bool is_before = false;  // a negative field was printed: later positive fields get a '+'
  auto add = [&](std::int64_t n, const char* unit) {
    if (n == 0) return;
    if (!out.empty()) out += ' ';
    if (is_before && n > 0) out += '+';
    out += fmt::format("{} {}{}", n, unit, (n == 1 ? "" : "s"));
    is_before = n < 0;
  };
  add(years, "year");
  if (months != 0) {
    if (!out.empty()) out += ' ';
    if (is_before && months > 0) out += '+';
    out += fmt::format("{} mon{}", months, (months == 1 || months == -1) ? "" : "s");
    is_before = months < 0;
  }
  add(v.days, "day");
  if (v.micros != 0 || out.empty()) {
    std::int64_t m = v.micros;
    bool negative = m < 0;
    if (negative) m = -m;
    std::int64_t hours = m / 3600000000LL;
    m %= 3600000000LL;
    std::int64_t minutes = m / 60000000LL;
    m %= 60000000LL;
    std::int64_t secs = m / 1000000LL;
    std::int64_t micros = m % 1000000LL;
    if (!out.empty()) out += ' ';
    if (negative) {
      out += '-';
    } else if (is_before) {
      out += '+';
    }
    out += format_time(hours, minutes, secs, micros);
  }
  return out;
}

std::optional<std::string> canonical_interval(std::string_view text) {
  auto v = parse_interval(text);
  if (!v) return std::nullopt;
  return format_interval(*v);
}

// ---- uuid ----------------------------------------------------------------------------------

std::optional<std::string> canonical_uuid(std::string_view text) {
  std::string hex;
  text = trim(text);
  if (!text.empty() && text.front() == '{' && text.back() == '}') text = text.substr(1, text.size() - 2);
  for (char c : text) {
    if (c == '-') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (hex.size() != 32) return std::nullopt;
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

// ---- jsonb ---------------------------------------------------------------------------------

// jsonb keeps numbers as numeric text and sorts object keys (shorter first, then bytewise), so
// a small parser is used instead of a JSON library that would turn 1.50 into 1.5.
struct JsonParser {
  std::string_view s;
  std::size_t i = 0;
  bool ok = true;

  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  }
  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  std::string raw_string() {  // decoded contents of a JSON string
    std::string out;
    if (i >= s.size() || s[i] != '"') {
      ok = false;
      return out;
    }
    ++i;
    while (i < s.size() && s[i] != '"') {
      char c = s[i++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i >= s.size()) break;
      char e = s[i++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          if (i + 4 > s.size()) {
            ok = false;
            return out;
          }
          std::uint32_t cp = 0;
          auto r = std::from_chars(s.data() + i, s.data() + i + 4, cp, 16);
          if (r.ec != std::errc()) {
            ok = false;
            return out;
          }
          i += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            std::uint32_t lo = 0;
            std::from_chars(s.data() + i + 2, s.data() + i + 6, lo, 16);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
          append_utf8(out, cp);
          break;
        }
        default: ok = false; return out;
      }
    }
    if (i >= s.size()) ok = false;
    ++i;
    return out;
  }
  static std::string quote(const std::string& v) {
    std::string out = "\"";
    for (unsigned char c : v) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            out += fmt::format("\\u{:04x}", c);
          } else {
            out += static_cast<char>(c);
          }
      }
    }
    return out + "\"";
  }
  std::string value() {
    ws();
    if (i >= s.size()) {
      ok = false;
      return {};
    }
    char c = s[i];
    if (c == '{') {
      ++i;
      std::vector<std::pair<std::string, std::string>> members;
      ws();
      if (i < s.size() && s[i] == '}') {
        ++i;
        return "{}";
      }
      while (ok) {
        ws();
        std::string key = raw_string();
        ws();
        if (i >= s.size() || s[i] != ':') {
          ok = false;
          break;
        }
        ++i;
        std::string v = value();
        // A repeated key keeps its last value.
        auto it = std::find_if(members.begin(), members.end(), [&](auto& m) { return m.first == key; });
        if (it != members.end()) {
          it->second = v;
        } else {
          members.emplace_back(key, v);
        }
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == '}') {
          ++i;
          break;
        }
        ok = false;
      }
      std::stable_sort(members.begin(), members.end(), [](auto& a, auto& b) {
        if (a.first.size() != b.first.size()) return a.first.size() < b.first.size();
        return a.first < b.first;
      });
      std::string out = "{";
      for (std::size_t k = 0; k < members.size(); ++k) {
        if (k) out += ", ";
        out += quote(members[k].first) + ": " + members[k].second;
      }
      return out + "}";
    }
    if (c == '[') {
      ++i;
      std::string out = "[";
      ws();
      if (i < s.size() && s[i] == ']') {
        ++i;
        return "[]";
      }
      bool first = true;
      while (ok) {
        if (!first) out += ", ";
        first = false;
        out += value();
        ws();
        if (i < s.size() && s[i] == ',') {
          ++i;
          continue;
        }
        if (i < s.size() && s[i] == ']') {
          ++i;
          break;
        }
        ok = false;
      }
      return out + "]";
    }
    if (c == '"') return quote(raw_string());
    for (std::string_view word : {"true", "false", "null"}) {
      if (s.substr(i, word.size()) == word) {
        i += word.size();
        return std::string(word);
      }
    }
    std::size_t start = i;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '-' ||
                            s[i] == '+' || s[i] == '.' || s[i] == 'e' || s[i] == 'E')) {
      ++i;
    }
    auto n = canonical_number(s.substr(start, i - start));
    if (!n) {
      ok = false;
      return {};
    }
    return *n;
  }
};

std::optional<std::string> canonical_jsonb(std::string_view text) {
  JsonParser p{text};
  std::string out = p.value();
  p.ws();
  if (!p.ok || p.i != text.size()) return std::nullopt;
  return out;
}

// ---- arrays --------------------------------------------------------------------------------

std::optional<std::vector<std::optional<std::string>>> split_array_literal(std::string_view text) {
  text = trim(text);
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') return std::nullopt;
  std::vector<std::optional<std::string>> items;
  std::size_t i = 1;
  std::size_t end = text.size() - 1;
  auto skip = [&] {
    while (i < end && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  skip();
  if (i == end) return items;
  while (i <= end) {
    skip();
    std::string item;
    bool quoted = false;
    if (i < end && text[i] == '{') return std::nullopt;  // multi-dimensional: leave as written
    if (i < end && text[i] == '"') {
      quoted = true;
      ++i;
      while (i < end && text[i] != '"') {
        if (text[i] == '\\' && i + 1 < end) ++i;
        item += text[i++];
      }
      if (i >= end) return std::nullopt;
      ++i;
    } else {
      while (i < end && text[i] != ',') {
        if (text[i] == '\\' && i + 1 < end) ++i;
        item += text[i++];
      }
      item = std::string(trim(item));
    }
    skip();
    if (!quoted && lower(item) == "null") {
      items.emplace_back(std::nullopt);
    } else {
      items.emplace_back(item);
    }
    if (i >= end) break;
    if (text[i] != ',') return std::nullopt;
    ++i;
  }
  return items;
}

std::string quote_array_element(const std::string& v) {
  bool needs = v.empty() || lower(v) == "null";
  for (char c : v) {
    if (c == '{' || c == '}' || c == ',' || c == '"' || c == '\\' ||
        std::isspace(static_cast<unsigned char>(c))) {
      needs = true;
    }
  }
  if (!needs) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::optional<std::string> canonical_scalar(std::string_view type, std::string_view text) {
  if (type == "int2" || type == "int4" || type == "int8") return canonical_integer(text);
  if (type == "numeric") {
    std::string t = lower(trim(text));
    if (t == "nan") return "NaN";
    return canonical_number(text);
  }
  if (type == "float4" || type == "float8") return canonical_float(text);
  if (type == "bool") {
    auto b = parse_boolean(text);
    if (!b) return std::nullopt;
    return *b ? "true" : "false";
  }
  if (type == "date") return canonical_date(text);
  if (type == "timestamp") return canonical_timestamp(text, false);
  if (type == "timestamptz") return canonical_timestamp(text, true);
  if (type == "time") return canonical_time(text);
  if (type == "interval") return canonical_interval(text);
  if (type == "uuid") return canonical_uuid(text);
  if (type == "jsonb") return canonical_jsonb(text);
  if (type == "text" || type == "varchar" || type == "bpchar" || type == "name" || type == "citext") {
    return std::string(text);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> canonical_number(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  std::string digits;  // all mantissa digits
  int point = -1;      // digits before the decimal point
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (c == '.' && point < 0) {
      point = static_cast<int>(digits.size());
    } else {
      break;
    }
  }
  if (digits.empty()) return std::nullopt;
  if (point < 0) point = static_cast<int>(digits.size());
  long exponent = 0;
  if (i < text.size()) {
    if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
    ++i;
    std::string_view rest = text.substr(i);
    if (!rest.empty() && rest.front() == '+') rest.remove_prefix(1);
    auto r = std::from_chars(rest.data(), rest.data() + rest.size(), exponent);
    if (r.ec != std::errc() || r.ptr != rest.data() + rest.size()) return std::nullopt;
    if (exponent > 1000 || exponent < -1000) return std::nullopt;
  }
  int frac_digits = static_cast<int>(digits.size()) - point;
  int scale = std::max<long>(0, frac_digits - exponent);
  point += static_cast<int>(exponent);
  // Pad so the point falls inside the digit string.
  while (point < 0) {
    digits.insert(digits.begin(), '0');
    ++point;
  }
  while (static_cast<int>(digits.size()) < point + scale) digits += '0';
  std::string int_part = digits.substr(0, point);
  std::string frac_part = digits.substr(point, scale);
  while (int_part.size() > 1 && int_part.front() == '0') int_part.erase(int_part.begin());
  if (int_part.empty()) int_part = "0";
  bool zero = std::all_of(int_part.begin(), int_part.end(), [](char c) { return c == '0'; }) &&
              std::all_of(frac_part.begin(), frac_part.end(), [](char c) { return c == '0'; });
  std::string out = (negative && !zero ? "-" : "") + int_part;
  if (!frac_part.empty()) out += "." + frac_part;
  return out;
}

std::optional<bool> parse_boolean(std::string_view text) {
  // PostgreSQL's boolin: true/yes/on/1 and false/no/off/0, any unique prefix, any case.
  std::string t = lower(trim(text));
  auto prefix_of = [&](std::string_view word, std::size_t min_len) {
    return t.size() >= min_len && t.size() <= word.size() && word.substr(0, t.size()) == t;
  };
  if (t == "1") return true;
  if (t == "0") return false;
  if (prefix_of("true", 1) || prefix_of("yes", 1) || prefix_of("on", 2)) return true;
  if (prefix_of("false", 1) || prefix_of("no", 1) || prefix_of("off", 2)) return false;
  return std::nullopt;
}

std::optional<std::string> canonical_literal(std::string_view type, bool is_array,
                                             std::string_view text) {
  if (!is_array) return canonical_scalar(type, text);
  auto items = split_array_literal(text);
  if (!items) return std::nullopt;
  std::string out = "{";
  for (std::size_t k = 0; k < items->size(); ++k) {
    if (k) out += ',';
    const auto& item = (*items)[k];
    if (!item) {
      out += "NULL";
      continue;
    }
    auto c = canonical_scalar(type, *item);
    if (!c) return std::nullopt;
    // PostgreSQL prints booleans inside arrays as t/f.
    if (type == "bool") c = (*c == "true") ? "t" : "f";
    out += quote_array_element(*c);
  }
  return out + "}";
}

}  // namespace schemac::canonical
