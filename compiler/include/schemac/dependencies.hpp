// What depends on what inside one catalog, derived from its structure and from the references
// recorded in its expressions. Both catalogs of a diff get their edges the same way.
#pragma once

#include <map>
#include <vector>

#include "schemac/catalog.hpp"

namespace schemac {

struct DependencyIndex {
  /// key -> the objects it needs to exist.
  std::map<ObjectKey, std::vector<ObjectKey>> depends_on;
  /// key -> the objects that need it (reverse of depends_on).
  std::map<ObjectKey, std::vector<ObjectKey>> dependents;
  /// key -> the objects whose DROP removes it too (a table's columns, constraints and indexes;
  /// a partitioned table's partitions; a column's owned sequence).
  std::map<ObjectKey, std::vector<ObjectKey>> dropped_with;
  /// key -> position in the catalog's declaration order (layout of emitted SQL only).
  std::map<ObjectKey, std::size_t> order;

  [[nodiscard]] bool contains(const ObjectKey& key) const { return order.count(key) > 0; }
  [[nodiscard]] const std::vector<ObjectKey>& needs(const ObjectKey& key) const;
  [[nodiscard]] const std::vector<ObjectKey>& needed_by(const ObjectKey& key) const;
};

DependencyIndex index_dependencies(const Catalog& catalog);

// Keys of catalog objects.
ObjectKey key_of(const Schema& s);
ObjectKey key_of(const Extension& e);
ObjectKey key_of(const EnumType& e);
ObjectKey key_of(const Sequence& s);
ObjectKey key_of(const Table& t);
ObjectKey key_of(const Table& t, const Column& c);
ObjectKey key_of(const Table& t, const Constraint& c);
ObjectKey key_of(const Index& i);
ObjectKey ownership_key(const Sequence& s);
ObjectKey key_of(const Domain& d);
ObjectKey key_of(const Domain& d, const Constraint& c);
ObjectKey key_of(const CompositeType& t);
ObjectKey key_of(const Function& f);
ObjectKey key_of(const View& v);
ObjectKey key_of(const View& v, const ViewColumn& c);
ObjectKey key_of(const Trigger& t);
ObjectKey key_of(const Policy& p);
/// The key of a relation named `name` in `catalog` (table, view or materialized view).
ObjectKey relation_key(const Catalog& catalog, const QualifiedName& name);

}  // namespace schemac
