// Introspection: a live database -> Catalog.
//
// A fixed number of set-based catalog queries (never one per table) read every modelled
// object; definitions come from pg_get_expr, pg_get_constraintdef, pg_get_indexdef and
// friends. The rows are written out as DDL and read by the schema-file front end, so that both
// sides reach the canonical form through one code path. System schemas, extension members and
// schemac's own bookkeeping schema are left out. Objects schemac does not model are reported.
#pragma once

#include <string>

#include <pqxx/connection>

#include "schemac/catalog.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/frontend.hpp"


namespace schemac {

/// Name of the schema holding schemac's own bookkeeping (migration history); never diffed.
inline constexpr const char* kBookkeepingSchema = "schemac";

struct IntrospectionResult {
  Catalog catalog;
  std::string ddl;           // the synthesized DDL the catalog was read from
  int round_trips = 0;       // catalog queries issued (constant, whatever the schema size)
  int server_version = 0;    // server_version_num
};

/// Reports every role the desired catalog grants to or names in a policy that does not exist
/// in the database (roles are not managed by schemac: they must exist beforehand).
void check_roles(pqxx::connection& conn, const Catalog& desired, Diagnostics& diagnostics);

/// Reads the database. Unmodelled objects and problems are reported to `diagnostics` (as
/// warnings when `options.ignore_unmodeled`); the synthesized DDL is added to `sources`.
IntrospectionResult introspect(pqxx::connection& conn, SourceSet& sources, Diagnostics& diagnostics,
                               const FrontendOptions& options = {});

}  // namespace schemac
