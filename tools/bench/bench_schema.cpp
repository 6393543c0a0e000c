#include "bench_schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace schemac::bench {

namespace {

// ---- deterministic randomness ----------------------------------------------------------------

// splitmix64: tiny, fast and the same on every platform (std:: distributions are not).
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

class Rng {
 public:
  /// An independent stream per (seed, purpose, object): the base schema's choices never depend
  /// on the changed variant's, and one object's choices never shift another's.
  Rng(std::uint64_t seed, std::uint64_t purpose, std::uint64_t object)
      : state_(mix(seed ^ mix(purpose * 0x100000001b3ULL + object))) {}
  std::uint64_t next() { return state_ = mix(state_); }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool percent(int p) { return below(100) < p; }
  template <class T>
  const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }

 private:
  std::uint64_t state_;
};

enum Purpose : std::uint64_t { kTable = 1, kTableChange, kViewChange, kFunctionChange, kPolicyChange, kEnumChange };

// ---- the model -----------------------------------------------------------------------------

struct Column {
  std::string name;
  std::string type;
  std::string clauses;  // after the type: identity, DEFAULT, NOT NULL, REFERENCES, CHECK
  bool used = false;    // named by an index, view, constraint or policy: never dropped
};

struct Index {
  std::string name;
  std::string definition;  // after "ON table"
};

struct Table {
  int number = 0;
  std::string schema, name;
  std::string key_type;  // type of `id`, which foreign keys copy
  std::vector<Column> columns;
  std::vector<std::string> constraints;  // table-level
  std::vector<Index> indexes;
  std::vector<int> parents;  // tables referenced by foreign keys
  bool updated_at_trigger = false;
  std::string policy_using;      // empty: no row-level security
  bool hide_deleted_policy = false;
  std::string comment, name_comment;
  int dependents = 0;  // foreign keys, views and functions that need it
  bool dropped = false;

  [[nodiscard]] std::string qualified() const { return schema + "." + name; }
  Column* column(const std::string& n) {
    for (auto& c : columns) {
      if (c.name == n) return &c;
    }
    return nullptr;
  }
  [[nodiscard]] bool has(const std::string& n) const {
    return std::any_of(columns.begin(), columns.end(), [&](const Column& c) { return c.name == n; });
  }
};

struct View {
  std::string schema, name, query;
};

struct Function {
  std::string schema, signature, returns, attributes, body;
  bool standard_body = false;  // RETURN expr instead of AS $$ ... $$
};

struct EnumType {
  std::string schema, name;
  std::vector<std::string> labels;
};

const std::vector<std::string> kSchemaNames = {"sales",   "inventory", "billing",   "crm",     "support",
                                               "logistics", "catalog", "marketing", "finance", "hr"};
const std::vector<std::string> kNouns = {
    "customers", "orders",    "invoices",  "payments",  "products",      "shipments", "tickets",   "contacts",
    "accounts",  "suppliers", "warehouses", "employees", "campaigns",    "leads",     "contracts", "refunds",
    "coupons",   "reviews",   "subscriptions", "devices", "locations",   "vendors",   "assets",    "budgets",
    "projects",  "tasks",     "events",    "messages",  "documents",     "notes"};
const std::vector<std::string> kKindWords = {"standard", "express", "bulk",   "internal", "external", "trial",
                                             "premium",  "legacy",  "manual", "automatic", "partner",  "seasonal"};
const std::vector<std::string> kOnDelete = {" ON DELETE CASCADE", " ON DELETE RESTRICT", "", " ON DELETE SET NULL"};

