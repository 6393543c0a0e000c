#include "pg/tree_walk.hpp"

#include <typeinfo>
#include <unordered_map>

#include <google/protobuf/message.h>

namespace schemac::pg {

namespace gp = google::protobuf;

namespace {

// What a traversal needs to know about one message type, worked out once from its descriptor:
// asking reflection about every field of every message is what made walks slow (a Node has a
// few hundred oneof members, of which one is set), and so is asking a message for its
// descriptor or reflection (a once-only initialization check every time).
struct Shape {
  const gp::Reflection* reflection = nullptr;
  bool is_node = false;
  const gp::FieldDescriptor* location = nullptr;        // int32 `location`, if any
  std::vector<const gp::FieldDescriptor*> messages;      // message-typed fields
  std::vector<const gp::FieldDescriptor*> node_members;  // Node only: by field number
};

// Every message type of pg_query.proto by its C++ type, built on first use and never changed
// afterwards, so threads may walk trees at the same time.
const std::unordered_map<const std::type_info*, Shape>& shapes() {
  static const std::unordered_map<const std::type_info*, Shape> table = [] {
    std::unordered_map<const std::type_info*, Shape> out;
    const gp::FileDescriptor* file = pg_query::Node::descriptor()->file();
    for (int m = 0; m < file->message_type_count(); ++m) {
      const gp::Descriptor* d = file->message_type(m);
      const gp::Message* prototype = gp::MessageFactory::generated_factory()->GetPrototype(d);
      Shape& s = out[&typeid(*prototype)];
      s.reflection = prototype->GetReflection();
      s.is_node = d == pg_query::Node::descriptor();
      for (int i = 0; i < d->field_count(); ++i) {
        const gp::FieldDescriptor* f = d->field(i);
        if (f->name() == "location" && f->cpp_type() == gp::FieldDescriptor::CPPTYPE_INT32 && !f->is_repeated()) {
          s.location = f;
        }
        if (f->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) continue;
        if (s.is_node) {
          if (s.node_members.size() <= static_cast<std::size_t>(f->number())) s.node_members.resize(f->number() + 1);
          s.node_members[static_cast<std::size_t>(f->number())] = f;
        } else {
          s.messages.push_back(f);
        }
      }
    }
    return out;
  }();
  return table;
}

const Shape& shape_of(const gp::Message& message) { return shapes().at(&typeid(message)); }

// Calls fn(child) for every message directly below `message`.
template <typename Fn>
void children(gp::Message& message, Fn&& fn) {
  const Shape& shape = shape_of(message);
  const gp::Reflection* refl = shape.reflection;
  if (shape.is_node) {
    auto number = static_cast<std::size_t>(static_cast<pg_query::Node&>(message).node_case());
    if (number < shape.node_members.size() && shape.node_members[number]) {
      fn(*refl->MutableMessage(&message, shape.node_members[number]));
    }
    return;
  }
  for (const gp::FieldDescriptor* f : shape.messages) {
    if (f->is_repeated()) {
      int n = refl->FieldSize(message, f);
      for (int j = 0; j < n; ++j) fn(*refl->MutableRepeatedMessage(&message, f, j));
    } else if (refl->HasField(message, f)) {
      fn(*refl->MutableMessage(&message, f));
    }
  }
}

template <typename Fn>
void children(const gp::Message& message, Fn&& fn) {
  const Shape& shape = shape_of(message);
  const gp::Reflection* refl = shape.reflection;
  if (shape.is_node) {
    auto number = static_cast<std::size_t>(static_cast<const pg_query::Node&>(message).node_case());
    if (number < shape.node_members.size() && shape.node_members[number]) {
      fn(refl->GetMessage(message, shape.node_members[number]));
    }
    return;
  }
  for (const gp::FieldDescriptor* f : shape.messages) {
    if (f->is_repeated()) {
      int n = refl->FieldSize(message, f);
      for (int j = 0; j < n; ++j) fn(refl->GetRepeatedMessage(message, f, j));
    } else if (refl->HasField(message, f)) {
      fn(refl->GetMessage(message, f));
    }
  }
}

void walk_post_order(gp::Message& message, const std::function<void(pg_query::Node&)>& visit) {
  children(message, [&](gp::Message& child) { walk_post_order(child, visit); });
  if (typeid(message) == typeid(pg_query::Node)) visit(static_cast<pg_query::Node&>(message));
}

void walk_pre_order(const gp::Message& message, const std::function<void(const pg_query::Node&)>& visit) {
  if (typeid(message) == typeid(pg_query::Node)) visit(static_cast<const pg_query::Node&>(message));
  children(message, [&](const gp::Message& child) { walk_pre_order(child, visit); });
}

void clear_locations_rec(gp::Message& message) {
  const Shape& shape = shape_of(message);
  if (shape.location) shape.reflection->SetInt32(&message, shape.location, 0);
  children(message, [](gp::Message& child) { clear_locations_rec(child); });
}

void shift_locations_rec(gp::Message& message, int offset) {
  const Shape& shape = shape_of(message);
  if (shape.location) {
    int at = shape.reflection->GetInt32(message, shape.location);
    if (at >= 0) shape.reflection->SetInt32(&message, shape.location, at + offset);
  }
  children(message, [offset](gp::Message& child) { shift_locations_rec(child, offset); });
}

}  // namespace

void for_each_child(gp::Message& message, const std::function<void(gp::Message&)>& visit) { children(message, visit); }

pg_query::Node* as_node(gp::Message& message) {
  return typeid(message) == typeid(pg_query::Node) ? static_cast<pg_query::Node*>(&message) : nullptr;
}

void walk_nodes_post_order(gp::Message& message, const std::function<void(pg_query::Node&)>& visit) {
  children(message, [&](gp::Message& child) { walk_post_order(child, visit); });
}

void walk_tree_post_order(pg_query::Node& node, const std::function<void(pg_query::Node&)>& visit) {
  walk_post_order(node, visit);
}

void walk_tree_pre_order(const pg_query::Node& node,
                         const std::function<void(const pg_query::Node&)>& visit) {
  walk_pre_order(node, visit);
}

void clear_locations(gp::Message& message) { clear_locations_rec(message); }

void shift_locations(gp::Message& message, int offset) { shift_locations_rec(message, offset); }

std::string serialize(const gp::Message& message) {
  std::string out;
  message.SerializeToString(&out);
  return out;
}

}  // namespace schemac::pg
