// Generic traversal of libpg_query protobuf trees (via protobuf reflection), so rewrites only
// have to name the node kinds they change.
#pragma once

#include <functional>

#include "pg/tree.hpp"

namespace schemac::pg {

/// Calls `visit` for every message directly below `message` (for a Node: the message it holds).
void for_each_child(google::protobuf::Message& message, const std::function<void(google::protobuf::Message&)>& visit);

/// `message` as a Node, or null.
pg_query::Node* as_node(google::protobuf::Message& message);

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

/// Adds `offset` to every known position in the tree (`location` fields that are not -1): the
/// tree of a piece of text becomes the tree of the whole text.
void shift_locations(google::protobuf::Message& message, int offset);

std::string serialize(const google::protobuf::Message& message);

}  // namespace schemac::pg
