// Generic traversal of libpg_query protobuf trees (via protobuf reflection), so rewrites only
// have to name the node kinds they change.
#pragma once

#include <functional>

#include "pg/tree.hpp"

namespace schemac::pg {

/// Visits every `Node` below `message` (not `message` itself), children before parents, so a
/// callback may replace the node it is given.
void walk_nodes_post_order(google::protobuf::Message& message,
                           const std::function<void(pg_query::Node&)>& visit);

/// Visits every `Node` in `node`'s tree, including `node` itself, children first.
void walk_tree_post_order(pg_query::Node& node, const std::function<void(pg_query::Node&)>& visit);

/// Visits every `Node` in the tree, parents first (read-only).
void walk_tree_pre_order(const pg_query::Node& node,
                         const std::function<void(const pg_query::Node&)>& visit);

/// Sets every `location` field in the tree to 0 (positions must not make trees differ).
void clear_locations(google::protobuf::Message& message);

std::string serialize(const google::protobuf::Message& message);

}  // namespace schemac::pg