class Generator {
 public:
  explicit Generator(const BenchSchemaOptions& options) : options_(options) {
    int n = std::max(options.tables, 1);
    schemas_.assign(kSchemaNames.begin(), kSchemaNames.begin() + std::clamp(n / 100, 2, 10));
    for (const auto& s : schemas_) {
      enums_.push_back({s, "record_status", {"draft", "active", "suspended", "archived"}});
      enums_.push_back({s, "priority", {"low", "normal", "high", "urgent"}});
    }
    kind_enums_ = std::max(1, n / 50);
    for (int k = 0; k < kind_enums_; ++k) {
      Rng rng(options.seed, kEnumChange + 100, static_cast<std::uint64_t>(k));
      EnumType e{schemas_[static_cast<std::size_t>(k) % schemas_.size()], fmt::format("kind_{:03}", k), {}};
      int count = 3 + rng.below(5);
      int first = rng.below(static_cast<int>(kKindWords.size()));
      for (int l = 0; l < count; ++l) e.labels.push_back(kKindWords[static_cast<std::size_t>(first + l) % kKindWords.size()]);
      enums_.push_back(std::move(e));
    }
    for (int i = 0; i < n; ++i) add_table(i);
    if (options.variant == Variant::changed) apply_changes(n);
  }

  std::vector<SchemaFile> files() const;

 private:
  const BenchSchemaOptions& options_;
  std::vector<std::string> schemas_;
  std::vector<EnumType> enums_;
  int kind_enums_ = 0;
  std::vector<Table> tables_;
  std::vector<View> views_;
  std::vector<Function> functions_;

  const EnumType& kind_enum(int k) const { return enums_[2 * schemas_.size() + static_cast<std::size_t>(k)]; }

  void add_table(int i);
  void add_programmable_objects(Table& t);
  void apply_changes(int n);
};

