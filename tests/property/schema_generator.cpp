#include "property/schema_generator.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace schemac::property {

std::uint64_t Rng::below(std::uint64_t n) {
  if (n <= 1) return 0;
  // Reject the top partial range so every residue is equally likely.
  std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  std::uint64_t x;
  do x = engine_(); while (x >= limit);
  return x % n;
}

Column* Table::column(const std::string& n) {
  for (auto& c : columns) {
    if (c.name == n) return &c;
  }
  return nullptr;
}

Table* Model::table(int uid) {
  for (auto& t : tables) {
    if (t.uid == uid) return &t;
  }
  return nullptr;
}

const Table* Model::table(int uid) const { return const_cast<Model*>(this)->table(uid); }

namespace {

// Hostile identifiers: reserved words, upper case, spaces, quote characters, non-ASCII.
const std::vector<std::string> kHostile = {"user", "order", "select", "Group", "with space", "it's", "quo\"te",
                                           "café", "日本語", "MixedCase", "from", "check", "table", "Ünï côdé"};
const std::set<std::string> kKeywords = {"user", "order", "select", "from", "check", "table", "group"};
// Text values: quotes, newlines, backslashes, non-ASCII; all at most 12 characters.
const std::vector<std::string> kTexts = {"plain", "it's", "ünïcödé", "日本", "a\"b", "two\nlines", "back\\slash", "Mixed Case", "-- x", "$$"};
const std::vector<std::string> kComments = {"plain comment", "it's quoted", "line one\nline two", "ünï 日本 👍",
                                            "back\\slash", "-- not a comment", "$$ dollar $$", "/* star */ ;"};
const std::vector<std::string> kLabels = {"draft", "it's", "with space", "ünï", "", "UPPER", "a\"b", "-- x", "done"};
const std::vector<std::string> kRoles = {"app_reader", "app_writer", "app_admin", "PUBLIC"};

bool is_plain(const std::string& n) {
  if (n.empty() || kKeywords.count(n)) return false;
  if (!(n[0] == '_' || (n[0] >= 'a' && n[0] <= 'z'))) return false;
  return std::all_of(n.begin(), n.end(), [](char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

std::string qi(const std::string& n) {
  if (is_plain(n)) return n;
  std::string out = "\"";
  for (char c : n) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string lit(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string qn(const std::string& schema, const std::string& name, bool bare = false) {
  if (bare && schema == "public") return qi(name);
  return qi(schema) + "." + qi(name);
}

std::string fresh(Model& m, Rng& rng, const std::string& prefix) {
  std::string n;
  int roll = static_cast<int>(rng.below(100));
  if (roll < 18) {
    n = rng.pick(kHostile);
  } else if (roll < 20) {
    // 63 bytes, the limit: implicit names built from it get truncated.
    n = prefix + std::to_string(m.next_name++) + "_";
    while (n.size() < 63) n += 'l';
  } else {
    n = prefix + std::to_string(m.next_name++);
  }
  while (std::find(m.used_names.begin(), m.used_names.end(), n) != m.used_names.end()) {
    n = n.substr(0, 50) + "_" + std::to_string(m.next_name++);
  }
  m.used_names.push_back(n);
  return n;
}

bool integer_kind(Kind k) { return k == Kind::int2 || k == Kind::int4 || k == Kind::int8; }
bool text_kind(Kind k) { return k == Kind::text || k == Kind::varchar || k == Kind::citext; }

const Domain* domain_of(const Model& m, const Column& c) {
  for (const auto& d : m.domains) {
    if (d.uid == c.type_ref) return &d;
  }
  return nullptr;
}
const EnumType* enum_of(const Model& m, const Column& c) {
  for (const auto& e : m.enums) {
    if (e.uid == c.type_ref) return &e;
  }
  return nullptr;
}
// Values of the column behave like integers / like text (domains by their base).
bool int_like(const Model& m, const Column& c) {
  if (c.kind == Kind::domain) return !domain_of(m, c)->text_base;
  return integer_kind(c.kind) || c.kind == Kind::numeric;
}
bool text_like(const Model& m, const Column& c) {
  if (c.kind == Kind::domain) return domain_of(m, c)->text_base;
  return text_kind(c.kind);
}

std::string type_sql(const Model& m, const Column& c) {
  switch (c.kind) {
    case Kind::int2: return "smallint";
    case Kind::int4: return "integer";
    case Kind::int8: return "bigint";
    case Kind::text: return "text";
    case Kind::varchar: return "varchar(" + std::to_string(c.length) + ")";
    case Kind::numeric: return "numeric(" + std::to_string(c.length) + ", 2)";
    case Kind::boolean: return "boolean";
    case Kind::date: return "date";
    case Kind::timestamptz: return "timestamptz";
    case Kind::jsonb: return "jsonb";
    case Kind::int_array: return "integer[]";
    case Kind::uuid: return "uuid";
    case Kind::citext: return "citext";
    case Kind::enum_: {
      const auto* e = enum_of(m, c);
      return qn(e->schema, e->name);
    }
    case Kind::domain: {
      const auto* d = domain_of(m, c);
      return qn(d->schema, d->name);
    }
  }
  return "text";
}

// A value of the column for row `i`; distinct per row when the column holds unique values.
std::string value(const Model& m, Rng& rng, const Column& c, int i) {
  if (int_like(m, c)) {
    std::string v = std::to_string(c.unique_values ? i * 7 + 3 : static_cast<int>(rng.below(1000)));
    return c.kind == Kind::numeric ? v + ".25" : v;
  }
  if (text_like(m, c)) return lit(c.unique_values ? "u" + std::to_string(i) : rng.pick(kTexts));
  switch (c.kind) {
    case Kind::boolean: return rng.chance(50) ? "true" : "false";
    case Kind::date: return "'2024-01-" + std::to_string(10 + rng.below(18)) + "'";
    case Kind::timestamptz: return "'2024-01-" + std::to_string(10 + rng.below(18)) + " 10:00:00+00'";
    case Kind::jsonb: return "'{\"k\": " + std::to_string(rng.below(100)) + "}'";
    case Kind::int_array: return "'{" + std::to_string(rng.below(100)) + "," + std::to_string(rng.below(100)) + "}'";
    case Kind::uuid: return "'00000000-0000-4000-8000-" + std::string(9, '0') + std::to_string(100 + i) + "'";
    case Kind::enum_: return lit(rng.pick(enum_of(m, c)->labels));
    default: return "NULL";
  }
}

// A default that fits the column (and its checks), or empty when none is simple.
std::string default_for(const Model& m, Rng& rng, const Column& c) {
  if (int_like(m, c)) return std::to_string(rng.below(50));
  if (text_like(m, c)) return lit(rng.pick(kTexts));
  switch (c.kind) {
    case Kind::boolean: return rng.chance(50) ? "true" : "false";
    case Kind::date: return "CURRENT_DATE";
    case Kind::timestamptz: return rng.chance(50) ? "now()" : "CURRENT_TIMESTAMP";
    case Kind::jsonb: return "'{}'";
    case Kind::int_array: return "'{}'";
    case Kind::uuid: return "gen_random_uuid()";
    case Kind::enum_: return lit(enum_of(m, c)->labels.front());
    default: return "";
  }
}

// A check every value of the column satisfies (values are kept small and non-negative).
std::string check_sql(const Model& m, const Table& t, const Check& k) {
  const Column* c = const_cast<Table&>(t).column(k.column);
  if (text_like(m, *c)) return "(char_length(" + qi(c->name) + ") <= 60)";
  if (c->kind == Kind::date) return "(" + qi(c->name) + " >= '2000-01-01')";
  return "(" + qi(c->name) + " >= 0)";
}
bool checkable(const Model& m, const Column& c) {
  return int_like(m, c) || text_like(m, c) || c.kind == Kind::date;
}

bool all_non_null(const Table& t, const std::string& col) {
  for (const auto& r : t.rows) {
    auto it = r.find(col);
    if (it == r.end() || it->second == "NULL") return false;
  }
  return true;
}

Kind random_kind(Rng& rng, const Model& m) {
  std::vector<Kind> kinds = {Kind::int2, Kind::int4, Kind::int8, Kind::text, Kind::varchar, Kind::numeric, Kind::boolean,
                             Kind::date, Kind::timestamptz, Kind::jsonb, Kind::int_array, Kind::uuid};
  if (!m.enums.empty()) kinds.push_back(Kind::enum_);
  if (!m.domains.empty()) kinds.push_back(Kind::domain);
  if (std::find(m.extensions.begin(), m.extensions.end(), "citext") != m.extensions.end()) kinds.push_back(Kind::citext);
  return rng.pick(kinds);
}

Column random_column(Model& m, Rng& rng) {
  Column c;
  c.name = fresh(m, rng, "c");
  c.kind = random_kind(rng, m);
  if (c.kind == Kind::varchar) c.length = rng.chance(50) ? 20 : 40;
  if (c.kind == Kind::numeric) c.length = 8;
  if (c.kind == Kind::enum_) c.type_ref = rng.pick(m.enums).uid;
  if (c.kind == Kind::domain) c.type_ref = rng.pick(m.domains).uid;
  if ((c.kind == Kind::text || c.kind == Kind::varchar) && rng.chance(15)) c.collate_c = true;
  return c;
}

void add_rows(Model& m, Rng& rng, Table& t, int count) {
  for (int i = 0; i < count; ++i) {
    Row r;
    for (const auto& c : t.columns) {
      if (!c.generated_from.empty() || c.default_sql.rfind("nextval(", 0) == 0) continue;  // computed / from a sequence
      bool fk = false;
      for (const auto& f : t.fks) {
        if (f.column != c.name) continue;
        fk = true;
        const Table* target = m.table(f.target);
        if (!target->rows.empty() && (c.not_null || rng.chance(70))) {
          r[c.name] = target->rows[rng.below(target->rows.size())].at(target->key);
        }
      }
      if (fk) continue;
      if (c.name == t.key || c.name == t.part_key || c.not_null || c.unique_values || rng.chance(80)) {
        r[c.name] = c.name == t.key ? std::to_string(i + 1) : value(m, rng, c, i);
      }
    }
    t.rows.push_back(r);
  }
}

Table random_table(Model& m, Rng& rng, const std::string& schema, bool with_rows) {
  Table t;
  t.uid = m.next_uid++;
  t.schema = schema;
  t.name = fresh(m, rng, "t");
  t.bare = schema == "public" && rng.chance(50);
  t.partitioned = !with_rows ? false : rng.chance(12);
  t.unlogged = !t.partitioned && rng.chance(12);
  Column key;
  key.name = rng.chance(70) ? "id" : fresh(m, rng, "k");
  key.kind = rng.chance(50) ? Kind::int4 : Kind::int8;
  key.not_null = true;
  key.unique_values = true;
  key.identity = !t.partitioned && rng.chance(25);
  t.key = key.name;
  if (rng.chance(30)) t.pk_name = fresh(m, rng, "pk");
  t.columns.push_back(key);
  if (t.partitioned) {
    Column pk;
    pk.name = fresh(m, rng, "p");
    pk.kind = Kind::int4;
    pk.not_null = true;
    pk.pinned = true;
    t.part_key = pk.name;
    t.columns.push_back(pk);
    t.partitions = {fresh(m, rng, "part"), fresh(m, rng, "part")};
  }
  int ncols = 1 + static_cast<int>(rng.below(5));
  for (int i = 0; i < ncols; ++i) {
    Column c = random_column(m, rng);
    if (rng.chance(30)) c.not_null = true;
    if (rng.chance(25)) {
      c.default_sql = default_for(m, rng, c);
    }
    if (!t.partitioned && (int_like(m, c) || text_like(m, c)) && c.kind != Kind::numeric && rng.chance(20)) c.unique_values = true;
    if (rng.chance(15)) c.comment = rng.pick(kComments);
    t.columns.push_back(c);
  }
  // A stored generated column over an integer column.
  if (rng.chance(15)) {
    for (auto& c : t.columns) {
      if ((c.kind == Kind::int4 || c.kind == Kind::int8) && c.name != t.key && !c.pinned) {
        c.pinned = true;
        Column g;
        g.name = fresh(m, rng, "g");
        g.kind = Kind::int8;
        g.generated_from = c.name;
        g.pinned = true;
        t.columns.push_back(g);
        break;
      }
    }
  }
  // Foreign keys to earlier logged, unpartitioned tables.
  if (!t.partitioned) {
    for (const auto& other : m.tables) {
      if (other.unlogged || other.partitioned || other.schema.empty() || !rng.chance(35)) continue;
      Column c;
      c.name = fresh(m, rng, "ref");
      c.kind = const_cast<Table&>(other).column(other.key)->kind == Kind::int8 ? Kind::int8 : Kind::int4;
      c.not_null = !other.rows.empty() && with_rows && rng.chance(30);
      c.pinned = true;  // a foreign key column keeps its type
      t.columns.push_back(c);
      ForeignKey f;
      f.name = fresh(m, rng, "fk");
      f.column = c.name;
      f.target = other.uid;
      f.on_delete = rng.pick(std::vector<std::string>{"", "CASCADE", "SET NULL", "RESTRICT", "NO ACTION"});
      if (c.not_null && f.on_delete == "SET NULL") f.on_delete = "CASCADE";
      f.not_valid = rng.chance(10);
      f.deferrable = rng.chance(15);
      t.fks.push_back(f);
    }
  }
  for (auto& c : t.columns) {
    if (c.name == t.key || c.pinned || !checkable(m, c) || !rng.chance(20)) continue;
    Check k;
    k.column = c.name;
    if (rng.chance(60)) {
      k.name = fresh(m, rng, "chk");
      k.not_valid = rng.chance(20);
    }
    t.checks.push_back(k);
  }
  for (auto& c : t.columns) {
    if (!c.unique_values || c.name == t.key) continue;
    Unique u;
    u.name = fresh(m, rng, "uq");
    u.column = c.name;
    u.exclude = int_like(m, c) && rng.chance(25);
    u.nulls_not_distinct = !u.exclude && rng.chance(25);
    u.deferrable = !u.exclude && rng.chance(20);
    t.uniques.push_back(u);
  }
  if (with_rows) add_rows(m, rng, t, static_cast<int>(rng.below(6)));
  return t;
}

Index random_index(Model& m, Rng& rng, Table& t) {
  Index ix;
  ix.name = fresh(m, rng, "ix");
  std::vector<const Column*> candidates;
  for (const auto& c : t.columns) {
    if (c.kind != Kind::boolean || rng.chance(50)) candidates.push_back(&c);
  }
  const Column& c = *rng.pick(candidates);
  ix.column = c.name;
  if (c.kind == Kind::jsonb || c.kind == Kind::int_array) {
    ix.method = "gin";
  } else if ((int_like(m, c) || c.kind == Kind::date || c.kind == Kind::timestamptz) && rng.chance(20)) {
    ix.method = "brin";
  } else if (rng.chance(15) && c.kind != Kind::int_array) {
    ix.method = "hash";
  } else {
    ix.unique = c.unique_values && !t.partitioned && rng.chance(50);
    ix.lower = text_like(m, c) && c.kind != Kind::citext && rng.chance(30);
    if (!ix.lower && rng.chance(25)) {
      for (const auto& o : t.columns) {
        if (o.name != c.name && o.kind != Kind::jsonb && o.kind != Kind::int_array && rng.chance(50)) {
          ix.include = o.name;
          break;
        }
      }
    }
    if (!t.partitioned || !ix.unique) ix.method = rng.chance(30) ? "btree" : "";
  }
  ix.partial = rng.chance(20);
  if (rng.chance(10)) ix.comment = rng.pick(kComments);
  return ix;
}

Policy random_policy(Model& m, Rng& rng) {
  Policy p;
  p.name = fresh(m, rng, "pol");
  p.command = rng.pick(std::vector<std::string>{"ALL", "SELECT", "INSERT", "UPDATE", "DELETE"});
  p.role = rng.pick(kRoles);
  p.restrictive = rng.chance(20);
  p.bound = static_cast<int>(rng.below(100));
  return p;
}

View random_view(Model& m, Rng& rng, const Table& t) {
  View v;
  v.schema = t.schema;
  v.name = fresh(m, rng, "v");
  v.table = t.uid;
  for (const auto& c : t.columns) {
    if (c.name == t.key || rng.chance(40)) v.columns.push_back(c.name);
  }
  v.bound = static_cast<int>(rng.below(10));
  v.materialized = rng.chance(25);
  if (rng.chance(20)) v.comment = rng.pick(kComments);
  v.granted = rng.chance(20);
  return v;
}

// Everything that names column `col` of `t` follows a rename.
void rename_column(Model& m, Table& t, const std::string& from, const std::string& to) {
  auto fix = [&](std::string& s) {
    if (s == from) s = to;
  };
  fix(t.key);
  fix(t.part_key);
  for (auto& c : t.columns) fix(c.generated_from);
  for (auto& k : t.checks) fix(k.column);
  for (auto& u : t.uniques) fix(u.column);
  for (auto& f : t.fks) fix(f.column);
  for (auto& i : t.indexes) {
    fix(i.column);
    fix(i.include);
  }
  for (auto& v : m.views) {
    if (v.table == t.uid) {
      for (auto& c : v.columns) fix(c);
    }
  }
  for (auto& s : m.sequences) {
    if (s.owner == t.uid) fix(s.owner_column);
  }
  for (auto& r : t.rows) {
    auto it = r.find(from);
    if (it != r.end()) {
      r[to] = it->second;
      r.erase(from);
    }
  }
}

// Removes column `col` of `t` and everything built on it.
void drop_column(Model& m, Table& t, const std::string col) {  // a copy: the column it names goes away
  t.columns.erase(std::remove_if(t.columns.begin(), t.columns.end(), [&](const Column& c) { return c.name == col; }), t.columns.end());
  t.checks.erase(std::remove_if(t.checks.begin(), t.checks.end(), [&](const Check& k) { return k.column == col; }), t.checks.end());
  t.uniques.erase(std::remove_if(t.uniques.begin(), t.uniques.end(), [&](const Unique& u) { return u.column == col; }), t.uniques.end());
  t.fks.erase(std::remove_if(t.fks.begin(), t.fks.end(), [&](const ForeignKey& f) { return f.column == col; }), t.fks.end());
  t.indexes.erase(std::remove_if(t.indexes.begin(), t.indexes.end(), [&](const Index& i) { return i.column == col || i.include == col; }),
                  t.indexes.end());
  for (auto& v : m.views) {
    if (v.table == t.uid) v.columns.erase(std::remove(v.columns.begin(), v.columns.end(), col), v.columns.end());
  }
  m.views.erase(std::remove_if(m.views.begin(), m.views.end(), [](const View& v) { return v.columns.empty(); }), m.views.end());
  for (auto& r : t.rows) r.erase(col);
}

void drop_table(Model& m, int uid) {
  for (auto& o : m.tables) {
    o.fks.erase(std::remove_if(o.fks.begin(), o.fks.end(), [&](const ForeignKey& f) { return f.target == uid; }), o.fks.end());
  }
  m.views.erase(std::remove_if(m.views.begin(), m.views.end(), [&](const View& v) { return v.table == uid; }), m.views.end());
  // Owned sequences go with their table.
  m.sequences.erase(std::remove_if(m.sequences.begin(), m.sequences.end(), [&](const Sequence& s) { return s.owner == uid; }),
                    m.sequences.end());
  m.tables.erase(std::remove_if(m.tables.begin(), m.tables.end(), [&](const Table& t) { return t.uid == uid; }), m.tables.end());
}

bool referenced(const Model& m, int uid) {
  for (const auto& o : m.tables) {
    for (const auto& f : o.fks) {
      if (f.target == uid && o.uid != uid) return true;
    }
  }
  return false;
}

int max_text_length(const Table& t, const std::string& col) {
  int n = 0;
  for (const auto& r : t.rows) {
    auto it = r.find(col);
    if (it == r.end() || it->second == "NULL") continue;
    // Characters, not bytes: count UTF-8 lead bytes.
    int chars = 0;
    for (unsigned char ch : it->second) chars += (ch & 0xC0) != 0x80;
    n = std::max(n, chars);
  }
  return n;
}

}  // namespace

Model generate(Rng& rng) {
  Model m;
  std::vector<std::string> schemas = {"public"};
  int extra = static_cast<int>(rng.below(3));
  for (int i = 0; i < extra; ++i) {
    m.schemas.push_back(fresh(m, rng, "s"));
    schemas.push_back(m.schemas.back());
    if (rng.chance(30)) m.schema_comments[m.schemas.back()] = rng.pick(kComments);
    if (rng.chance(30)) m.schema_usage.push_back(m.schemas.back());
  }
  if (rng.chance(30)) m.extensions.push_back("citext");
  if (rng.chance(15)) m.extensions.push_back("pgcrypto");
  int nenums = static_cast<int>(rng.below(3));
  for (int i = 0; i < nenums; ++i) {
    EnumType e;
    e.uid = m.next_uid++;
    e.schema = rng.pick(schemas);
    e.name = fresh(m, rng, "e");
    std::vector<std::string> pool = kLabels;
    int n = 1 + static_cast<int>(rng.below(4));
    for (int j = 0; j < n; ++j) {
      std::string l = rng.chance(50) ? pool[rng.below(pool.size())] : "l" + std::to_string(m.next_name++);
      if (std::find(e.labels.begin(), e.labels.end(), l) == e.labels.end()) e.labels.push_back(l);
    }
    if (rng.chance(20)) e.comment = rng.pick(kComments);
    m.enums.push_back(e);
  }
  if (rng.chance(50)) {
    Domain d;
    d.uid = m.next_uid++;
    d.schema = rng.pick(schemas);
    d.name = fresh(m, rng, "d");
    d.text_base = rng.chance(50);
    if (rng.chance(20)) d.comment = rng.pick(kComments);
    m.domains.push_back(d);
  }
  int ntables = 2 + static_cast<int>(rng.below(7));
  for (int i = 0; i < ntables; ++i) m.tables.push_back(random_table(m, rng, rng.pick(schemas), true));
  for (auto& t : m.tables) {
    int nix = static_cast<int>(rng.below(3));
    for (int i = 0; i < nix; ++i) t.indexes.push_back(random_index(m, rng, t));
    if (rng.chance(25)) t.comment = rng.pick(kComments);
    if (rng.chance(25)) t.grants[rng.pick(kRoles)] = rng.pick(std::vector<std::string>{"SELECT", "SELECT, INSERT", "SELECT, UPDATE, DELETE", "ALL"});
  }
  // Sequences: standalone, or owned by a column that takes its default from them.
  if (rng.chance(50)) {
    Sequence s;
    s.schema = rng.pick(schemas);
    s.name = fresh(m, rng, "seq");
    s.start = 1 + static_cast<int>(rng.below(1000));
    s.increment = 1 + static_cast<int>(rng.below(3));
    s.unlogged = rng.chance(20);
    Table& t = m.tables[rng.below(m.tables.size())];
    if (!t.partitioned && rng.chance(60)) {
      s.schema = t.schema;  // an owned sequence lives in its table's schema
      Column c;
      c.name = fresh(m, rng, "n");
      c.kind = Kind::int8;
      c.pinned = true;
      c.default_sql = "nextval(" + lit(qn(s.schema, s.name)) + "::regclass)";
      t.columns.push_back(c);
      for (auto& r : t.rows) r[c.name] = "1";  // filled by the default: not NULL
      s.owner = t.uid;
      s.owner_column = c.name;
    }
    m.sequences.push_back(s);
  }
  // Functions: a plpgsql trigger function with triggers, an SQL function.
  if (rng.chance(60)) {
    Function f;
    f.uid = m.next_uid++;
    f.schema = rng.pick(schemas);
    f.name = fresh(m, rng, "trg_fn");
    f.trigger = true;
    f.version = static_cast<int>(rng.below(100));
    if (rng.chance(20)) f.comment = rng.pick(kComments);
    m.functions.push_back(f);
    for (auto& t : m.tables) {
      if (t.partitioned || !rng.chance(40)) continue;
      Trigger tr;
      tr.name = fresh(m, rng, "tr");
      tr.function = f.uid;
      tr.timing_events = rng.pick(std::vector<std::string>{"BEFORE INSERT OR UPDATE", "AFTER DELETE", "BEFORE UPDATE", "AFTER INSERT"});
      t.triggers.push_back(tr);
    }
  }
  if (rng.chance(40)) {
    Function f;
    f.uid = m.next_uid++;
    f.schema = rng.pick(schemas);
    f.name = fresh(m, rng, "fn");
    f.standard_body = rng.chance(40);
    f.version = static_cast<int>(rng.below(100));
    if (rng.chance(20)) f.comment = rng.pick(kComments);
    m.functions.push_back(f);
  }
  for (auto& t : m.tables) {
    if (t.partitioned || !rng.chance(25)) continue;
    t.rls = true;
    int n = static_cast<int>(rng.below(3));
    for (int i = 0; i < n; ++i) t.policies.push_back(random_policy(m, rng));
  }
  int nviews = static_cast<int>(rng.below(3));
  for (int i = 0; i < nviews; ++i) m.views.push_back(random_view(m, rng, m.tables[rng.below(m.tables.size())]));
  return m;
}

Edits mutate(Model& m, Rng& rng) {
  Edits out;
  int n = 1 + static_cast<int>(rng.below(4));
  auto note = [&](const std::string& s) { out.done.push_back(s); };
  for (int attempt = 0; attempt < 60 && static_cast<int>(out.done.size()) < n; ++attempt) {
    if (m.tables.empty()) break;
    Table& t = m.tables[rng.below(m.tables.size())];
    std::vector<Column*> free;  // columns edits may touch
    for (auto& c : t.columns) {
      if (c.name != t.key && !c.pinned) free.push_back(&c);
    }
    Column* c = free.empty() ? nullptr : free[rng.below(free.size())];
    std::string where = qn(t.schema, t.name);
    switch (rng.below(20)) {
      case 0: {  // add column: nullable, or NOT NULL with a default
        if (t.partitioned && rng.chance(50)) break;
        Column nc = random_column(m, rng);
        nc.added = true;
        if (rng.chance(40)) {
          nc.default_sql = default_for(m, rng, nc);
          nc.not_null = !nc.default_sql.empty() && rng.chance(60);
          if (!nc.default_sql.empty()) {
            for (auto& r : t.rows) r[nc.name] = "1";  // the default fills it
          }
        }
        note("add column " + nc.name + " to " + where);
        t.columns.push_back(nc);
        break;
      }
      case 1: {  // drop column
        if (!c || c->name == t.part_key) break;
        note("drop column " + c->name + " of " + where);
        out.destructive = true;
        // A generated column goes with its base; unpin the base when dropping a generated one.
        if (!c->generated_from.empty()) {
          if (auto* base = t.column(c->generated_from)) base->pinned = false;
        }
        drop_column(m, t, c->name);
        break;
      }
      case 2: {  // rename column by annotation
        if (!c) break;
        std::string to = fresh(m, rng, "rn");
        note("rename column " + c->name + " of " + where + " to " + to);
        if (!c->added && c->renamed_from.empty()) c->renamed_from = c->name;
        std::string from = c->name;
        c->name = to;
        rename_column(m, t, from, to);
        break;
      }
      case 3: {  // change type among safely castable pairs
        if (!c) break;
        std::string before = type_sql(m, *c);
        if (c->kind == Kind::int2) {
          c->kind = Kind::int4;
        } else if (c->kind == Kind::int4) {
          c->kind = Kind::int8;
        } else if (c->kind == Kind::varchar && rng.chance(50)) {
          c->kind = Kind::text;
        } else if (c->kind == Kind::varchar) {
          // Wider, or narrower but still fitting the rows (a narrowing: destructive).
          int longest = max_text_length(t, c->name);
          int to = rng.chance(50) ? c->length + 20 : std::max(longest, 14);
          if (to < c->length) out.destructive = true;
          c->length = to;
        } else if (c->kind == Kind::text && !c->collate_c) {
          c->kind = Kind::varchar;
          c->length = std::max(max_text_length(t, c->name), 14) + static_cast<int>(rng.below(10));
        } else if (c->kind == Kind::numeric) {
          c->length = 12;
        } else {
          break;
        }
        note("retype " + c->name + " of " + where + " from " + before + " to " + type_sql(m, *c));
        break;
      }
      case 4: {  // set or drop a default
        if (!c || !c->generated_from.empty() || c->identity) break;
        if (c->default_sql.empty()) {
          c->default_sql = default_for(m, rng, *c);
          if (c->default_sql.empty()) break;
          note("set default of " + c->name + " of " + where);
        } else {
          if (c->not_null && c->added) break;
          c->default_sql.clear();
          note("drop default of " + c->name + " of " + where);
        }
        break;
      }
      case 5: {  // set or drop NOT NULL
        if (!c || !c->generated_from.empty()) break;
        if (c->not_null) {
          c->not_null = false;
          note("drop not null of " + c->name + " of " + where);
        } else if (all_non_null(t, c->name)) {
          c->not_null = true;
          note("set not null of " + c->name + " of " + where);
        }
        break;
      }
      case 6: {  // add index
        t.indexes.push_back(random_index(m, rng, t));
        note("add index " + t.indexes.back().name + " on " + where);
        break;
      }
      case 7: {  // drop or rename an index
        if (t.indexes.empty()) break;
        auto i = rng.below(t.indexes.size());
        if (rng.chance(30)) {
          std::string to = fresh(m, rng, "rix");
          note("rename index " + t.indexes[i].name + " to " + to);
          if (t.indexes[i].renamed_from.empty()) t.indexes[i].renamed_from = t.indexes[i].name;
          t.indexes[i].name = to;
        } else {
          note("drop index " + t.indexes[i].name);
          t.indexes.erase(t.indexes.begin() + static_cast<long>(i));
        }
        break;
      }
      case 8: {  // add or drop a check
        if (!t.checks.empty() && rng.chance(50)) {
          auto i = rng.below(t.checks.size());
          note("drop check on " + t.checks[i].column + " of " + where);
          t.checks.erase(t.checks.begin() + static_cast<long>(i));
        } else if (c && checkable(m, *c)) {
          Check k;
          k.column = c->name;
          k.name = fresh(m, rng, "chk");
          k.not_valid = rng.chance(20);
          bool dup = false;
          for (const auto& o : t.checks) dup = dup || o.column == k.column;
          if (dup) break;
          note("add check " + k.name + " on " + where);
          t.checks.push_back(k);
        }
        break;
      }
      case 9: {  // add a table
        std::string schema = rng.chance(50) ? t.schema : "public";
        Table nt = random_table(m, rng, schema, false);
        nt.added = true;
        note("add table " + nt.name);
        m.tables.push_back(nt);
        break;
      }
      case 10: {  // drop a table
        note("drop table " + where);
        out.destructive = true;  // schemac cannot know the table is empty: DROP TABLE is deletes-data
        drop_table(m, t.uid);
        break;
      }
      case 11: {  // add an enum label, at the end or before another
        if (m.enums.empty()) break;
        EnumType& e = m.enums[rng.below(m.enums.size())];
        std::string l = rng.chance(30) ? rng.pick(kLabels) : "nl" + std::to_string(m.next_name++);
        if (std::find(e.labels.begin(), e.labels.end(), l) != e.labels.end()) break;
        auto at = rng.chance(50) ? e.labels.end() : e.labels.begin() + static_cast<long>(rng.below(e.labels.size()));
        e.labels.insert(at, l);
        note("add label '" + l + "' to " + e.name);
        break;
      }
      case 12: {  // change a view's body
        if (m.views.empty()) break;
        View& v = m.views[rng.below(m.views.size())];
        v.bound += 1 + static_cast<int>(rng.below(5));
        note("change view " + v.name);
        break;
      }
      case 13: {  // change a function body
        if (m.functions.empty()) break;
        Function& f = m.functions[rng.below(m.functions.size())];
        f.version += 1;
        note("change function body of " + f.name);
        break;
      }
      case 14: {  // add or drop a policy
        if (t.partitioned) break;
        if (!t.policies.empty() && rng.chance(50)) {
          note("drop policy " + t.policies.back().name);
          t.policies.pop_back();
        } else {
          t.rls = true;
          t.policies.push_back(random_policy(m, rng));
          note("add policy " + t.policies.back().name + " on " + where);
        }
        break;
      }
      case 15: {  // change or remove a comment
        if (c && rng.chance(50)) {
          c->comment = rng.chance(25) ? "" : rng.pick(kComments) + " " + std::to_string(m.next_name++);
          note("comment on column " + c->name);
        } else {
          t.comment = rng.chance(25) ? "" : rng.pick(kComments) + " " + std::to_string(m.next_name++);
          note("comment on table " + where);
        }
        break;
      }
      case 16: {  // rename a table by annotation
        if (t.partitioned) break;
        std::string to = fresh(m, rng, "rt");
        note("rename table " + where + " to " + to);
        if (!t.added && t.renamed_from.empty()) t.renamed_from = t.name;
        t.name = to;
        break;
      }
      case 17: {  // logged <-> unlogged: a sequence, or a table (one others reference stays logged)
        if (!m.sequences.empty() && rng.chance(30)) {
          Sequence& s = m.sequences[rng.below(m.sequences.size())];
          s.unlogged = !s.unlogged;
          note(std::string("set ") + (s.unlogged ? "unlogged " : "logged ") + s.name);
          break;
        }
        if (t.partitioned || referenced(m, t.uid)) break;
        bool to_unlogged = !t.unlogged;
        bool refs_unlogged = false;
        for (const auto& f : t.fks) refs_unlogged = refs_unlogged || m.table(f.target)->unlogged;
        if (!to_unlogged && refs_unlogged) break;
        t.unlogged = to_unlogged;
        note(std::string("set ") + (to_unlogged ? "unlogged " : "logged ") + where);
        break;
      }
      case 18: {  // grant or revoke
        std::string role = rng.pick(kRoles);
        if (t.grants.count(role)) {
          t.grants.erase(role);
          note("revoke from " + role + " on " + where);
        } else {
          t.grants[role] = rng.pick(std::vector<std::string>{"SELECT", "INSERT, UPDATE", "ALL"});
          note("grant to " + role + " on " + where);
        }
        break;
      }
      case 19: {  // add a view
        if (t.columns.empty()) break;
        m.views.push_back(random_view(m, rng, t));
        note("add view " + m.views.back().name);
        break;
      }
    }
  }
  return out;
}

std::string render_schema(const Model& m, bool annotations) {
  std::string o;
  auto comment = [&](const std::string& what, const std::string& text) {
    if (!text.empty()) o += "COMMENT ON " + what + " IS " + lit(text) + ";\n";
  };
  for (const auto& s : m.schemas) o += "CREATE SCHEMA " + qi(s) + ";\n";
  for (const auto& e : m.extensions) o += "CREATE EXTENSION " + e + ";\n";
  for (const auto& e : m.enums) {
    o += "CREATE TYPE " + qn(e.schema, e.name) + " AS ENUM (";
    for (std::size_t i = 0; i < e.labels.size(); ++i) o += (i ? ", " : "") + lit(e.labels[i]);
    o += ");\n";
  }
  for (const auto& d : m.domains) {
    o += "CREATE DOMAIN " + qn(d.schema, d.name) +
         (d.text_base ? " AS text CHECK (char_length(VALUE) <= 60);\n" : " AS integer CHECK (VALUE >= 0);\n");
  }
  for (const auto& s : m.sequences) {
    o += std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + qn(s.schema, s.name) + " START WITH " + std::to_string(s.start) + " INCREMENT BY " +
         std::to_string(s.increment) + ";\n";
  }
  for (const auto& f : m.functions) {
    std::string v = std::to_string(f.version);
    if (f.trigger) {
      o += "CREATE FUNCTION " + qn(f.schema, f.name) + "() RETURNS trigger\n    LANGUAGE plpgsql\nAS $$\nBEGIN\n    PERFORM " + v +
           ";\n    RETURN NEW;\nEND;\n$$;\n";
    } else if (f.standard_body) {
      o += "CREATE FUNCTION " + qn(f.schema, f.name) + "(x integer) RETURNS integer\n    LANGUAGE sql IMMUTABLE\n    RETURN x + " + v + ";\n";
    } else {
      o += "CREATE FUNCTION " + qn(f.schema, f.name) + "(x integer) RETURNS integer\n    LANGUAGE sql IMMUTABLE\nAS $$ SELECT x + " + v + " $$;\n";
    }
  }
  std::vector<std::string> later;  // NOT VALID constraints: only ALTER TABLE can add them
  for (const auto& t : m.tables) {
    std::string name = qn(t.schema, t.name, t.bare);
    o += "\n";
    if (annotations && !t.renamed_from.empty()) o += "-- schemac:renamed-from " + qi(t.renamed_from) + "\n";
    o += std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + name + " (\n";
    std::vector<std::string> items;
    for (const auto& c : t.columns) {
      std::string line;
      if (annotations && !c.renamed_from.empty()) line += "-- schemac:renamed-from " + qi(c.renamed_from) + "\n    ";
      line += qi(c.name) + " " + type_sql(m, c);
      if (c.collate_c) line += " COLLATE \"C\"";
      if (c.identity) line += " GENERATED BY DEFAULT AS IDENTITY";
      if (!c.generated_from.empty()) line += " GENERATED ALWAYS AS (" + qi(c.generated_from) + " * 2) STORED";
      if (c.not_null && c.name != t.key) line += " NOT NULL";
      if (!c.default_sql.empty()) line += " DEFAULT " + c.default_sql;
      if (c.name == t.key && t.pk_name.empty() && !t.partitioned) line += " PRIMARY KEY";
      for (const auto& k : t.checks) {
        if (k.column == c.name && k.name.empty()) line += " CHECK " + check_sql(m, t, k);
      }
      items.push_back(line);
    }
    if (t.partitioned) {
      items.push_back((t.pk_name.empty() ? "" : "CONSTRAINT " + qi(t.pk_name) + " ") + "PRIMARY KEY (" + qi(t.key) + ", " + qi(t.part_key) + ")");
    } else if (!t.pk_name.empty()) {
      items.push_back("CONSTRAINT " + qi(t.pk_name) + " PRIMARY KEY (" + qi(t.key) + ")");
    }
    for (const auto& k : t.checks) {
      if (k.name.empty()) continue;
      std::string sql = "CONSTRAINT " + qi(k.name) + " CHECK " + check_sql(m, t, k);
      if (k.not_valid) {
        later.push_back("ALTER TABLE " + name + " ADD " + sql + " NOT VALID;\n");
      } else {
        items.push_back(sql);
      }
    }
    for (const auto& u : t.uniques) {
      if (u.exclude) {
        items.push_back("CONSTRAINT " + qi(u.name) + " EXCLUDE USING btree (" + qi(u.column) + " WITH =)");
      } else {
        items.push_back("CONSTRAINT " + qi(u.name) + " UNIQUE" + (u.nulls_not_distinct ? " NULLS NOT DISTINCT" : "") + " (" + qi(u.column) + ")" +
                        (u.deferrable ? " DEFERRABLE INITIALLY DEFERRED" : ""));
      }
    }
    for (const auto& f : t.fks) {
      const Table* target = m.table(f.target);
      std::string sql = "CONSTRAINT " + qi(f.name) + " FOREIGN KEY (" + qi(f.column) + ") REFERENCES " +
                        qn(target->schema, target->name, target->bare) + " (" + qi(target->key) + ")";
      if (!f.on_delete.empty()) sql += " ON DELETE " + f.on_delete;
      if (f.deferrable) sql += " DEFERRABLE";
      if (f.not_valid) {
        later.push_back("ALTER TABLE " + name + " ADD " + sql + " NOT VALID;\n");
      } else {
        items.push_back(sql);
      }
    }
    for (std::size_t i = 0; i < items.size(); ++i) o += "    " + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
    o += ")";
    if (t.partitioned) o += " PARTITION BY RANGE (" + qi(t.part_key) + ")";
    o += ";\n";
    if (t.partitioned) {
      o += "CREATE TABLE " + qn(t.schema, t.partitions[0]) + " PARTITION OF " + name + " FOR VALUES FROM (MINVALUE) TO (500);\n";
      o += "CREATE TABLE " + qn(t.schema, t.partitions[1]) + " PARTITION OF " + name + " FOR VALUES FROM (500) TO (MAXVALUE);\n";
    }
  }
  o += "\n";
  for (const auto& l : later) o += l;
  for (const auto& s : m.sequences) {
    if (s.owner < 0) continue;
    const Table* t = m.table(s.owner);
    o += "ALTER SEQUENCE " + qn(s.schema, s.name) + " OWNED BY " + qn(t->schema, t->name) + "." + qi(s.owner_column) + ";\n";
  }
  for (const auto& t : m.tables) {
    for (const auto& i : t.indexes) {
      if (annotations && !i.renamed_from.empty()) o += "-- schemac:renamed-from " + qi(i.renamed_from) + "\n";
      o += std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " + qi(i.name) + " ON " + qn(t.schema, t.name, t.bare);
      if (!i.method.empty()) o += " USING " + i.method;
      o += i.lower ? " (lower(" + qi(i.column) + "))" : " (" + qi(i.column) + ")";
      if (!i.include.empty()) o += " INCLUDE (" + qi(i.include) + ")";
      if (i.partial) o += " WHERE (" + qi(i.column) + " IS NOT NULL)";
      o += ";\n";
      comment("INDEX " + qn(t.schema, i.name), i.comment);
    }
  }
  for (const auto& v : m.views) {
    const Table* t = m.table(v.table);
    std::string cols;
    for (std::size_t i = 0; i < v.columns.size(); ++i) cols += (i ? ", " : "") + qi(v.columns[i]);
    std::string kind = v.materialized ? "MATERIALIZED VIEW " : "VIEW ";
    o += "CREATE " + kind + qn(v.schema, v.name) + " AS\n    SELECT " + cols + " FROM " + qn(t->schema, t->name, t->bare) + " WHERE " +
         qi(t->key) + " > " + std::to_string(v.bound) + ";\n";
    comment(kind + qn(v.schema, v.name), v.comment);
    if (v.granted) o += "GRANT SELECT ON " + qn(v.schema, v.name) + " TO app_reader;\n";
  }
  for (const auto& t : m.tables) {
    std::string name = qn(t.schema, t.name, t.bare);
    for (const auto& tr : t.triggers) {
      const Function* f = nullptr;
      for (const auto& x : m.functions) {
        if (x.uid == tr.function) f = &x;
      }
      o += "CREATE TRIGGER " + qi(tr.name) + " " + tr.timing_events + " ON " + name + " FOR EACH ROW EXECUTE FUNCTION " + qn(f->schema, f->name) + "();\n";
    }
    if (t.rls) o += "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;\n";
    for (const auto& p : t.policies) {
      std::string expr = "(" + qi(t.key) + " > " + std::to_string(p.bound) + ")";
      o += "CREATE POLICY " + qi(p.name) + " ON " + name + (p.restrictive ? " AS RESTRICTIVE" : "") + " FOR " + p.command + " TO " + p.role;
      if (p.command != "INSERT") o += " USING " + expr;
      if (p.command == "ALL" || p.command == "UPDATE" || p.command == "INSERT") o += " WITH CHECK " + expr;
      o += ";\n";
    }
    comment("TABLE " + name, t.comment);
    for (const auto& c : t.columns) comment("COLUMN " + name + "." + qi(c.name), c.comment);
    for (const auto& [role, privileges] : t.grants) o += "GRANT " + privileges + " ON " + name + " TO " + role + ";\n";
  }
  for (const auto& e : m.enums) comment("TYPE " + qn(e.schema, e.name), e.comment);
  for (const auto& d : m.domains) comment("DOMAIN " + qn(d.schema, d.name), d.comment);
  for (const auto& f : m.functions) comment("FUNCTION " + qn(f.schema, f.name) + (f.trigger ? "()" : "(integer)"), f.comment);
  for (const auto& [s, text] : m.schema_comments) comment("SCHEMA " + qi(s), text);
  for (const auto& s : m.schema_usage) o += "GRANT USAGE ON SCHEMA " + qi(s) + " TO app_reader;\n";
  return o;
}

std::string render_rows(const Model& m) {
  std::string o;
  for (const auto& t : m.tables) {
    for (const auto& r : t.rows) {
      std::string cols, vals;
      for (const auto& c : t.columns) {
        auto it = r.find(c.name);
        if (it == r.end() || !c.generated_from.empty() || c.default_sql.rfind("nextval(", 0) == 0) continue;
        cols += (cols.empty() ? "" : ", ") + qi(c.name);
        vals += (vals.empty() ? "" : ", ") + it->second;
      }
      o += "INSERT INTO " + qn(t.schema, t.name) + (cols.empty() ? " DEFAULT VALUES" : " (" + cols + ") VALUES (" + vals + ")") + ";\n";
    }
  }
  return o;
}

std::string render_row_checks(const Model& m) {
  std::string o = "DO $check$\nBEGIN\n";
  for (const auto& t : m.tables) {
    if (t.added) continue;
    std::string name = qn(t.schema, t.name);
    o += "    ASSERT (SELECT count(*) FROM " + name + ") = " + std::to_string(t.rows.size()) + ", " + lit("rows lost in " + name) + ";\n";
  }
  return o + "    NULL;\nEND\n$check$;\n";
}

}  // namespace schemac::property
