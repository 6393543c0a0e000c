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

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "schemac/catalog.hpp"
#include "schemac/dependencies.hpp"

namespace schemac {

namespace change {

struct CreateSchema { const Schema* schema; };
struct DropSchema { const Schema* schema; };
struct CreateExtension { const Extension* extension; };
struct DropExtension { const Extension* extension; };
struct AlterExtension { const Extension* from; const Extension* to; };

struct CreateEnum { const EnumType* type; };
struct DropEnum { const EnumType* type; };
/// ALTER TYPE ... ADD VALUE label BEFORE/AFTER neighbour (no neighbour: at the end; '' is a
/// label like any other).
struct AddEnumValue {
  const EnumType* type;
  std::string label;
  std::optional<std::string> neighbour;
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

struct CreateDomain { const Domain* domain; };
struct DropDomain { const Domain* domain; };
/// DEFAULT and NOT NULL of a domain.
struct AlterDomain { const Domain* from; const Domain* to; };
struct AddDomainConstraint { const Domain* domain; const Constraint* constraint; };
struct DropDomainConstraint { const Domain* domain; const Constraint* constraint; };
struct ValidateDomainConstraint { const Domain* domain; const Constraint* constraint; };

struct CreateComposite { const CompositeType* type; };
/// A composite type whose attribute changes type while columns use it: renamed away, created
/// anew, its columns converted through text, the old type dropped.
struct RebuildComposite {
  const CompositeType* from;
  const CompositeType* to;
  std::vector<ColumnRetype> columns;
};
struct DropComposite { const CompositeType* type; };
/// ADD/DROP/ALTER ATTRIBUTE.
struct AlterComposite { const CompositeType* from; const CompositeType* to; };

struct CreateFunction { const Function* function; };
struct DropFunction { const Function* function; };
/// CREATE OR REPLACE: same signature, same result type, same input names.
struct ReplaceFunction { const Function* from; const Function* to; };

struct CreateView { const View* view; };
struct DropView { const View* view; };
/// CREATE OR REPLACE VIEW: the old columns unchanged, new ones appended.
struct ReplaceView { const View* from; const View* to; };
/// ALTER [MATERIALIZED] VIEW ... SET/RESET (options) without a new query.
struct AlterViewOptions { const View* from; const View* to; };
/// REFRESH MATERIALIZED VIEW [WITH NO DATA].
struct RefreshMaterializedView { const View* view; };

struct CreateTrigger { const Trigger* trigger; };
struct DropTrigger { const Trigger* trigger; };
struct ReplaceTrigger { const Trigger* from; const Trigger* to; };
/// ALTER TABLE ... ENABLE/DISABLE [REPLICA|ALWAYS] TRIGGER.
struct SetTriggerState { const Trigger* trigger; };

struct CreatePolicy { const Policy* policy; };
struct DropPolicy { const Policy* policy; };
/// ALTER POLICY: roles, USING, WITH CHECK.
struct AlterPolicy { const Policy* from; const Policy* to; };

/// GRANT/REVOKE on one object (or one column).
struct SetPrivileges {
  ObjectKey object;      // the object (or column) the privileges are on
  std::string target;    // "TABLE public.t", "ROUTINE public.f(integer)", ...
  std::string column;    // set for column privileges
  Privileges from, to;
};
struct SetDefaultPrivileges {
  std::vector<DefaultPrivilege> revoke, grant;
};

/// A default that uses an object being rebuilt: dropped before, set again after.
struct DropColumnDefault { const Table* table; const Column* column; };
struct SetColumnDefault { const Table* table; const Column* column; };

/// ALTER ... RENAME, from a `-- schemac:renamed-from` annotation.
struct Rename {
  ObjectKey from;  // in the current catalog
  ObjectKey to;    // in the desired catalog
  std::string statement;
};

}  // namespace change

using Change = std::variant<change::CreateSchema, change::DropSchema, change::CreateExtension, change::DropExtension,
                            change::AlterExtension, change::CreateEnum, change::DropEnum, change::AddEnumValue,
                            change::RebuildEnum, change::CreateSequence, change::DropSequence, change::AlterSequence,
                            change::SetSequenceOwner, change::CreateTable, change::DropTable, change::AlterTable,
                            change::AttachPartition, change::DetachPartition, change::AddColumn, change::DropColumn,
                            change::AlterColumn, change::AddConstraint, change::DropConstraint,
                            change::ValidateConstraint, change::CreateIndex, change::DropIndex, change::SetComment,
                            change::CreateDomain, change::DropDomain, change::AlterDomain, change::AddDomainConstraint,
                            change::DropDomainConstraint, change::ValidateDomainConstraint, change::CreateComposite, change::RebuildComposite,
                            change::DropComposite, change::AlterComposite, change::CreateFunction, change::DropFunction,
                            change::ReplaceFunction, change::CreateView, change::DropView, change::ReplaceView,
                            change::AlterViewOptions, change::RefreshMaterializedView, change::CreateTrigger,
                            change::DropTrigger, change::ReplaceTrigger, change::SetTriggerState, change::CreatePolicy,
                            change::DropPolicy, change::AlterPolicy, change::SetPrivileges, change::SetDefaultPrivileges,
                            change::DropColumnDefault, change::SetColumnDefault, change::Rename>;

struct ChangeSet {
  std::vector<Change> changes;
  /// The current catalog with the renames applied: changes after a rename point into it.
  std::shared_ptr<const Catalog> renamed_current;
  /// The dependencies of `current()` and of the desired catalog as the diff indexed them, so
  /// the plan does not index both catalogs again (null: make_plan indexes them itself).
  std::shared_ptr<const DependencyIndex> current_dependencies, desired_dependencies;
  [[nodiscard]] bool empty() const { return changes.empty(); }
  /// The catalog the plan must treat as current (the renamed copy when there are renames).
  [[nodiscard]] const Catalog& current(const Catalog& original) const {
    return renamed_current ? *renamed_current : original;
  }
};

ChangeSet diff(const Catalog& current, const Catalog& desired);

}  // namespace schemac
