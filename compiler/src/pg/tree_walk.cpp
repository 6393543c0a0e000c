#include "pg/tree_walk.hpp"

#include <unordered_map>

namespace schemac::pg {

namespace gp = google::protobuf;

namespace {

// What a traversal needs to know about one message type, worked out once from its descriptor:
// asking reflection about every field of every message is what made walks slow (a Node has a
// few hundred oneof members, of which one is set).
struct Shape {
  const gp::FieldDescriptor* location = nullptr;           // int32 `location`, if any
  std::vector<const gp::FieldDescriptor*> messages;         // message-typed fields
  std::vector<const gp::FieldDescriptor*> node_members;     // Node only: by field number
};

const Shape& shape_of(const gp::Descriptor* desc) {
  // Every message type of pg_query.proto, built on first use and never changed afterwards, so
  // threads may walk trees at the same time.
  static const std::unordered_map<const gp::Descriptor*, Shape> shapes = [] {
    std::unordered_map<const gp::Descriptor*, Shape> out;
    const gp::FileDescriptor* file = pg_query::Node::descriptor()->file();
    for (int m = 0; m < file->message_type_count(); ++m) {
      const gp::Descriptor* d = file->message_type(m);
      Shape& s = out[d];
      for (int i = 0; i < d->field_count(); ++i) {
        const gp::FieldDescriptor* f = d->field(i);
        if (f->name() == "location" && f->cpp_type() == gp::FieldDescriptor::CPPTYPE_INT32 && !f->is_repeated()) {
          s.location = f;
        }
        if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) continue;
        if (d == pg_query::Node::descriptor()) {
          if (s.node_members.size() <= static_cast<std::size_t>(f->number())) s.node_members.resize(f->number() + 1);
          s.node_members[static_cast<std::size_t>(f->number())] = f;
        } else {
          s.messages.push_back(f);
        }
      }
    }
    return out;
  }();
  return shapes.at(desc);
}

// The message a Node holds (null for an empty Node).
const gp::FieldDescriptor* node_member(const pg_query::Node& node) {
  auto number = static_cast<std::size_t>(node.node_case());
  const auto& members = shape_of(pg_query::Node::descriptor()).node_members;
  return number < members.size() ? members[number] : nullptr;
}

// Calls fn(child) for every message directly below `message`.
template <typename Fn>
void for_each_child(gp::Message& message, Fn&& fn) {
  const gp::Reflection* refl = message.GetReflection();
  if (message.GetDescriptor() == pg_query::Node::descriptor()) {
    if (const auto* f = node_member(static_cast<pg_query::Node&>(message))) fn(*refl->MutableMessage(&message, f));
    return;
  }
  for (const gp::FieldDescriptor* f : shape_of(message.GetDescriptor()).messages) {
    if (f->is_repeated()) {
      int n = refl->FieldSize(message, f);
      for (int j = 0; j < n; ++j) fn(*refl->MutableRepeatedMessage(&message, f, j));
    } else if (refl->HasField(message, f)) {
      fn(*refl->MutableMessage(&message, f));
    }
  }
}

template <typename Fn>
void for_each_child(const gp::Message& message, Fn&& fn) {
  const gp::Reflection* refl = message.GetReflection();
  if (message.GetDescriptor() == pg_query::Node::descriptor()) {
    if (const auto* f = node_member(static_cast<const pg_query::Node&>(message))) fn(refl->GetMessage(message, f));
    return;
  }
  for (const gp::FieldDescriptor* f : shape_of(message.GetDescriptor()).messages) {
    if (f->is_repeated()) {
      int n = refl->FieldSize(message, f);
      for (int j = 0; j < n; ++j) fn(refl->GetRepeatedMessage(message, f, j));
    } else if (refl->HasField(message, f)) {
      fn(refl->GetMessage(message, f));
    }
  }
}

void walk_post_order(gp::Message& message, const std::function<void(pg_query::Node&)>& visit) {
  for_each_child(message, [&](gp::Message& child) { walk_post_order(child, visit); });
  if (message.GetDescriptor() == pg_query::Node::descriptor()) visit(static_cast<pg_query::Node&>(message));
}

void walk_pre_order(const gp::Message& message, const std::function<void(const pg_query::Node&)>& visit) {
  if (message.GetDescriptor() == pg_query::Node::descriptor()) visit(static_cast<const pg_query::Node&>(message));
  for_each_child(message, [&](const gp::Message& child) { walk_pre_order(child, visit); });
}

void clear_locations_rec(gp::Message& message) {
  if (const auto* loc = shape_of(message.GetDescriptor()).location) message.GetReflection()->SetInt32(&message, loc, 0);
  for_each_child(message, [](gp::Message& child) { clear_locations_rec(child); });
}

}  // namespace

void walk_nodes_post_order(gp::Message& message, const std::function<void(pg_query::Node&)>& visit) {
  for_each_child(message, [&](gp::Message& child) { walk_post_order(child, visit); });
}

void walk_tree_post_order(pg_query::Node& node, const std::function<void(pg_query::Node&)>& visit) {
  walk_post_order(node, visit);
}

void walk_tree_pre_order(const pg_query::Node& node,
                         const std::function<void(const pg_query::Node&)>& visit) {
  walk_pre_order(node, visit);
}

void clear_locations(gp::Message& message) { clear_locations_rec(message); }

std::string serialize(const gp::Message& message) {
  std::string out;
  message.SerializeToString(&out);
  return out;
}

}  // namespace schemac::pg
