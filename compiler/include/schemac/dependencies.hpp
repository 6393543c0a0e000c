// What depends on what inside one catalog, derived from its structure and from the references
// recorded in its expressions. Both catalogs of a diff get their edges the same way.
#pragma once

#include <cstddef>
#include <cstdint>
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

/// The dependency graph of one catalog. Every object mentioned is stored once and the edges
/// are small integers: a large schema has a hundred thousand objects and twice as many edges,
/// and keeping keys in every list made building and freeing the index cost seconds.
class DependencyIndex {
 public:
  /// Objects held by the index, iterated as `const ObjectKey&`.
  class Keys {
   public:
    class iterator {
     public:
      using value_type = ObjectKey;
      using reference = const ObjectKey&;
      using difference_type = std::ptrdiff_t;
      iterator(const std::vector<ObjectKey>* keys, const std::uint32_t* at) : keys_(keys), at_(at) {}
      reference operator*() const { return (*keys_)[*at_]; }
      const ObjectKey* operator->() const { return &(*keys_)[*at_]; }
      iterator& operator++() {
        ++at_;
        return *this;
      }
      friend bool operator==(const iterator& a, const iterator& b) { return a.at_ == b.at_; }

     private:
      const std::vector<ObjectKey>* keys_;
      const std::uint32_t* at_;
    };
    Keys(const std::vector<ObjectKey>* keys, const std::vector<std::uint32_t>* ids) : keys_(keys), ids_(ids) {}
    [[nodiscard]] iterator begin() const { return {keys_, ids_->data()}; }
    [[nodiscard]] iterator end() const { return {keys_, ids_->data() + ids_->size()}; }
    [[nodiscard]] bool empty() const { return ids_->empty(); }
    [[nodiscard]] std::size_t size() const { return ids_->size(); }

   private:
    const std::vector<ObjectKey>* keys_;
    const std::vector<std::uint32_t>* ids_;
  };

  /// True for objects the catalog declares.
  [[nodiscard]] bool contains(const ObjectKey& key) const;
  /// Position in the catalog's declaration order (layout of emitted SQL only); `key` must be
  /// declared.
  [[nodiscard]] std::size_t position(const ObjectKey& key) const;
  /// The declared objects, in declaration order.
  [[nodiscard]] Keys declared() const { return {&keys_, &declared_}; }
  /// The objects `key` needs to exist.
  [[nodiscard]] Keys needs(const ObjectKey& key) const { return list(needs_, key); }
  /// The objects that need `key` (reverse of needs).
  [[nodiscard]] Keys needed_by(const ObjectKey& key) const { return list(needed_by_, key); }
  /// The objects whose DROP removes `key` too (a table's columns, constraints and indexes; a
  /// partitioned table's partitions; a column's owned sequence).
  [[nodiscard]] Keys dropped_with(const ObjectKey& key) const { return list(dropped_with_, key); }
  /// The objects a DROP of `key` removes too (reverse of dropped_with).
  [[nodiscard]] Keys owned_by(const ObjectKey& key) const { return list(owns_, key); }

  // Building (index_dependencies(), and tests that need a hand-made graph).
  void declare(const ObjectKey& key);
  void add_need(const ObjectKey& from, const ObjectKey& to);
  void add_dropped_with(const ObjectKey& object, const ObjectKey& owner);
  /// Sorts and deduplicates the needs and derives the reverse lists; call once, after adding.
  void finish();

 private:
  using Id = std::uint32_t;
  static constexpr std::size_t kUndeclared = SIZE_MAX;
  std::vector<ObjectKey> keys_;  // id -> key
  std::unordered_map<ObjectKey, Id, ObjectKeyHash> ids_;
  std::vector<std::size_t> position_;  // id -> declaration position, or kUndeclared
  std::vector<Id> declared_;
  std::vector<std::vector<Id>> needs_, needed_by_, dropped_with_, owns_;

  Id intern(const ObjectKey& key);
  [[nodiscard]] const Id* find(const ObjectKey& key) const;
  [[nodiscard]] Keys list(const std::vector<std::vector<Id>>& lists, const ObjectKey& key) const;
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
