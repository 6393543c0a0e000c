#include "pg/tree.hpp"

#include <pg_query.h>

#include <mutex>
#include <unordered_map>

#include "schemac/diagnostics.hpp"

namespace schemac::pg {

std::size_t char_position_to_offset(std::string_view text, int cursorpos) {
  if (cursorpos <= 1) return 0;
  int chars = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == cursorpos) return i;
    ++chars;
  }
  return text.size();
}

ParseOutcome parse(std::string_view sql) {
  std::string text(sql);  // libpg_query wants a NUL-terminated string
  PgQueryProtobufParseResult raw = pg_query_parse_protobuf(text.c_str());
  ParseOutcome out;
  if (raw.error) {
    out.error = ParseError{raw.error->message ? raw.error->message : "syntax error",
                           char_position_to_offset(text, raw.error->cursorpos)};
  } else {
    out.result = std::make_unique<pg_query::ParseResult>();
    if (!out.result->ParseFromArray(raw.parse_tree.data, static_cast<int>(raw.parse_tree.len))) {
      pg_query_free_protobuf_parse_result(raw);
      throw Error("internal error: libpg_query returned an unreadable parse tree");
    }
  }
  pg_query_free_protobuf_parse_result(raw);
  return out;
}

std::vector<StatementSpan> split_statements(std::string_view sql) {
  std::string text(sql);
  PgQuerySplitResult raw = pg_query_split_with_scanner(text.c_str());
  std::vector<StatementSpan> spans;
  if (!raw.error) {
    for (int i = 0; i < raw.n_stmts; ++i) {
      spans.push_back({static_cast<std::size_t>(raw.stmts[i]->stmt_location),
                       static_cast<std::size_t>(raw.stmts[i]->stmt_len)});
    }
  }
  pg_query_free_split_result(raw);
  return spans;
}

namespace {

std::string deparse_parse_result(const pg_query::ParseResult& tree) {
  std::string bytes;
  tree.SerializeToString(&bytes);
  PgQueryProtobuf pb{bytes.size(), bytes.data()};
  PgQueryDeparseResult raw = pg_query_deparse_protobuf(pb);
  if (raw.error) {
    std::string message = raw.error->message ? raw.error->message : "unknown error";
    pg_query_free_deparse_result(raw);
    throw Error("internal error: cannot print SQL for a parse tree: " + message);
  }
  std::string sql = raw.query;
  pg_query_free_deparse_result(raw);
  return sql;
}

}  // namespace

std::string deparse_statement(const pg_query::Node& stmt) {
  pg_query::ParseResult tree;
  tree.set_version(PG_VERSION_NUM);
  *tree.add_stmts()->mutable_stmt() = stmt;
  return deparse_parse_result(tree);
}

std::string deparse_expression(const pg_query::Node& expr) {
  pg_query::Node select;
  auto* target = select.mutable_select_stmt()->add_target_list()->mutable_res_target();
  *target->mutable_val() = expr;
  std::string sql = deparse_statement(select);
  constexpr std::string_view prefix = "SELECT ";
  if (sql.compare(0, prefix.size(), prefix) != 0) {
    throw Error("internal error: unexpected expression deparse: " + sql);
  }
  return sql.substr(prefix.size());
}

std::string deparse_expression(const std::string& serialized_node) {
  pg_query::Node node;
  if (!node.ParseFromString(serialized_node)) throw Error("internal error: bad expression tree");
  return deparse_expression(node);
}

bool keyword_needs_quoting(std::string_view word) {
  static std::mutex mutex;
  static std::unordered_map<std::string, bool> cache;
  std::string key(word);
  {
    std::lock_guard lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
  }
  PgQueryScanResult raw = pg_query_scan(key.c_str());
  bool needs = false;
  if (!raw.error) {
    pg_query::ScanResult scan;
    scan.ParseFromArray(raw.pbuf.data, static_cast<int>(raw.pbuf.len));
    // One token that is a keyword other than an unreserved one must be quoted.
    needs = scan.tokens_size() != 1 ||
            (scan.tokens(0).keyword_kind() != pg_query::NO_KEYWORD &&
             scan.tokens(0).keyword_kind() != pg_query::UNRESERVED_KEYWORD);
  } else {
    needs = true;
  }
  pg_query_free_scan_result(raw);
  std::lock_guard lock(mutex);
  cache.emplace(std::move(key), needs);
  return needs;
}

PlpgsqlOutcome parse_plpgsql(std::string_view create_function_sql) {
  std::string text(create_function_sql);
  PgQueryPlpgsqlParseResult raw = pg_query_parse_plpgsql(text.c_str());
  PlpgsqlOutcome out;
  if (raw.error) {
    out.error = ParseError{raw.error->message ? raw.error->message : "syntax error",
                           char_position_to_offset(text, raw.error->cursorpos)};
  } else if (raw.plpgsql_funcs) {
    out.json = raw.plpgsql_funcs;
  }
  pg_query_free_plpgsql_parse_result(raw);
  return out;
}

}  // namespace schemac::pg
