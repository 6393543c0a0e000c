// The generator's internal model: what will be printed, with every C++ name and type decided.
//
// build_model (model.cpp) turns a Catalog into this model, reporting unmapped types and name
// clashes; emit_files (emit.cpp) prints it. Keeping the two apart means every decision (names,
// types, which accessors exist) is made once and the printer only formats.
//
// Relations are tables today. Views will be relations with `read_only` set (row type, from_row
// and select_all only, every column nullable); domains map to their base type in TypeMapper.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/catalog.hpp"
#include "schemac/codegen.hpp"
#include "schemac/diagnostics.hpp"

namespace schemac::codegen {

/// How a column appears in the insert struct.
enum class InsertMode {
  required,         // T: NOT NULL without a default
  omit_if_empty,    // std::optional<T>: nullopt leaves the column out (its default, or NULL)
  default_or_null,  // std::optional<std::optional<T>>: nullable with a default
  absent,           // GENERATED ALWAYS (identity or stored expression)
};

struct Field {
  std::string sql_name;
  std::string member;    // C++ member / parameter name
  std::string cpp_type;  // the value type, before any std::optional for NULL
  bool nullable = true;
  InsertMode insert = InsertMode::omit_if_empty;
  bool updatable = true;  // false for GENERATED ALWAYS columns
  std::optional<std::string> comment;
};

/// select_by_<columns>: rows matching the columns of a foreign key.
struct Lookup {
  std::string function;
  std::vector<std::size_t> fields;
  std::string description;  // for the doc comment
};

struct Relation {
  QualifiedName name;
  std::string ns;  // the per-relation C++ namespace
  bool read_only = false;
  std::vector<Field> fields;
  std::vector<std::size_t> primary_key;  // indexes into fields; empty: no key accessors
  std::vector<Lookup> lookups;
  std::optional<std::string> comment;
  FileId file = kNoFile;
};

struct Enum {
  QualifiedName name;
  std::string cpp_name;  // within its schema's namespace
  std::vector<std::string> labels;
  std::vector<std::string> enumerators;
  std::optional<std::string> comment;
  FileId file = kNoFile;
};

struct SchemaUnit {
  std::string sql_name;
  std::string ns;    // C++ namespace inside the user's namespace
  std::string stem;  // header file name without .hpp
  std::vector<Relation> relations;  // by name
  std::vector<Enum> enums;          // by name
};

struct Model {
  std::string cpp_namespace;
  std::vector<SchemaUnit> schemas;  // by name
  std::vector<std::string> includes;
};

Model build_model(const Catalog& catalog, const CodegenOptions& options, Diagnostics& diagnostics);

std::vector<GeneratedFile> emit_files(const Model& model, const CodegenOptions& options);

// ---- Shared helpers (names.cpp) -------------------------------------------------------------

/// A C++ string literal with the exact bytes of `text` (quotes included). Non-ASCII and control
/// bytes are octal escapes so the output is plain ASCII.
std::string cpp_string_literal(std::string_view text);

/// `// `-style documentation lines for free text (COMMENT ON ...), each starting with
/// `indent` + "/// ", safe from line splicing and trigraphs.
std::string doc_comment(std::string_view text, std::string_view indent);

/// The header file stem of a schema: its identifier characters without keyword escaping.
std::string file_stem(std::string_view sql_name);

/// True for a valid C++ namespace ("db", "app::db") that schemac may generate into.
bool valid_namespace(std::string_view ns, std::string* why);

/// ASCII lower case, for comparing C++ names the way case-insensitive file systems and readers do.
std::string fold_case(std::string_view text);

/// Finds names in one C++ scope that collide exactly or ignoring case.
class ScopeNames {
 public:
  struct Holder {
    std::string cpp_name;
    std::string sql_name;
  };
  /// Records `cpp_name`; returns the earlier holder of the same name (ignoring case), if any.
  std::optional<Holder> add(const std::string& cpp_name, const std::string& sql_name);

 private:
  std::map<std::string, Holder> by_folded_;
};

}  // namespace schemac::codegen
