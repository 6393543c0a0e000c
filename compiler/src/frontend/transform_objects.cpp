// Transforms for schemas' smaller objects: extensions, enum types, sequences, indexes,
// comments.
#include <fmt/format.h>

#include <algorithm>

#include "canonical/expressions.hpp"
#include "canonical/names.hpp"
#include "frontend/builder.hpp"
#include "schemac/sql_text.hpp"

namespace schemac::frontend {

using pg_query::Node;

// ---- extensions ----------------------------------------------------------------------------

void CatalogBuilder::declare_extension(const pg_query::CreateExtensionStmt& stmt) {
  Extension ext;
  ext.name = stmt.extname();
  ext.location = at_statement();
  std::string schema;
  for (const auto& opt : stmt.options()) {
    const auto& def = opt.def_elem();
    if (def.defname() == "schema") {
      schema = string_value(def.arg());
    } else if (def.defname() == "new_version") {
      ext.version = string_value(def.arg());
    } else if (def.defname() == "cascade") {
      // CASCADE only installs required extensions: they must be declared too.
    } else {
      error(at(def.location()), fmt::format("CREATE EXTENSION option \"{}\" is not supported", def.defname()),
            "unsupported-option");
    }
  }
  ext.schema = creation_schema(schema, -1);
  if (extension_index_.count(ext.name)) {
    error(at_statement(), fmt::format("extension \"{}\" already exists", ext.name), "duplicate-object");
    return;
  }
  extension_index_[ext.name] = catalog_.extensions.size();
  catalog_.extensions.push_back(std::move(ext));
}

// ---- enum types ----------------------------------------------------------------------------

void CatalogBuilder::declare_enum(const pg_query::CreateEnumStmt& stmt) {
  EnumType e;
  e.name = creation_name(stmt.type_name(), -1);
  e.location = at_statement();
  e.renamed_from = rename_annotation_before_statement();
  for (const auto& v : stmt.vals()) {
    std::string label = string_value(v);
    if (std::find(e.labels.begin(), e.labels.end(), label) != e.labels.end()) {
      error(at_statement(), fmt::format("enum label \"{}\" used more than once", label), "duplicate-object");
    }
    if (label.size() > kMaxIdentifierBytes) {
      error(at_statement(), fmt::format("enum label \"{}\" is longer than 63 bytes", label), "name-too-long");
    }
    e.labels.push_back(std::move(label));
  }
  if (is_catalog_type(e.name)) {
    error(at_statement(), fmt::format("type \"{}\" already exists", quote_qualified(e.name)), "duplicate-object");
    return;
  }
  enum_index_[e.name] = catalog_.enums.size();
  catalog_.enums.push_back(std::move(e));
}

// ---- sequences -----------------------------------------------------------------------------

void CatalogBuilder::read_sequence_options(const google::protobuf::RepeatedPtrField<Node>& options,
                                           WrittenSequenceOptions* out, bool for_identity) {
  for (const auto& opt : options) {
    const auto& def = opt.def_elem();
    const std::string& name = def.defname();
    auto number = [&]() -> std::optional<std::int64_t> {
      auto v = integer_argument(def);
      if (!v) error(at(def.location()), fmt::format("sequence option \"{}\" needs an integer", name), "invalid-option");
      return v;
    };
    if (name == "as") {
      auto type = canonical::resolve_type(def.arg().type_name(), {}, [](const QualifiedName&) { return false; });
      if (!type.type || !type.type->schema.empty() ||
          (type.type->name != "int2" && type.type->name != "int4" && type.type->name != "int8")) {
        error(at(def.location()), "sequence type must be smallint, integer, or bigint", "invalid-option");
      } else {
        out->type = type.type->name;
      }
    } else if (name == "increment") {
      out->increment = number();
      if (out->increment == 0) error(at(def.location()), "INCREMENT must not be zero", "invalid-option");
    } else if (name == "minvalue") {
      out->min_value = def.has_arg() ? number() : std::nullopt;
    } else if (name == "maxvalue") {
      out->max_value = def.has_arg() ? number() : std::nullopt;
    } else if (name == "start") {
      out->start = number();
    } else if (name == "cache") {
      out->cache = number();
    } else if (name == "cycle") {
      out->cycle = def.has_arg() ? def.arg().boolean().boolval() : true;
    } else if (name == "owned_by") {
      auto parts = string_list(def.arg().list().items());
      if (parts.size() == 1 && parts[0] == "none") parts.clear();
      out->owned_by = parts;
    } else if (name == "sequence_name" && for_identity) {
      out->sequence_name = string_list(def.arg().list().items());
    } else if (name == "restart") {
      // RESTART changes the sequence's state, not its definition.
    } else {
      error(at(def.location()), fmt::format("sequence option \"{}\" is not supported", name), "unsupported-option");
    }
  }
}

SequenceOptions CatalogBuilder::final_sequence_options(const WrittenSequenceOptions& w) {
  SequenceOptions o = default_sequence_options(w.type.value_or("int8"), w.increment.value_or(1));
  if (w.min_value) o.min_value = *w.min_value;
  if (w.max_value) o.max_value = *w.max_value;
  o.start = w.start.value_or(o.increment > 0 ? o.min_value : o.max_value);
  if (w.cache) o.cache = *w.cache;
  if (w.cycle) o.cycle = *w.cycle;
  return o;
}

void CatalogBuilder::declare_sequence(const pg_query::CreateSeqStmt& stmt) {
  Sequence seq;
  seq.name = creation_name(stmt.sequence());
  seq.location = at_statement();
  seq.renamed_from = rename_annotation_before_statement();
  if (stmt.sequence().relpersistence() == "t") {
    error(at_statement(), "temporary sequences are not part of a schema", "unsupported-statement");
  }
  seq.unlogged = stmt.sequence().relpersistence() == "u";
  if (sequence_index_.count(seq.name)) {
    error(at_statement(), fmt::format("relation \"{}\" already exists", quote_qualified(seq.name)), "duplicate-object");
    return;
  }
  sequence_index_[seq.name] = catalog_.sequences.size();
  catalog_.sequences.push_back(std::move(seq));
}

void CatalogBuilder::define_sequence(const pg_query::CreateSeqStmt& stmt) {
  auto it = sequence_index_.find(creation_name(stmt.sequence()));
  if (it == sequence_index_.end()) return;
  Sequence& seq = catalog_.sequences[it->second];
  if (seq.location.offset != at_statement().offset || seq.location.file != at_statement().file) return;  // duplicate
  take_relation_name(seq.name.schema, seq.name.name);
  auto& written = written_sequence_options_[it->second];
  read_sequence_options(stmt.options(), &written, false);
  seq.options = final_sequence_options(written);
  if (written.owned_by && !written.owned_by->empty()) {
    pending_owners_.push_back({it->second, *written.owned_by, current_->search_path, at_statement()});
  }
}

void CatalogBuilder::attach_alter_sequence(const pg_query::AlterSeqStmt& stmt) {
  std::vector<std::string> parts;
  if (!stmt.sequence().schemaname().empty()) parts.push_back(stmt.sequence().schemaname());
  parts.push_back(stmt.sequence().relname());
  auto name = find_sequence_name(parts, search_path());
  if (!name) {
    error(at(stmt.sequence().location()), fmt::format("relation \"{}\" does not exist", stmt.sequence().relname()),
          "unknown-sequence");
    return;
  }
  std::size_t index = sequence_index_.at(*name);
  auto& written = written_sequence_options_[index];
  written.owned_by.reset();
  read_sequence_options(stmt.options(), &written, false);
  catalog_.sequences[index].options = final_sequence_options(written);
  if (written.owned_by) {
    if (written.owned_by->empty()) {
      catalog_.sequences[index].owned_by_table.reset();
      catalog_.sequences[index].owned_by_column.clear();
      pending_owners_.erase(std::remove_if(pending_owners_.begin(), pending_owners_.end(),
                                           [&](const PendingOwner& p) { return p.sequence == index; }),
                            pending_owners_.end());
    } else {
      pending_owners_.push_back({index, *written.owned_by, current_->search_path, at_statement()});
    }
  }
}

// ---- indexes -------------------------------------------------------------------------------

void CatalogBuilder::attach_index(const pg_query::IndexStmt& stmt) {
  std::vector<std::string> parts;
  if (!stmt.relation().schemaname().empty()) parts.push_back(stmt.relation().schemaname());
  parts.push_back(stmt.relation().relname());
  auto table = find_table_by_parts(parts, search_path());
  auto view = table ? std::nullopt : find_view_name(parts, search_path());
  if (!table && !(view && catalog_.views[view_index_.at(*view)].materialized)) {
    error(at(stmt.relation().location()), fmt::format("relation \"{}\" does not exist", fmt::join(parts, ".")),
          "unknown-table");
    return;
  }
  QualifiedName relation = table ? catalog_.tables[*table].name : *view;
  if (!stmt.table_space().empty()) {
    error(at_statement(), "tablespaces are not managed by schemac", "unsupported-option");
  }
  Index index;
  index.table = relation.name;
  index.unique = stmt.unique();
  index.nulls_not_distinct = stmt.nulls_not_distinct();
  index.method = stmt.access_method().empty() ? "btree" : stmt.access_method();
  index.location = at_statement();
  index.renamed_from = rename_annotation_before_statement();
  std::vector<std::string> column_names;
  // A materialized view's columns, for the keys of an index on it.
  std::map<std::string, TypeRef> view_scope;
  if (!table) {
    for (const auto& c : catalog_.views[view_index_.at(relation)].columns) {
      if (c.type) view_scope.emplace(c.name, *c.type);
    }
  }
  for (const auto& p : stmt.index_params()) {
    index.elements.push_back(table ? bind_index_element(*table, p.index_elem())
                                   : bind_view_index_element(relation, view_scope, p.index_elem()));
    const auto& elem = p.index_elem();
    column_names.push_back(!elem.indexcolname().empty() ? elem.indexcolname()
                           : !elem.name().empty()      ? elem.name()
                                                       : canonical::figure_column_name(elem.expr()));
  }
  for (const auto& p : stmt.index_including_params()) {
    const auto& elem = p.index_elem();
    bool known = table ? catalog_.tables[*table].find_column(elem.name()) != nullptr : view_scope.count(elem.name()) > 0;
    if (!known) {
      error(at_statement(), fmt::format("column \"{}\" does not exist", elem.name()), "unknown-column");
    }
    index.include.push_back(elem.name());
    column_names.push_back(elem.name());
  }
  if (stmt.has_where_clause()) {
    const auto& scope = table ? column_scope(*table) : view_scope;
    auto ctx = expression_context(&scope, &relation);
    index.where = canonical::bind_expression(stmt.where_clause(), ctx);
  }
  for (const auto& o : stmt.options()) index.options.push_back(reloption_text(o.def_elem()));
  std::sort(index.options.begin(), index.options.end());
  std::string name = stmt.idxname();
  if (name.empty()) {
    name = canonical::choose_name(relation.name, canonical::index_name_addition(column_names), "idx",
                                  [&](const std::string& n) { return relation_name_taken(relation.schema, n); });
  } else if (name.size() > kMaxIdentifierBytes) {
    error(at_statement(), fmt::format("index name \"{}\" is longer than 63 bytes; PostgreSQL would truncate it", name),
          "name-too-long");
  }
  index.name = {relation.schema, name};
  take_relation_name(relation.schema, name);
  if (index_index_.count(index.name)) {
    error(at_statement(), fmt::format("relation \"{}\" already exists", quote_qualified(index.name)),
          "duplicate-object");
    return;
  }
  index_index_[index.name] = catalog_.indexes.size();
  if (table) indexed_tables_.insert(relation);
  catalog_.indexes.push_back(std::move(index));
  // ON ONLY (as a database prints its indexes back) touches no partition.
  if (table && catalog_.tables[*table].partition_key && stmt.relation().inh()) {
    const Index made = catalog_.indexes.back();
    for (std::size_t partition : partitions_[*table]) adopt_matching_index(made, partition);
  }
}

// PostgreSQL gives each partition a copy of an index of its partitioned table (CREATE INDEX on
// the parent, ATTACH PARTITION), except that an index of the partition that matches is attached
// as the copy instead. Copies are not part of the catalog, so an adopted index leaves it; its
// name stays taken.
void CatalogBuilder::adopt_matching_index(const Index& parent, std::size_t partition, int depth) {
  if (depth > 32) return;  // partitions declared in a cycle (reported elsewhere)
  const Table& p = catalog_.tables[partition];
  auto found = catalog_.indexes.end();
  if (indexed_tables_.count(p.name)) {
    found = std::find_if(catalog_.indexes.begin(), catalog_.indexes.end(), [&](const Index& i) {
      return i.name.schema == p.name.schema && i.table == p.name.name && i.name != parent.name &&
             attaches_as_copy(parent, i);
    });
  }
  if (found == catalog_.indexes.end()) {
    // The copy PostgreSQL makes on a partitioned partition has copies of its own.
    for (std::size_t sub : partitions_[partition]) adopt_matching_index(parent, sub, depth + 1);
    return;
  }
  adopted_indexes_.emplace(found->name, AdoptedIndex{parent.name, found->location});
  auto position = static_cast<std::size_t>(found - catalog_.indexes.begin());
  index_index_.erase(found->name);
  catalog_.indexes.erase(found);
  for (auto& [name, at] : index_index_) {
    if (at > position) --at;
  }
}

// ---- comments ------------------------------------------------------------------------------

void CatalogBuilder::attach_comment(const pg_query::CommentStmt& stmt) {
  std::optional<std::string> text;
  if (!stmt.comment().empty()) text = stmt.comment();
  auto list = [&]() { return string_list(stmt.object().list().items()); };
  auto table_of = [&](std::vector<std::string> parts) -> Table* {
    auto t = find_table_by_parts(parts, search_path());
    if (!t) {
      error(at_statement(), fmt::format("relation \"{}\" does not exist", fmt::join(parts, ".")), "unknown-table");
      return nullptr;
    }
    return &catalog_.tables[*t];
  };
  switch (stmt.objtype()) {
    case pg_query::OBJECT_SCHEMA: {
      std::string name = string_value(stmt.object());
      auto it = std::find_if(catalog_.schemas.begin(), catalog_.schemas.end(), [&](auto& s) { return s.name == name; });
      if (it == catalog_.schemas.end()) {
        if (name == "public") {
          error(at_statement(), "comments on schema public are not managed by schemac", "unsupported-statement");
        } else {
          error(at_statement(), fmt::format("schema \"{}\" does not exist", name), "unknown-schema");
        }
        return;
      }
      it->comment = text;
      return;
    }
    case pg_query::OBJECT_EXTENSION: {
      std::string name = string_value(stmt.object());
      auto it = extension_index_.find(name);
      if (it == extension_index_.end()) {
        error(at_statement(), fmt::format("extension \"{}\" does not exist", name), "unknown-object");
        return;
      }
      // An extension without a comment has its control file's; IS NULL removes even that.
      catalog_.extensions[it->second].comment = text.value_or("");
      return;
    }
    case pg_query::OBJECT_TABLE: {
      if (Table* t = table_of(list())) t->comment = text;
      return;
    }
    case pg_query::OBJECT_COLUMN: {
      auto parts = list();
      std::string column = parts.back();
      parts.pop_back();
      QualifiedName as_type = parts.size() >= 2 ? QualifiedName{parts[parts.size() - 2], parts.back()} : QualifiedName{};
      if (parts.size() == 1) {
        for (const auto& schema : search_path()) {
          if (composite_index_.count({schema, parts[0]})) {
            as_type = {schema, parts[0]};
            break;
          }
        }
      }
      if (auto ct = composite_index_.find(as_type); ct != composite_index_.end()) {
        auto& attrs = catalog_.composites[ct->second].attributes;
        auto it = std::find_if(attrs.begin(), attrs.end(), [&](auto& a) { return a.name == column; });
        if (it == attrs.end()) {
          error(at_statement(), fmt::format("attribute \"{}\" of type \"{}\" does not exist", column, as_type.name),
                "unknown-column");
          return;
        }
        it->comment = text;
        return;
      }
      if (auto view = find_view_name(parts, search_path())) {
        auto& cols = catalog_.views[view_index_.at(*view)].columns;
        auto it = std::find_if(cols.begin(), cols.end(), [&](auto& c) { return c.name == column; });
        if (it == cols.end()) {
          error(at_statement(), fmt::format("column \"{}\" of relation \"{}\" does not exist", column, view->name),
                "unknown-column");
          return;
        }
        it->comment = text;
        return;
      }
      Table* t = table_of(parts);
      if (!t) return;
      auto it = std::find_if(t->columns.begin(), t->columns.end(), [&](auto& c) { return c.name == column; });
      if (it == t->columns.end()) {
        error(at_statement(), fmt::format("column \"{}\" of relation \"{}\" does not exist", column, t->name.name),
              "unknown-column");
        return;
      }
      it->comment = text;
      return;
    }
    case pg_query::OBJECT_VIEW:
    case pg_query::OBJECT_MATVIEW: {
      auto name = find_view_name(list(), search_path());
      if (!name) {
        error(at_statement(), fmt::format("view \"{}\" does not exist", fmt::join(list(), ".")), "unknown-object");
        return;
      }
      catalog_.views[view_index_.at(*name)].comment = text;
      return;
    }
    case pg_query::OBJECT_FUNCTION:
    case pg_query::OBJECT_PROCEDURE:
    case pg_query::OBJECT_ROUTINE: {
      if (auto f = find_function(stmt.object().object_with_args(), true)) catalog_.functions[*f].comment = text;
      return;
    }
    case pg_query::OBJECT_TRIGGER:
    case pg_query::OBJECT_POLICY: {
      auto parts = list();
      std::string name = parts.back();
      parts.pop_back();
      std::optional<QualifiedName> table;
      if (auto t = find_table_by_parts(parts, search_path())) table = catalog_.tables[*t].name;
      if (!table) table = find_view_name(parts, search_path());
      bool found = false;
      if (table && stmt.objtype() == pg_query::OBJECT_TRIGGER) {
        for (auto& t : catalog_.triggers) {
          if (t.table == *table && t.name == name) {
            t.comment = text;
            found = true;
          }
        }
      } else if (table) {
        for (auto& p : catalog_.policies) {
          if (p.table == *table && p.name == name) {
            p.comment = text;
            found = true;
          }
        }
      }
      if (!found) error(at_statement(), fmt::format("\"{}\" on \"{}\" does not exist", name, fmt::join(parts, ".")), "unknown-object");
      return;
    }
    case pg_query::OBJECT_DOMCONSTRAINT: {
      const auto& items = stmt.object().list().items();
      auto type = canonical::resolve_type(items.Get(0).type_name(), search_path(),
                                          [this](const QualifiedName& n) { return is_catalog_type(n); });
      std::string name = string_value(items.Get(1));
      auto it = type.type ? domain_index_.find({type.type->schema, type.type->name}) : domain_index_.end();
      if (it == domain_index_.end()) {
        error(at_statement(), "domain does not exist", "unknown-type");
        return;
      }
      for (auto& c : catalog_.domains[it->second].checks) {
        if (c.name == name) {
          c.comment = text;
          return;
        }
      }
      error(at_statement(), fmt::format("constraint \"{}\" of domain does not exist", name), "unknown-object");
      return;
    }
    case pg_query::OBJECT_TABCONSTRAINT: {
      auto parts = list();
      std::string constraint = parts.back();
      parts.pop_back();
      Table* t = table_of(parts);
      if (!t) return;
      auto it = std::find_if(t->constraints.begin(), t->constraints.end(), [&](auto& c) { return c.name == constraint; });
      if (it == t->constraints.end()) {
        error(at_statement(), fmt::format("constraint \"{}\" for table \"{}\" does not exist", constraint, t->name.name),
              "unknown-object");
        return;
      }
      it->comment = text;
      return;
    }
    case pg_query::OBJECT_INDEX: {
      auto parts = list();
      std::optional<QualifiedName> found;
      if (parts.size() >= 2) {
        found = QualifiedName{parts[parts.size() - 2], parts.back()};
      } else {
        for (const auto& schema : search_path()) {
          if (index_index_.count({schema, parts[0]}) || adopted_indexes_.count({schema, parts[0]})) {
            found = QualifiedName{schema, parts[0]};
            break;
          }
        }
      }
      if (auto adopted = found ? adopted_indexes_.find(*found) : adopted_indexes_.end(); adopted != adopted_indexes_.end()) {
        error(at_statement(),
              fmt::format("index \"{}\" became the partition's copy of index \"{}\"; comments on copies are not managed",
                          found->name, adopted->second.parent.name),
              "unsupported-statement");
        return;
      }
      auto it = found ? index_index_.find(*found) : index_index_.end();
      if (it == index_index_.end()) {
        error(at_statement(), fmt::format("index \"{}\" does not exist", fmt::join(parts, ".")), "unknown-object");
        return;
      }
      catalog_.indexes[it->second].comment = text;
      return;
    }
    case pg_query::OBJECT_SEQUENCE: {
      auto name = find_sequence_name(list(), search_path());
      if (!name) {
        error(at_statement(), fmt::format("sequence \"{}\" does not exist", fmt::join(list(), ".")), "unknown-sequence");
        return;
      }
      catalog_.sequences[sequence_index_.at(*name)].comment = text;
      return;
    }
    case pg_query::OBJECT_TYPE:
    case pg_query::OBJECT_DOMAIN: {
      auto type = canonical::resolve_type(stmt.object().type_name(), search_path(),
                                          [this](const QualifiedName& n) { return is_catalog_type(n); });
      QualifiedName name = type.type ? QualifiedName{type.type->schema, type.type->name} : QualifiedName{};
      if (auto it = enum_index_.find(name); it != enum_index_.end()) {
        catalog_.enums[it->second].comment = text;
      } else if (auto d = domain_index_.find(name); d != domain_index_.end()) {
        catalog_.domains[d->second].comment = text;
      } else if (auto c = composite_index_.find(name); c != composite_index_.end()) {
        catalog_.composites[c->second].comment = text;
      } else {
        error(at_statement(), "type does not exist", "unknown-type");
      }
      return;
    }
    default: unsupported(at_statement(), "COMMENT ON this kind of object"); return;
  }
}

}  // namespace schemac::frontend
