// The schema-file front end: SQL files -> Catalog.
//
// A path is one .sql file or a directory read recursively in sorted path order. Every
// statement is either modelled, accepted as meaningless for a schema (BEGIN/COMMIT, a few
// session SETs), or reported as an error naming it: nothing is dropped silently. Syntax errors
// of every statement are reported, clang style, before any semantic check.
//
// The same front end reads the DDL that introspection synthesizes from a live database, so
// both sides reach the canonical form through one code path.
#pragma once

#include <filesystem>
#include <vector>

#include "schemac/catalog.hpp"
#include "schemac/diagnostics.hpp"

namespace schemac {

struct FrontendOptions {
  /// Report statements schemac does not model as warnings instead of errors.
  bool ignore_unmodeled = false;
};

/// Lists the .sql files of `path` (a file, or a directory searched recursively), sorted.
std::vector<std::filesystem::path> schema_files(const std::filesystem::path& path);

/// Reads and builds the catalog of `path`. Problems go to `diagnostics`; the returned catalog
/// is only meaningful when `diagnostics.has_errors()` is false.
Catalog load_schema(const std::filesystem::path& path, SourceSet& sources, Diagnostics& diagnostics,
                    const FrontendOptions& options = {});

/// Builds the catalog of SQL files already added to `sources`, read in the given order.
Catalog build_catalog(const std::vector<FileId>& files, const SourceSet& sources,
                      Diagnostics& diagnostics, const FrontendOptions& options = {});

}  // namespace schemac
