// Thin C++ layer over libpg_query: parse SQL into the typed protobuf tree, deparse trees back
// to SQL, scan keywords. Private to the library (the generated protobuf header is large; only
// the front end and the renderer include it).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pg_query.pb.h"

namespace schemac::pg {

struct ParseError {
  std::string message;
  std::size_t offset = 0;  // byte offset into the parsed text
};

/// How deeply a parse tree may nest. protobuf's own limit (100) is reached by an expression as
/// ordinary as `a || b || ...` with 50 terms; deeper than this, a statement is refused.
inline constexpr int kMaxTreeDepth = 2000;

/// Reads a serialized tree (up to kMaxTreeDepth deep); false if it cannot.
bool read_tree(google::protobuf::MessageLite& tree, std::string_view bytes);
/// Reads a node schemac serialized itself (e.g. `Expression::tree`); it always reads back.
pg_query::Node read_node(std::string_view bytes);

/// Parses a whole SQL text. On failure returns the first error only; use
/// `split_statements` to find every failing statement.
struct ParseOutcome {
  std::unique_ptr<pg_query::ParseResult> result;
  std::optional<ParseError> error;
};
ParseOutcome parse(std::string_view sql);

/// `parse` of every text, on several threads. libpg_query spends most of a parse writing the
/// tree out as protobuf, so large inputs are cut into pieces at statement ends and the pieces
/// parsed at the same time; each outcome is exactly what `parse` returns for that text
/// (positions included; on a syntax error, `parse`'s own report of the whole text).
std::vector<ParseOutcome> parse_concurrently(const std::vector<std::string_view>& texts);

/// Statement boundaries found by the scanner (works on text with syntax errors).
struct StatementSpan {
  std::size_t offset = 0;
  std::size_t length = 0;
};
std::vector<StatementSpan> split_statements(std::string_view sql);

/// Deparses a whole statement to SQL (no trailing semicolon).
std::string deparse_statement(const pg_query::Node& stmt);
/// Deparses an expression to SQL.
std::string deparse_expression(const pg_query::Node& expr);
/// Deparses an expression held in serialized form (`Expression::tree`).
std::string deparse_expression(const std::string& serialized_node);

/// True if `word` is a keyword that PostgreSQL's quote_ident would quote.
bool keyword_needs_quoting(std::string_view word);

/// Parses a PL/pgSQL function definition (`body` is its AS string's value); returns the JSON
/// libpg_query produces. Works around the parser's known false rejections (see tree.cpp).
struct PlpgsqlOutcome {
  std::string json;
  std::optional<ParseError> error;
};
PlpgsqlOutcome parse_plpgsql(std::string_view create_function_sql, const std::string& body);

/// Converts a 1-based character position (PostgreSQL's cursor position) into a byte offset.
std::size_t char_position_to_offset(std::string_view text, int cursorpos);

}  // namespace schemac::pg