void Generator::add_table(int i) {
  Rng rng(options_.seed, kTable, static_cast<std::uint64_t>(i));
  Table t;
  t.number = i;
  t.schema = schemas_[static_cast<std::size_t>(i) % schemas_.size()];
  t.name = fmt::format("{}_{:05}", kNouns[static_cast<std::size_t>(i) % kNouns.size()], i);

  if (i % 11 == 5) {
    t.key_type = "uuid";
    t.columns.push_back({"id", "uuid", "PRIMARY KEY DEFAULT gen_random_uuid()"});
  } else if (i % 7 == 3) {
    t.key_type = "bigint";
    t.columns.push_back({"id", "bigserial", "PRIMARY KEY"});
  } else {
    t.key_type = "bigint";
    t.columns.push_back({"id", "bigint", "GENERATED ALWAYS AS IDENTITY PRIMARY KEY"});
  }
  t.columns.push_back({"tenant_id", "bigint", "NOT NULL"});
  // Foreign keys to earlier tables, mostly to recent ones (modules reference their neighbours).
  int references = std::min(i, rng.below(3));
  for (int r = 0; r < references; ++r) {
    int parent = rng.percent(70) ? i - 1 - rng.below(std::min(i, 50)) : rng.below(i);
    if (std::find(t.parents.begin(), t.parents.end(), parent) != t.parents.end()) continue;
    Table& p = tables_[static_cast<std::size_t>(parent)];
    const std::string& on_delete = rng.pick(kOnDelete);
    bool not_null = on_delete != " ON DELETE SET NULL" && rng.percent(60);
    t.columns.push_back({p.name + "_id", p.key_type,
                         fmt::format("{}REFERENCES {} (id){}", not_null ? "NOT NULL " : "", p.qualified(), on_delete), true});
    t.parents.push_back(parent);
    ++p.dependents;
  }
  t.columns.push_back({"name", "text", "NOT NULL"});
  bool code = rng.percent(50);
  if (code) t.columns.push_back({"code", "varchar(32)", ""});
  t.columns.push_back({"status", t.schema + ".record_status", "NOT NULL DEFAULT 'active'"});
  if (i % 3 == 0) t.columns.push_back({"priority", t.schema + ".priority", "DEFAULT 'normal'"});
  if (i % 7 == 2) {
    const EnumType& kind = kind_enum(i % kind_enums_);
    t.columns.push_back({"kind", kind.schema + "." + kind.name, fmt::format("NOT NULL DEFAULT '{}'", kind.labels[0])});
  }
  if (rng.percent(70)) t.columns.push_back({"amount", "numeric(12,2)", "NOT NULL DEFAULT 0 CHECK (amount >= 0)"});
  if (rng.percent(60)) t.columns.push_back({"quantity", "integer", "NOT NULL DEFAULT 1"});
  if (rng.percent(50)) t.columns.push_back({"is_active", "boolean", "NOT NULL DEFAULT true"});
  if (rng.percent(50)) t.columns.push_back({"metadata", "jsonb", "NOT NULL DEFAULT '{}'"});
  if (rng.percent(30)) t.columns.push_back({"tags", "text[]", ""});
  if (rng.percent(20)) {
    t.columns.push_back({"valid_from", "date", "NOT NULL DEFAULT CURRENT_DATE", true});
    t.columns.push_back({"valid_until", "date", "", true});
    t.constraints.push_back(fmt::format("CONSTRAINT {}_validity_check CHECK (valid_until IS NULL OR valid_until >= valid_from)", t.name));
  }
  if (rng.percent(15)) t.columns.push_back({"rating", "smallint", "CHECK (rating BETWEEN 1 AND 5)"});
  if (rng.percent(20)) t.columns.push_back({"email", "varchar(254)", ""});
  t.columns.push_back({"created_at", "timestamptz", "NOT NULL DEFAULT now()", true});
  if (rng.percent(60)) {
    t.columns.push_back({"updated_at", "timestamptz", "", true});
    t.constraints.push_back(fmt::format("CONSTRAINT {}_updated_check CHECK (updated_at IS NULL OR updated_at >= created_at)", t.name));
    t.updated_at_trigger = rng.percent(50);
  }
  if (rng.percent(40)) t.columns.push_back({"deleted_at", "timestamptz", ""});
  if (code && rng.percent(50)) {
    t.column("code")->used = true;
    t.constraints.push_back(fmt::format("CONSTRAINT {}_tenant_code_key UNIQUE (tenant_id, code)", t.name));
  }

  // Two indexes: the first foreign key (or the tenant's recent rows), and one of a partial,
  // an expression, a GIN or a covering index.
  if (!t.parents.empty()) {
    const std::string& fk = tables_[static_cast<std::size_t>(t.parents[0])].name + "_id";
    t.indexes.push_back({fmt::format("{}_{}_idx", t.name, fk), fmt::format("({})", fk)});
  } else {
    t.indexes.push_back({t.name + "_tenant_created_idx", "(tenant_id, created_at DESC)"});
  }
  std::vector<Index> second = {{t.name + "_lower_name_idx", "(lower(name))"},
                               {t.name + "_tenant_name_idx", "(tenant_id, name) INCLUDE (status)"}};
  if (t.has("deleted_at")) second.push_back({t.name + "_live_status_idx", "(status, created_at) WHERE deleted_at IS NULL"});
  if (t.has("metadata")) second.push_back({t.name + "_metadata_idx", "USING gin (metadata jsonb_path_ops)"});
  if (t.has("email")) {
    t.column("email")->used = true;
    second.push_back({t.name + "_email_idx", "(tenant_id, lower(email::text)) WHERE email IS NOT NULL"});
  }
  t.indexes.push_back(rng.pick(second));
  for (const char* used : {"deleted_at", "metadata", "email"}) {
    if (t.indexes.back().definition.find(used) != std::string::npos) t.column(used)->used = true;
  }

  if (i % 10 == 3) {
    t.policy_using = "tenant_id = current_setting('app.tenant_id')::bigint";
    t.hide_deleted_policy = i % 20 == 3 && t.has("deleted_at");
  }
  if (i % 5 == 0) t.comment = fmt::format("Generated table {}: {} of the {} domain.", i, kNouns[static_cast<std::size_t>(i) % kNouns.size()], t.schema);
  if (i % 13 == 0) t.name_comment = "Display name, as the customer typed it.";
  tables_.push_back(std::move(t));
  add_programmable_objects(tables_.back());
}

