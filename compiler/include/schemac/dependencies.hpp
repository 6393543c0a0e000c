// What depends on what inside one catalog, derived from its structure and from the references
// recorded in its expressions. Both catalogs of a diff get their edges the same way.
#pragma once

#include <cstddef>
#include <functional>
#include <unordered_map>
#include <vector>

#include "schemac/catalog.hpp"

namespace schemac {

struct ObjectKeyHash {
  std::size_t operator()(const ObjectKey& key) const noexcept {
    std::hash<std::string> h;
    std::size_t seed = static_cast<std::size_t>(key.kind);
    for (const std::string* part : {&key.schema, &key.name, &key.sub}) {
      seed ^= h(*part) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
    }
    return seed;
  }
};

/// Hash maps keyed by object: the indexes below hold every object of a catalog (tens of
/// thousands for large schemas), and nothing iterates them in key order.
template <typename T>
using ObjectMap = std::unordered_map<ObjectKey, T, ObjectKeyHash>;

struct DependencyIndex {
  /// key -> the objects it needs to exist (sorted).
  ObjectMap<std::vector<ObjectKey>> depends_on;
  /// key -> the objects that need it (reverse of depends_on, sorted).
  ObjectMap<std::vector<ObjectKey>> dependents;
  /// key -> the objects whose DROP removes it too (a table's columns, constraints and indexes;
  /// a partitioned table's partitions; a column's owned sequence).
  ObjectMap<std::vector<ObjectKey>> dropped_with;
  /// owner -> the objects its DROP removes too (reverse of dropped_with, in declaration order).
  ObjectMap<std::vector<ObjectKey>> owns;
  /// key -> position in the catalog's declaration order (layout of emitted SQL only).
  ObjectMap<std::size_t> order;

  [[nodiscard]] bool contains(const ObjectKey& key) const { return order.count(key) > 0; }
  [[nodiscard]] const std::vector<ObjectKey>& needs(const ObjectKey& key) const;
  [[nodiscard]] const std::vector<ObjectKey>& needed_by(const ObjectKey& key) const;
  [[nodiscard]] const std::vector<ObjectKey>& owned_by(const ObjectKey& key) const;
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

}  // namespace schemac
