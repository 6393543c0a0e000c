#include "pg/tree.hpp"

#include <fmt/format.h>
#include <google/protobuf/io/coded_stream.h>
#include <pg_query.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "pg/comments.hpp"
#include "pg/tree_walk.hpp"
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

namespace {

// Offset of the first character that is neither white space nor part of a comment.
std::size_t first_token(std::string_view sql) {
  std::vector<TextSpan> comments = comment_spans(sql);
  std::size_t at = 0;
  for (auto c = comments.begin(); at < sql.size(); ++at) {
    while (c != comments.end() && c->offset + c->length <= at) ++c;
    if (c != comments.end() && c->offset <= at) {
      at = c->offset + c->length - 1;
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(sql[at]))) break;
  }
  return std::min(at, sql.size());
}

}  // namespace

bool read_tree(google::protobuf::MessageLite& tree, std::string_view bytes) {
  google::protobuf::io::CodedInputStream input(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                               static_cast<int>(bytes.size()));
  input.SetRecursionLimit(kMaxTreeDepth);
  return tree.ParseFromCodedStream(&input) && input.ConsumedEntireMessage();
}

pg_query::Node read_node(std::string_view bytes) {
  pg_query::Node node;
  if (!read_tree(node, bytes)) throw Error("internal error: an expression tree does not read back");
  return node;
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
    if (!read_tree(*out.result, std::string_view(raw.parse_tree.data, raw.parse_tree.len))) {
      // The text is valid UTF-8 (checked when read), so depth is what makes a tree unreadable.
      out.result.reset();
      out.error = ParseError{fmt::format("the statement nests too deeply for schemac (its parse tree is more than {} "
                                         "levels deep)",
                                         kMaxTreeDepth),
                             first_token(text)};
    }
  }
  pg_query_free_protobuf_parse_result(raw);
  return out;
}

namespace {

// A piece of a text to parse on its own: [begin, end), at statement ends.
struct Piece {
  std::size_t text = 0;
  std::size_t begin = 0, end = 0;
  ParseOutcome outcome;
};

// True if a line starting at `at` looks like the start of a DDL statement.
bool statement_line(std::string_view sql, std::size_t at) {
  for (std::string_view word : {"CREATE ", "ALTER ", "COMMENT ", "GRANT ", "REVOKE "}) {
    if (sql.compare(at, word.size(), word) == 0) return true;
  }
  return false;
}

// Where to cut `sql` into pieces of about `size` bytes: after a `;` that ends a line when the
// next line starts a statement. Such a `;` may still be inside a string, a comment or a
// dollar-quoted body; then the piece before it does not parse (the quote or comment is not
// closed, or BEGIN ATOMIC has no END) and the cut is undone. A cut that lets both pieces
// parse is at the end of a statement, so the pieces hold exactly the whole text's statements.
std::vector<std::size_t> cut_points(std::string_view sql, std::size_t size) {
  std::vector<std::size_t> cuts;
  for (std::size_t at = size; at < sql.size();) {
    std::size_t semicolon = sql.find(";\n", at);
    if (semicolon == std::string_view::npos || semicolon + 1 + size / 4 > sql.size()) break;
    if (!statement_line(sql, semicolon + 2)) {
      at = semicolon + 2;
      continue;
    }
    cuts.push_back(semicolon + 1);
    at = semicolon + 1 + size;
  }
  return cuts;
}

// Parses sql[begin, end), with positions counted from the start of `sql`.
ParseOutcome parse_piece(std::string_view sql, std::size_t begin, std::size_t end) {
  ParseOutcome out = parse(sql.substr(begin, end - begin));
  if (out.result && begin > 0) {
    for (auto& stmt : *out.result->mutable_stmts()) {
      stmt.set_stmt_location(stmt.stmt_location() + static_cast<int>(begin));
      shift_locations(*stmt.mutable_stmt(), static_cast<int>(begin));
    }
  }
  return out;
}

}  // namespace