void Generator::add_programmable_objects(Table& t) {
  int i = t.number;
  if (i % 10 == 7) {
    View v{t.schema, t.name + "_summary", {}};
    std::string live = t.has("deleted_at") ? "t.deleted_at IS NULL" : "t.tenant_id > 0";
    if (!t.parents.empty()) {
      Table& p = tables_[static_cast<std::size_t>(t.parents[0])];
      v.query = fmt::format("SELECT t.id, t.tenant_id, t.name, p.name AS {0}_name, t.created_at\n"
                            "FROM {1} t JOIN {2} p ON p.id = t.{0}_id\nWHERE {3}",
                            p.name, t.qualified(), p.qualified(), live);
      ++p.dependents;
    } else {
      v.query = fmt::format("SELECT t.tenant_id, count(*) AS total, max(t.created_at) AS last_created_at\n"
                            "FROM {} t\nWHERE {}\nGROUP BY t.tenant_id",
                            t.qualified(), live);
    }
    ++t.dependents;
    views_.push_back(std::move(v));
  }
  if (i % 20 == 11) {
    functions_.push_back({t.schema, t.name + "_count(p_tenant bigint)", "bigint", "LANGUAGE plpgsql STABLE",
                          fmt::format("DECLARE\n    v_count bigint;\nBEGIN\n    SELECT count(*) INTO v_count FROM {} WHERE tenant_id = p_tenant;\n"
                                      "    RETURN v_count;\nEND;",
                                      t.qualified())});
    ++t.dependents;
  }
  if (i % 20 == 1) {
    functions_.push_back({t.schema, t.name + "_label(p_name text, p_code text)", "text", "LANGUAGE sql IMMUTABLE",
                          "SELECT upper(left(p_name, 1)) || substr(p_name, 2) || coalesce(' (' || p_code || ')', '')"});
  }
  if (i % 20 == 15) {
    functions_.push_back({t.schema, t.name + "_is_recent(p_at timestamptz)", "boolean", "LANGUAGE sql STABLE",
                          "p_at > now() - interval '30 days'", true});
  }
}

