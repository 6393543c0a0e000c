#include "schemac/diagnostics.hpp"

#include <fmt/format.h>

namespace schemac {

FileId SourceSet::add(std::string path, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(SourceFile{std::move(path), std::move(text)}));
  return static_cast<FileId>(files_.size() - 1);
}

namespace {
bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

SourceSet::LineColumn SourceSet::line_column(SourceLocation where) const {
  LineColumn out;
  if (!where.known() || where.file >= files_.size()) return out;
  const std::string& text = files_[where.file]->text;
  std::size_t offset = std::min<std::size_t>(where.offset, text.size());
  std::size_t line_start = 0;
  out.line = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++out.line;
      line_start = i + 1;
    }
  }
  out.column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    if (!is_utf8_continuation(static_cast<unsigned char>(text[i]))) ++out.column;
  }
  std::size_t line_end = text.find('\n', line_start);
  if (line_end == std::string::npos) line_end = text.size();
  out.line_text = std::string_view(text).substr(line_start, line_end - line_start);
  return out;
}

void Diagnostics::error(SourceLocation where, std::string message, std::string id) {
  items_.push_back({Severity::error, where, std::move(message), std::move(id)});
  ++error_count_;
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string id) {
  items_.push_back({Severity::warning, where, std::move(message), std::move(id)});
}

void Diagnostics::note(SourceLocation where, std::string message, std::string id) {
  items_.push_back({Severity::note, where, std::move(message), std::move(id)});
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) {
    items_.push_back(d);
    if (d.severity == Severity::error) ++error_count_;
  }
}

std::string render_diagnostic(const Diagnostic& d, const SourceSet& sources) {
  const char* severity = d.severity == Severity::error     ? "error"
                         : d.severity == Severity::warning ? "warning"
                                                           : "note";
  std::string id = d.id.empty() ? "" : fmt::format(" [{}]", d.id);
  if (!d.where.known()) return fmt::format("schemac: {}: {}{}\n", severity, d.message, id);
  const auto& file = sources.file(d.where.file);
  auto lc = sources.line_column(d.where);
  std::string out = fmt::format("{}:{}:{}: {}: {}{}\n", file.path, lc.line, lc.column, severity,
                                d.message, id);
  out += fmt::format("  {}\n  ", lc.line_text);
  // Keep tabs so the caret lines up with the quoted line in a terminal.
  std::uint32_t col = 1;
  for (std::size_t i = 0; i < lc.line_text.size() && col < lc.column; ++i) {
    unsigned char c = static_cast<unsigned char>(lc.line_text[i]);
    if (is_utf8_continuation(c)) continue;
    out += c == '\t' ? '\t' : ' ';
    ++col;
  }
  out += "^\n";
  return out;
}

std::string Diagnostics::render(const SourceSet& sources) const {
  std::string out;
  for (const auto& d : items_) out += render_diagnostic(d, sources);
  return out;
}

}  // namespace schemac