std::vector<ParseOutcome> parse_concurrently(const std::vector<std::string_view>& texts) {
  constexpr std::size_t kPieceSize = 128 * 1024;  // below this, threads cost more than they save
  std::vector<Piece> pieces;
  for (std::size_t t = 0; t < texts.size(); ++t) {
    std::size_t begin = 0;
    for (std::size_t cut : cut_points(texts[t], kPieceSize)) {
      pieces.push_back({t, begin, cut, {}});
      begin = cut;
    }
    pieces.push_back({t, begin, texts[t].size(), {}});
  }
  unsigned threads = std::min<std::size_t>({std::max(1U, std::thread::hardware_concurrency()), 8, pieces.size()});
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> failures(threads);
  auto work = [&](unsigned worker) {
    try {
      for (std::size_t i; (i = next.fetch_add(1)) < pieces.size();) {
        Piece& p = pieces[i];
        p.outcome = parse_piece(texts[p.text], p.begin, p.end);
      }
    } catch (...) {
      failures[worker] = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < threads; ++w) pool.emplace_back(work, w);
  work(0);
  for (auto& thread : pool) thread.join();
  for (const auto& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }

  // A piece that does not parse is joined with the next one (a cut inside a statement is
  // undone that way); a syntax error that remains is reported as `parse` reports it.
  std::vector<Piece> joined;
  for (auto& p : pieces) {
    if (!joined.empty() && joined.back().text == p.text && joined.back().outcome.error) {
      Piece& last = joined.back();
      last.end = p.end;
      last.outcome = parse_piece(texts[p.text], last.begin, last.end);
    } else {
      joined.push_back(std::move(p));
    }
  }
  std::vector<ParseOutcome> out(texts.size());
  for (std::size_t i = 0; i < joined.size();) {
    std::size_t t = joined[i].text, j = i;
    bool failed = false;
    for (; j < joined.size() && joined[j].text == t; ++j) failed = failed || joined[j].outcome.error.has_value();
    if (j - i == 1 && joined[i].begin == 0) {
      out[t] = std::move(joined[i].outcome);
    } else if (failed) {
      out[t] = parse(texts[t]);
    } else {
      out[t].result = std::move(joined[i].outcome.result);
      for (std::size_t k = i + 1; k < j; ++k) {
        for (auto& stmt : *joined[k].outcome.result->mutable_stmts()) *out[t].result->add_stmts() = std::move(stmt);
      }
    }
    i = j;
  }
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

namespace {

std::string deparse_unguarded(const pg_query::Node& stmt) {
  pg_query::ParseResult tree;
  tree.set_version(PG_VERSION_NUM);
  *tree.add_stmts()->mutable_stmt() = stmt;
  return deparse_parse_result(tree);
}

std::string deparse_expression_unguarded(const pg_query::Node& expr) {
  pg_query::Node select;
  *select.mutable_select_stmt()->add_target_list()->mutable_res_target()->mutable_val() = expr;
  std::string sql = deparse_unguarded(select);
  constexpr std::string_view prefix = "SELECT ";
  if (sql.compare(0, prefix.size(), prefix) != 0) {
    throw Error("internal error: unexpected expression deparse: " + sql);
  }
  return sql.substr(prefix.size());
}

// Functions PostgreSQL's grammar writes as infix operators (`x AT TIME ZONE z`,
// `x IS NORMALIZED`, `(a, b) OVERLAPS (c, d)`).
bool is_infix_function(const pg_query::Node& node) {
  if (node.node_case() != pg_query::Node::kFuncCall) return false;
  const auto& f = node.func_call();
  if (f.funcformat() != pg_query::COERCE_SQL_SYNTAX || f.funcname_size() == 0) return false;
  const std::string& name = f.funcname(f.funcname_size() - 1).string().sval();
  return name == "timezone" || name == "is_normalized" || name == "overlaps";
}

// True if `child`, printed as an operand of `parent`, may bind differently without
// parentheses, and libpg_query's deparser (15-4.0.0) does not add them: it prints
// `(t AT TIME ZONE z)::date` as `t AT TIME ZONE z::date`, `(a IS NULL)::int` as
// `a IS NULL::int`, `(a AND b) IS NULL` as `a AND b IS NULL`, `x BETWEEN 1 AND (b AND c)`
// without its parentheses, and `(a + b) AT TIME ZONE z` as `a + b AT TIME ZONE z`.
bool needs_parentheses(const pg_query::Node& child, bool parent_is_infix_function) {
  switch (child.node_case()) {
    case pg_query::Node::kBoolExpr:
    case pg_query::Node::kNullTest:
    case pg_query::Node::kBooleanTest:
    case pg_query::Node::kCollateClause:
      return true;
    case pg_query::Node::kAExpr:
    case pg_query::Node::kSubLink:
      return parent_is_infix_function;
    default:
      return is_infix_function(child);
  }
}

// Replaces operands that need parentheses by placeholder column names and records their
// parenthesized text; `expand_placeholders` puts the text back after deparsing.
class ParenthesesGuard {
 public:
  explicit ParenthesesGuard(const std::string& serialized_tree) {
    while (serialized_tree.find(prefix_) != std::string::npos) prefix_ += "_";
  }

  void guard(pg_query::Node& tree) {
    walk_tree_post_order(tree, [&](pg_query::Node& node) {
      switch (node.node_case()) {
        case pg_query::Node::kTypeCast:
          guard_operand(node.mutable_type_cast()->mutable_arg(), false);
          break;
        case pg_query::Node::kNullTest:
          guard_operand(node.mutable_null_test()->mutable_arg(), false);
          break;
        case pg_query::Node::kBooleanTest:
          guard_operand(node.mutable_boolean_test()->mutable_arg(), false);
          break;
        case pg_query::Node::kCollateClause:
          guard_operand(node.mutable_collate_clause()->mutable_arg(), false);
          break;
        case pg_query::Node::kAIndirection:
          guard_operand(node.mutable_a_indirection()->mutable_arg(), false);
          break;
        case pg_query::Node::kAExpr: {
          auto* e = node.mutable_a_expr();
          if (e->has_lexpr()) guard_operand(e->mutable_lexpr(), false);
          if (!e->has_rexpr()) break;
          if (e->rexpr().node_case() == pg_query::Node::kList) {
            for (auto& item : *e->mutable_rexpr()->mutable_list()->mutable_items()) guard_operand(&item, false);
          } else {
            guard_operand(e->mutable_rexpr(), false);
          }
          break;
        }
        case pg_query::Node::kFuncCall:
          if (is_infix_function(node)) {
            for (auto& arg : *node.mutable_func_call()->mutable_args()) guard_operand(&arg, true);
          }
          break;
        default:
          break;
      }
    });
  }

  std::string expand_placeholders(std::string sql) const {
    // Later placeholders enclose earlier ones: expand from the last.
    for (std::size_t i = texts_.size(); i-- > 0;) {
      std::string name = placeholder(i);
      for (std::size_t at = sql.find(name); at != std::string::npos; at = sql.find(name, at + texts_[i].size())) {
        sql.replace(at, name.size(), texts_[i]);
      }
    }
    return sql;
  }

 private:
  std::string prefix_ = "schemac_parenthesized_";
  std::vector<std::string> texts_;

  std::string placeholder(std::size_t i) const { return prefix_ + std::to_string(i) + "_"; }

  void guard_operand(pg_query::Node* operand, bool parent_is_infix_function) {
    if (!needs_parentheses(*operand, parent_is_infix_function)) return;
    texts_.push_back("(" + deparse_expression_unguarded(*operand) + ")");
    pg_query::Node name;
    name.mutable_column_ref()->add_fields()->mutable_string()->set_sval(placeholder(texts_.size() - 1));
    *operand = std::move(name);
  }
};

}  // namespace

std::string deparse_statement(const pg_query::Node& stmt) {
  std::string bytes;
  stmt.SerializeToString(&bytes);
  ParenthesesGuard guard(bytes);
  pg_query::Node guarded = stmt;
  guard.guard(guarded);
  return guard.expand_placeholders(deparse_unguarded(guarded));
}

std::string deparse_expression(const pg_query::Node& expr) {
  pg_query::Node select;
  *select.mutable_select_stmt()->add_target_list()->mutable_res_target()->mutable_val() = expr;
  std::string sql = deparse_statement(select);
  constexpr std::string_view prefix = "SELECT ";
  if (sql.compare(0, prefix.size(), prefix) != 0) {
    throw Error("internal error: unexpected expression deparse: " + sql);
  }
  return sql.substr(prefix.size());
}

std::string deparse_expression(const std::string& serialized_node) {
  return deparse_expression(read_node(serialized_node));
}

namespace {

struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
  pg_query::Token kind = pg_query::Token::NUL;
  pg_query::KeywordKind keyword = pg_query::NO_KEYWORD;
};

std::vector<Token> scan(const std::string& text) {
  PgQueryScanResult raw = pg_query_scan(text.c_str());
  std::vector<Token> tokens;
  if (!raw.error) {
    pg_query::ScanResult result;
    read_tree(result, std::string_view(raw.pbuf.data, raw.pbuf.len));
    for (const auto& t : result.tokens()) {
      tokens.push_back({static_cast<std::size_t>(t.start()), static_cast<std::size_t>(t.end()), t.token(),
                        t.keyword_kind()});
    }
  }
  pg_query_free_scan_result(raw);
  return tokens;
}

}  // namespace

std::vector<TextSpan> comment_spans(std::string_view sql) {
  std::vector<TextSpan> out;
  for (const Token& t : scan(std::string(sql))) {
    if (t.kind == pg_query::SQL_COMMENT || t.kind == pg_query::C_COMMENT) out.push_back({t.start, t.end - t.start});
  }
  return out;
}

namespace {

bool is_name(const Token& t) {
  return t.kind == pg_query::IDENT || t.keyword == pg_query::UNRESERVED_KEYWORD;
}

bool word_is(const std::string& text, const Token& t, std::string_view word) {
  if (t.end - t.start != word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[t.start + i])) != word[i]) return false;
  }
  return true;
}

