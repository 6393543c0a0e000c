#include "pg/tree_walk.hpp"

#include <mutex>
#include <unordered_map>

namespace schemac::pg {

namespace gp = google::protobuf;

namespace {

void walk_children(gp::Message& message, const std::function<void(pg_query::Node&)>& visit);

void walk_message(gp::Message& message, const std::function<void(pg_query::Node&)>& visit) {
  if (message.GetDescriptor() == pg_query::Node::descriptor()) {
    auto& node = static_cast<pg_query::Node&>(message);
    walk_children(node, visit);
    visit(node);
  } else {
    walk_children(message, visit);
  }
}

void walk_children(gp::Message& message, const std::function<void(pg_query::Node&)>& visit) {
  const gp::Descriptor* desc = message.GetDescriptor();
  const gp::Reflection* refl = message.GetReflection();
  if (desc == pg_query::Node::descriptor()) {
    // A Node is a oneof wrapper: descend into whichever member is set.
    const gp::OneofDescriptor* oneof = desc->oneof_decl(0);
    const gp::FieldDescriptor* field = refl->GetOneofFieldDescriptor(message, oneof);
    if (field) walk_message(*refl->MutableMessage(&message, field), visit);
    return;
  }
  for (int i = 0; i < desc->field_count(); ++i) {
    const gp::FieldDescriptor* field = desc->field(i);
    if (field->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      int n = refl->FieldSize(message, field);
      for (int j = 0; j < n; ++j) walk_message(*refl->MutableRepeatedMessage(&message, field, j), visit);
    } else if (refl->HasField(message, field)) {
      walk_message(*refl->MutableMessage(&message, field), visit);
    }
  }
}

void walk_const(const gp::Message& message, const std::function<void(const pg_query::Node&)>& visit) {
  const gp::Descriptor* desc = message.GetDescriptor();
  const gp::Reflection* refl = message.GetReflection();
  if (desc == pg_query::Node::descriptor()) {
    visit(static_cast<const pg_query::Node&>(message));
    const gp::FieldDescriptor* field = refl->GetOneofFieldDescriptor(message, desc->oneof_decl(0));
    if (field) walk_const(refl->GetMessage(message, field), visit);
    return;
  }
  for (int i = 0; i < desc->field_count(); ++i) {
    const gp::FieldDescriptor* field = desc->field(i);
    if (field->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      int n = refl->FieldSize(message, field);
      for (int j = 0; j < n; ++j) walk_const(refl->GetRepeatedMessage(message, field, j), visit);
    } else if (refl->HasField(message, field)) {
      walk_const(refl->GetMessage(message, field), visit);
    }
  }
}

const gp::FieldDescriptor* location_field(const gp::Descriptor* desc) {
  static std::mutex mutex;
  static std::unordered_map<const gp::Descriptor*, const gp::FieldDescriptor*> cache;
  std::lock_guard lock(mutex);
  auto [it, inserted] = cache.try_emplace(desc, nullptr);
  if (inserted) {
    const gp::FieldDescriptor* f = desc->FindFieldByName("location");
    if (f && f->cpp_type() == gp::FieldDescriptor::CPPTYPE_INT32 && !f->is_repeated()) it->second = f;
  }
  return it->second;
}

void clear_locations_rec(gp::Message& message) {
  const gp::Descriptor* desc = message.GetDescriptor();
  const gp::Reflection* refl = message.GetReflection();
  if (const auto* loc = location_field(desc)) refl->SetInt32(&message, loc, 0);
  for (int i = 0; i < desc->field_count(); ++i) {
    const gp::FieldDescriptor* field = desc->field(i);
    if (field->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      int n = refl->FieldSize(message, field);
      for (int j = 0; j < n; ++j) clear_locations_rec(*refl->MutableRepeatedMessage(&message, field, j));
    } else if (refl->HasField(message, field)) {
      clear_locations_rec(*refl->MutableMessage(&message, field));
    }
  }
}

}  // namespace

void walk_nodes_post_order(gp::Message& message, const std::function<void(pg_query::Node&)>& visit) {
  walk_children(message, visit);
}

void walk_tree_post_order(pg_query::Node& node, const std::function<void(pg_query::Node&)>& visit) {
  walk_message(node, visit);
}

void walk_tree_pre_order(const pg_query::Node& node,
                         const std::function<void(const pg_query::Node&)>& visit) {
  walk_const(node, visit);
}

void clear_locations(gp::Message& message) { clear_locations_rec(message); }

std::string serialize(const gp::Message& message) {
  std::string out;
  message.SerializeToString(&out);
  return out;
}

}  // namespace schemac::pg
