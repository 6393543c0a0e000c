// Source files and clang-style diagnostics.
//
// Every error that comes from user input points at a byte in a source file and is rendered as
// `file:line:col: error: message [id]`, followed by the source line and a caret. Errors are
// collected, not thrown, so one run reports all of them. Failures that have no source position
// (connections, I/O) are `schemac::Error` exceptions instead.
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace schemac {

/// A fatal error without a source position (connection refused, unreadable file, ...).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using FileId = std::uint32_t;
inline constexpr FileId kNoFile = UINT32_MAX;

/// A byte position in a source file.
struct SourceLocation {
  FileId file = kNoFile;
  std::uint32_t offset = 0;

  [[nodiscard]] bool known() const { return file != kNoFile; }
  // Source positions never make two definitions different: catalog values compare by meaning.
  friend bool operator==(const SourceLocation&, const SourceLocation&) { return true; }
};

struct SourceFile {
  std::string path;  // as shown in diagnostics
  std::string text;
};

/// Owns the text of every file read in a run, so diagnostics can quote source lines.
class SourceSet {
 public:
  FileId add(std::string path, std::string text);
  [[nodiscard]] const SourceFile& file(FileId id) const { return *files_.at(id); }
  [[nodiscard]] std::size_t size() const { return files_.size(); }

  struct LineColumn {
    std::uint32_t line = 0;    // 1-based
    std::uint32_t column = 0;  // 1-based, in characters (UTF-8 code points)
    std::string_view line_text;
  };
  [[nodiscard]] LineColumn line_column(SourceLocation where) const;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;
  std::string id;  // short stable identifier, e.g. "syntax-error", "unknown-table"
};

/// Collects diagnostics in the order they are reported.
class Diagnostics {
 public:
  void error(SourceLocation where, std::string message, std::string id);
  void warning(SourceLocation where, std::string message, std::string id);
  void note(SourceLocation where, std::string message, std::string id);

  [[nodiscard]] bool has_errors() const { return error_count_ > 0; }
  [[nodiscard]] std::size_t error_count() const { return error_count_; }
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  void append(const Diagnostics& other);

  /// Renders every diagnostic clang-style, in report order.
  [[nodiscard]] std::string render(const SourceSet& sources) const;

 private:
  std::vector<Diagnostic> items_;
  std::size_t error_count_ = 0;
};

/// Renders one diagnostic: `file:line:col: error: message [id]`, the line and a caret.
std::string render_diagnostic(const Diagnostic& d, const SourceSet& sources);

}  // namespace schemac