// libpg_query's PL/pgSQL parser compiles a body without a catalog and without the function's
// result shape, so it rejects two things PostgreSQL accepts (libpg_query issues #159, #260):
// assigning to a field of a row or record variable (`v.f := x`, "is not a known variable"),
// and `RETURN NEXT;` in a function with OUT or TABLE parameters ("missing expression").
// Neither changes which SQL the body runs, so the copy handed to the parser reads
// `v := x` and `RETURN NEXT NULL;` instead; everything else is parsed as written.
std::string body_for_libpg_query(const std::string& body) {
  std::vector<Token> tokens = scan(body);
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // byte ranges to drop
  std::vector<std::size_t> null_after;                      // insert " NULL" at these offsets
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    bool statement_start =
        i == 0 || tokens[i - 1].kind == pg_query::ASCII_59 || tokens[i - 1].kind == pg_query::BEGIN_P ||
        tokens[i - 1].kind == pg_query::THEN || tokens[i - 1].kind == pg_query::ELSE ||
        word_is(body, tokens[i - 1], "loop");
    if (is_name(t) && i + 2 < tokens.size() && tokens[i + 1].kind == pg_query::ASCII_46) {
      std::size_t j = i + 1;
      while (j + 1 < tokens.size() && tokens[j].kind == pg_query::ASCII_46 && is_name(tokens[j + 1])) j += 2;
      bool assigns = j < tokens.size() && j > i + 1 &&
                     (tokens[j].kind == pg_query::COLON_EQUALS ||
                      (tokens[j].kind == pg_query::ASCII_61 && statement_start));
      // NEW.f / OLD.f are trigger records the parser does know; keep them exact.
      if (assigns && !word_is(body, t, "new") && !word_is(body, t, "old")) {
        cuts.emplace_back(t.end, tokens[j - 1].end);
      }
      i = j - 1;
      continue;
    }
    if (t.kind == pg_query::RETURN && i + 2 < tokens.size() && tokens[i + 1].kind == pg_query::NEXT &&
        tokens[i + 2].kind == pg_query::ASCII_59) {
      null_after.push_back(tokens[i + 1].end);
    }
  }
  std::string out;
  std::size_t at = 0;
  std::size_t c = 0, n = 0;
  while (c < cuts.size() || n < null_after.size()) {
    bool take_cut = n >= null_after.size() || (c < cuts.size() && cuts[c].first < null_after[n]);
    if (take_cut) {
      out.append(body, at, cuts[c].first - at);
      at = cuts[c].second;
      ++c;
    } else {
      out.append(body, at, null_after[n] - at);
      out += " NULL";
      at = null_after[n];
      ++n;
    }
  }
  out.append(body, at, std::string::npos);
  return out;
}