void Generator::apply_changes(int n) {
  // New tables (0.5%), generated exactly like the others, then changes to ~5% of the rest.
  int added = std::max(1, n / 200);
  for (int i = n; i < n + added; ++i) add_table(i);
  for (int i = 0; i < n; ++i) {
    Table& t = tables_[static_cast<std::size_t>(i)];
    Rng rng(options_.seed, kTableChange, static_cast<std::uint64_t>(i));
    int roll = rng.below(1000);
    if (roll < 10) {  // add a column
      if (t.has("note")) continue;
      t.columns.push_back(rng.percent(50) ? Column{"note", "text", ""} : Column{"note", "integer", "NOT NULL DEFAULT 0"});
    } else if (roll < 20) {  // drop a column nothing else names
      for (const char* name : {"tags", "rating", "quantity", "is_active"}) {
        auto it = std::find_if(t.columns.begin(), t.columns.end(), [&](const Column& c) { return c.name == name && !c.used; });
        if (it == t.columns.end()) continue;
        t.columns.erase(it);
        break;
      }
    } else if (roll < 30) {  // retype a column
      if (Column* c = t.column("quantity")) {
        c->type = "bigint";
      } else if (Column* c = t.column("code")) {
        c->type = "varchar(64)";
      } else if (Column* c = t.column("rating")) {
        c->type = "integer";
      } else {
        t.column("name")->type = "varchar(200)";
      }
    } else if (roll < 40) {  // change a default
      if (Column* c = t.column("amount")) {
        c->clauses = "NOT NULL DEFAULT 1 CHECK (amount >= 0)";
      } else if (Column* c = t.column("is_active")) {
        c->clauses = "NOT NULL DEFAULT false";
      } else {
        t.column("status")->clauses = "NOT NULL DEFAULT 'draft'";
      }
    } else if (roll < 45) {  // a new index
      t.indexes.push_back({t.name + "_created_idx", "(created_at) WHERE status = 'active'"});
    } else if (roll < 50) {  // an index dropped
      t.indexes.pop_back();
    } else if (roll < 55 && t.dependents == 0) {  // a table dropped
      t.dropped = true;
      for (int p : t.parents) --tables_[static_cast<std::size_t>(p)].dependents;
    }
  }
  for (std::size_t v = 0; v < views_.size(); ++v) {
    Rng rng(options_.seed, kViewChange, v);
    if (!rng.percent(5)) continue;
    View& view = views_[v];
    if (rng.percent(50)) {
      // A new condition (same columns: CREATE OR REPLACE).
      auto group_by = view.query.find("\nGROUP BY");
      view.query.insert(group_by == std::string::npos ? view.query.size() : group_by, "\n  AND t.id IS NOT NULL");
    } else {
      view.query.replace(view.query.find("\nFROM"), 0, ",\n       1 AS version");  // a new column
    }
  }
  for (std::size_t f = 0; f < functions_.size(); ++f) {
    Rng rng(options_.seed, kFunctionChange, f);
    if (!rng.percent(5)) continue;
    Function& fn = functions_[f];
    if (auto at = fn.body.find("count(*)"); at != std::string::npos) {
      fn.body.replace(at, 8, "count(id)");
    } else if (auto at = fn.body.find("left(p_name, 1)"); at != std::string::npos) {
      fn.body.replace(at, 15, "left(p_name, 2)");
    } else if (auto at = fn.body.find("30 days"); at != std::string::npos) {
      fn.body.replace(at, 7, "14 days");
    }
  }
  for (auto& t : tables_) {
    Rng rng(options_.seed, kPolicyChange, static_cast<std::uint64_t>(t.number));
    if (!t.policy_using.empty() && rng.percent(5)) {
      t.policy_using = "tenant_id = current_setting('app.tenant_id', true)::bigint";
    }
  }
  // One enum gains a value in the middle; a few kind enums one at the end.
  enums_[0].labels.insert(enums_[0].labels.begin() + 2, "on_hold");
  for (int k = 0; k < kind_enums_; ++k) {
    Rng rng(options_.seed, kEnumChange, static_cast<std::uint64_t>(k));
    if (rng.percent(5)) enums_[2 * schemas_.size() + static_cast<std::size_t>(k)].labels.push_back("retired");
  }
}

