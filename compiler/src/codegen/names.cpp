// SQL names as C++ identifiers, string literals and comments.
//
// Every rule here is a pure function of its input, so the same schema always yields the same
// C++ names; anything the rules cannot keep apart is reported as a clash by the model builder.
#include <algorithm>
#include <cstdint>
#include <set>

#include "codegen/model.hpp"

namespace schemac {

namespace {

// C++20 keywords and alternative tokens (C++17 code may be compiled as C++20 by its users),
// plus object-like macros that the standard library or GNU dialects define and that would
// silently replace a member name.
const std::set<std::string_view>& cpp_reserved_words() {
  static const std::set<std::string_view> words = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case",
      "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const",
      "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await", "co_return",
      "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast", "else", "enum",
      "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if", "inline", "int",
      "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or",
      "or_eq", "private", "protected", "public", "register", "reinterpret_cast", "requires", "return",
      "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct", "switch",
      "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
      "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
      // Macros: <cstddef>/<cstdio>/<cerrno> and GNU's predefined platform names.
      "NULL", "EOF", "errno", "linux", "unix", "i386", "BUFSIZ", "CHAR_BIT", "EXIT_SUCCESS",
      "EXIT_FAILURE", "RAND_MAX"};
  return words;
}

bool ascii_word_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Decodes one UTF-8 code point at `i`; invalid bytes decode as themselves (0x80..0xFF).
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  int extra = b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  if (b < 0x80 || extra == 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
    ++i;
    return b;
  }
  std::uint32_t cp = b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char c = byte(i + static_cast<std::size_t>(k));
    if ((c & 0xC0) != 0x80) {
      ++i;
      return b;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

std::string hex(std::uint32_t value, int width) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out(static_cast<std::size_t>(width), '0');
  for (int i = width - 1; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = digits[value & 15];
  return out;
}

// The identifier characters of `name`, before keyword escaping.
std::string identifier_base(std::string_view name) {
  std::string out;
  bool separator = false;  // a run of other characters is pending
  auto word = [&](std::string_view w) {
    if (separator && !out.empty() && out.back() != '_') out += '_';
    separator = false;
    out += w;
  };
  for (std::size_t i = 0; i < name.size();) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      ++i;
      if (ascii_word_char(c)) {
        word(std::string(1, static_cast<char>(c)));
      } else {
        separator = true;
      }
      continue;
    }
    std::uint32_t cp = next_code_point(name, i);
    // A code point is a word of its own: "café" -> "caf_u00e9", "日本" -> "u65e5_u672c".
    separator = true;
    word(cp <= 0xFFFF ? "u" + hex(cp, 4) : "U" + hex(cp, 8));
    separator = true;
  }
  if (out.empty()) out = "_";
  if (out[0] >= '0' && out[0] <= '9') out.insert(0, 1, '_');
  return out;
}

}  // namespace

std::string cpp_identifier(std::string_view sql_name, const std::vector<std::string_view>& reserved) {
  std::string out = identifier_base(sql_name);
  if (cpp_reserved_words().count(out) || std::find(reserved.begin(), reserved.end(), out) != reserved.end()) {
    out += '_';
  }
  return out;
}

const std::vector<std::string_view>& reserved_member_names() {
  // from_row: the row struct's reader; row, insert_row: the types members are declared in;
  // txn: the transaction parameter next to key columns in accessor signatures.
  static const std::vector<std::string_view> names = {"from_row", "row", "insert_row", "txn"};
  return names;
}

namespace codegen {

std::string cpp_string_literal(std::string_view text) {
  std::string out = "\"";
  char previous = '\0';
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (ch == '?' && previous == '?') {
      out += "\\?";  // never a trigraph
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      // Octal takes at most three digits, so a following digit cannot join the escape.
      out += '\\';
      out += static_cast<char>('0' + ((c >> 6) & 7));
      out += static_cast<char>('0' + ((c >> 3) & 7));
      out += static_cast<char>('0' + (c & 7));
    } else {
      out += ch;
    }
    previous = ch;
  }
  out += '"';
  return out;
}

std::string doc_comment(std::string_view text, std::string_view indent) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    std::string line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    // Control characters would corrupt the file; a trailing backslash (or its trigraph) would
    // splice the next line into the comment.
    for (char& c : line) {
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty() && (line.back() == '\\' || (line.size() >= 3 && line.compare(line.size() - 3, 3, "?\?/") == 0))) {
      line += '.';
    }
    out += std::string(indent) + (line.empty() ? "///" : "/// " + line) + "\n";
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string file_stem(std::string_view sql_name) { return identifier_base(sql_name); }

bool valid_namespace(std::string_view ns, std::string* why) {
  if (ns.empty()) {
    *why = "the namespace is empty";
    return false;
  }
  std::size_t start = 0;
  bool first = true;
  while (true) {
    std::size_t end = ns.find("::", start);
    std::string_view part = ns.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    bool ok = !part.empty() && !(part[0] >= '0' && part[0] <= '9') &&
              std::all_of(part.begin(), part.end(), [](char c) { return ascii_word_char(static_cast<unsigned char>(c)); });
    if (!ok || cpp_reserved_words().count(part)) {
      *why = "\"" + std::string(part) + "\" is not a C++ identifier";
      return false;
    }
    // These would merge the generated code into namespaces it refers to by name.
    if (first && (part == "std" || part == "pqxx" || part == "schemac")) {
      *why = "\"" + std::string(part) + "\" is the namespace of a library the generated code uses";
      return false;
    }
    first = false;
    if (end == std::string_view::npos) return true;
    start = end + 2;
  }
}

std::string fold_case(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<ScopeNames::Holder> ScopeNames::add(const std::string& cpp_name, const std::string& sql_name) {
  auto [it, inserted] = by_folded_.emplace(fold_case(cpp_name), Holder{cpp_name, sql_name});
  if (inserted) return std::nullopt;
  return it->second;
}

}  // namespace codegen
}  // namespace schemac