// The statement with its body (the string constant after the last AS) replaced by `body`.
std::string with_body(const std::string& statement, const std::string& body) {
  std::vector<Token> tokens = scan(statement);
  for (std::size_t i = tokens.size(); i-- > 1;) {
    if (tokens[i].kind != pg_query::SCONST || tokens[i - 1].kind != pg_query::AS) continue;
    std::string tag = "$schemac$";
    while (body.find(tag) != std::string::npos) tag.insert(tag.size() - 1, "_");
    return statement.substr(0, tokens[i].start) + tag + body + tag + statement.substr(tokens[i].end);
  }
  return statement;
}

}  // namespace

bool keyword_needs_quoting(std::string_view word) {
  static std::mutex mutex;
  static std::unordered_map<std::string, bool> cache;
  std::string key(word);
  {
    std::lock_guard lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
  }
  // One token that is a keyword other than an unreserved one must be quoted.
  std::vector<Token> tokens = scan(key);
  bool needs = tokens.size() != 1 ||
               (tokens[0].keyword != pg_query::NO_KEYWORD && tokens[0].keyword != pg_query::UNRESERVED_KEYWORD);
  std::lock_guard lock(mutex);
  cache.emplace(std::move(key), needs);
  return needs;
}

PlpgsqlOutcome parse_plpgsql(std::string_view create_function_sql, const std::string& body) {
  std::string text(create_function_sql);
  std::string adjusted = body_for_libpg_query(body);
  bool rewritten = adjusted != body;
  std::string parsed_text = rewritten ? with_body(text, adjusted) : text;
  PgQueryPlpgsqlParseResult raw = pg_query_parse_plpgsql(parsed_text.c_str());
  PlpgsqlOutcome out;
  if (raw.error) {
    // Positions in a rewritten text do not map back; the statement start is reported instead.
    out.error = ParseError{raw.error->message ? raw.error->message : "syntax error",
                           rewritten ? 0 : char_position_to_offset(text, raw.error->cursorpos)};
  } else if (raw.plpgsql_funcs) {
    out.json = raw.plpgsql_funcs;
  }
  pg_query_free_plpgsql_parse_result(raw);
  return out;
}

}  // namespace schemac::pg
