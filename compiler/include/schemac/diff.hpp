// Diff: two catalogs -> typed changes (no SQL).
//
// `diff(current, desired)` lists what must change for a database holding `current` to hold
// `desired`. Objects are matched by name. ALTER is used where PostgreSQL can change an object
// in place; otherwise the object is rebuilt (dropped and created), and so is everything that
// cannot survive that (a foreign key under a rebuilt primary key, an index over a column
// retyped by an enum rebuild, ...). Objects dropped implicitly with their owner (a table's
// indexes) get no change of their own.
//
// Pure: no I/O; the changes point into the two catalogs, which must outlive them.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "schemac/catalog.hpp"

namespace schemac {

namespace change {

struct CreateSchema { const Schema* schema; };
struct DropSchema { const Schema* schema; };
struct CreateExtension { const Extension* extension; };
struct DropExtension { const Extension* extension; };
struct AlterExtension { const Extension* from; const Extension* to; };

struct CreateEnum { const EnumType* type; };
struct DropEnum { const EnumType* type; };
/// ALTER TYPE ... ADD VALUE label BEFORE/AFTER neighbour (neighbour empty: at the end).
struct AddEnumValue {
  const EnumType* type;
  std::string label;
  std::string neighbour;
  bool before = false;
};
/// A column converted to a rebuilt enum type.
struct ColumnRetype {
  const Table* table;
  const Column* from;
  const Column* to;
};
/// An enum that lost or reordered labels: renamed away, created anew, its columns converted
/// through text, the old type dropped.
struct RebuildEnum {
  const EnumType* from;
  const EnumType* to;
  std::vector<ColumnRetype> columns;
};

struct CreateSequence { const Sequence* sequence; };
struct DropSequence { const Sequence* sequence; };
struct AlterSequence { const Sequence* from; const Sequence* to; };
/// OWNED BY changed; `to` null means OWNED BY NONE.
struct SetSequenceOwner { const Sequence* from; const Sequence* to; };

struct CreateTable { const Table* table; };
struct DropTable { const Table* table; };
/// Table-level properties: LOGGED/UNLOGGED, storage parameters.
struct AlterTable { const Table* from; const Table* to; };
struct AttachPartition { const Table* table; };
struct DetachPartition { const Table* table; };

struct AddColumn { const Table* table; const Column* column; };
struct DropColumn { const Table* table; const Column* column; };
/// Any in-place change of a column: type, collation, default, NOT NULL, identity, generation.
/// `type_set_by_enum_rebuild`: the column's type and default are set by a RebuildEnum.
struct AlterColumn {
  const Table* table;
  const Column* from;
  const Column* to;
  bool type_set_by_enum_rebuild = false;
};

struct AddConstraint { const Table* table; const Constraint* constraint; };
struct DropConstraint { const Table* table; const Constraint* constraint; };
struct ValidateConstraint { const Table* table; const Constraint* constraint; };

struct CreateIndex { const Index* index; };
struct DropIndex { const Index* index; };

/// COMMENT ON: `to` nullopt removes the comment.
struct SetComment {
  ObjectKey object;
  std::optional<std::string> from;
  std::optional<std::string> to;
};

}  // namespace change

using Change = std::variant<change::CreateSchema, change::DropSchema, change::CreateExtension, change::DropExtension,
                            change::AlterExtension, change::CreateEnum, change::DropEnum, change::AddEnumValue,
                            change::RebuildEnum, change::CreateSequence, change::DropSequence, change::AlterSequence,
                            change::SetSequenceOwner, change::CreateTable, change::DropTable, change::AlterTable,
                            change::AttachPartition, change::DetachPartition, change::AddColumn, change::DropColumn,
                            change::AlterColumn, change::AddConstraint, change::DropConstraint,
                            change::ValidateConstraint, change::CreateIndex, change::DropIndex, change::SetComment>;

struct ChangeSet {
  std::vector<Change> changes;
  [[nodiscard]] bool empty() const { return changes.empty(); }
};

ChangeSet diff(const Catalog& current, const Catalog& desired);

}  // namespace schemac