std::string literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::vector<SchemaFile> Generator::files() const {
  std::vector<SchemaFile> out;
  std::string sql = "-- Generated by bench_schema: schemas.\n";
  for (const auto& s : schemas_) {
    sql += fmt::format("\nCREATE SCHEMA {};\nCOMMENT ON SCHEMA {} IS {};\n", s, s, literal("The " + s + " domain."));
  }
  out.push_back({"00_schemas.sql", sql});

  sql = "-- Generated by bench_schema: enum types.\n";
  for (const auto& e : enums_) {
    std::string labels;
    for (const auto& l : e.labels) labels += (labels.empty() ? "" : ", ") + literal(l);
    sql += fmt::format("\nCREATE TYPE {}.{} AS ENUM ({});\n", e.schema, e.name, labels);
  }
  out.push_back({"01_types.sql", sql});

  sql = "-- Generated by bench_schema: trigger functions.\n";
  for (const auto& s : schemas_) {
    sql += fmt::format("\nCREATE FUNCTION {}.set_updated_at() RETURNS trigger\n    LANGUAGE plpgsql\nAS $$\nBEGIN\n"
                       "    NEW.updated_at := now();\n    RETURN NEW;\nEND;\n$$;\n",
                       s);
  }
  out.push_back({"02_trigger_functions.sql", sql});

  // 250 tables a file, by table number: a dropped or added table changes one file only.
  constexpr int kTablesPerFile = 250;
  std::string chunk;
  for (const auto& t : tables_) {
    if (t.dropped) continue;
    std::string path = fmt::format("10_tables_{:04}.sql", t.number / kTablesPerFile);
    if (path != chunk) out.push_back({chunk = path, "-- Generated by bench_schema: tables.\n"});
    std::string& s = out.back().sql;
    s += fmt::format("\nCREATE TABLE {} (\n", t.qualified());
    std::vector<std::string> lines;
    for (const auto& c : t.columns) lines.push_back(c.name + " " + c.type + (c.clauses.empty() ? "" : " " + c.clauses));
    lines.insert(lines.end(), t.constraints.begin(), t.constraints.end());
    for (std::size_t l = 0; l < lines.size(); ++l) s += "    " + lines[l] + (l + 1 < lines.size() ? ",\n" : "\n");
    s += ");\n";
    for (const auto& index : t.indexes) s += fmt::format("CREATE INDEX {} ON {} {};\n", index.name, t.qualified(), index.definition);
    if (!t.comment.empty()) s += fmt::format("COMMENT ON TABLE {} IS {};\n", t.qualified(), literal(t.comment));
    if (!t.name_comment.empty()) s += fmt::format("COMMENT ON COLUMN {}.name IS {};\n", t.qualified(), literal(t.name_comment));
  }

  sql = "-- Generated by bench_schema: functions.\n";
  for (const auto& f : functions_) {
    if (f.standard_body) {
      sql += fmt::format("\nCREATE FUNCTION {}.{} RETURNS {}\n    {}\n    RETURN {};\n", f.schema, f.signature, f.returns,
                         f.attributes, f.body);
    } else {
      sql += fmt::format("\nCREATE FUNCTION {}.{} RETURNS {}\n    {}\nAS $$\n{}\n$$;\n", f.schema, f.signature, f.returns,
                         f.attributes, f.body);
    }
  }
  out.push_back({"20_functions.sql", sql});

  sql = "-- Generated by bench_schema: views.\n";
  for (const auto& v : views_) sql += fmt::format("\nCREATE VIEW {}.{} AS\n{};\n", v.schema, v.name, v.query);
  out.push_back({"30_views.sql", sql});

  sql = "-- Generated by bench_schema: triggers and row-level security.\n";
  for (const auto& t : tables_) {
    if (t.dropped) continue;
    if (t.updated_at_trigger) {
      sql += fmt::format("\nCREATE TRIGGER {0}_set_updated_at BEFORE UPDATE ON {1}\n    FOR EACH ROW EXECUTE FUNCTION {2}.set_updated_at();\n",
                         t.name, t.qualified(), t.schema);
    }
    if (!t.policy_using.empty()) {
      sql += fmt::format("\nALTER TABLE {0} ENABLE ROW LEVEL SECURITY;\nCREATE POLICY {1}_tenant_isolation ON {0}\n    USING ({2});\n",
                         t.qualified(), t.name, t.policy_using);
      if (t.hide_deleted_policy) {
        sql += fmt::format("CREATE POLICY {1}_hide_deleted ON {0} AS RESTRICTIVE FOR SELECT\n    USING (deleted_at IS NULL);\n",
                           t.qualified(), t.name);
      }
    }
  }
  out.push_back({"40_triggers_policies.sql", sql});
  return out;
}

}  // namespace

std::vector<SchemaFile> generate_schema(const BenchSchemaOptions& options) {
  if (options.tables < 1) throw std::invalid_argument("bench_schema: at least one table");
  return Generator(options).files();
}

void write_schema(const std::filesystem::path& dir, const std::vector<SchemaFile>& files) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql") fs::remove(entry.path());
  }
  for (const auto& f : files) {
    std::ofstream out(dir / f.path, std::ios::binary);
    out << f.sql;
    if (!out) throw std::runtime_error("cannot write " + (dir / f.path).string());
  }
}

}  // namespace schemac::bench
