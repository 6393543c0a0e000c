// Where the comments of SQL text are, as PostgreSQL's scanner sees them: text inside string
// literals, quoted names and dollar-quoted bodies is never a comment. A light header (no
// protobuf types) for the places that read schemac's own comment syntax: rename annotations
// and migration directives.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace schemac::pg {

struct TextSpan {
  std::size_t offset = 0;
  std::size_t length = 0;
};

/// The `--` and `/* */` comments of `sql`; empty when it cannot be scanned (an unterminated
/// literal).
std::vector<TextSpan> comment_spans(std::string_view sql);

}  // namespace schemac::pg
