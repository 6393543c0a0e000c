// Renames applied to a catalog value: the differ renames objects of the current catalog (a
// copy) before comparing, so a renamed table's columns, constraints, indexes, triggers and
// every reference to it compare with the desired catalog's under the new name.
#pragma once

#include <string>

#include "schemac/catalog.hpp"

namespace schemac::canonical {

void rename_table(Catalog& catalog, const QualifiedName& from, const std::string& to);
void rename_column(Catalog& catalog, const QualifiedName& table, const std::string& from, const std::string& to);
void rename_type(Catalog& catalog, const QualifiedName& from, const std::string& to);
/// References to a sequence (nextval defaults) follow its rename.
void rename_sequence(Catalog& catalog, const QualifiedName& from, const std::string& to);

}  // namespace schemac::canonical
