// Printing catalog values as PostgreSQL DDL.
//
// One printer serves the plan's steps, `schemac dump`, migration snapshots and the tests'
// parse -> print -> parse fixpoint. Names go through sql_text.hpp; expressions are printed
// from their parse trees by libpg_query's deparser.
#pragma once

#include <optional>
#include <string>

#include "schemac/catalog.hpp"

namespace schemac {

/// The type as format_type() spells it ("character varying(20)", "public.mood[]").
std::string render_type(const TypeRef& type);
/// SQL text of an expression (names relative to search_path = public).
std::string render_expression(const Expression& expr);

/// "name type [COLLATE ..] [GENERATED ...] [DEFAULT ...] [NOT NULL]"
std::string render_column(const Column& column, const QualifiedName& table);
/// The constraint's definition after `CONSTRAINT name` (without NOT VALID).
std::string render_constraint_body(const Constraint& constraint);
std::string render_index_element(const IndexElement& element);
std::string render_partition_key(const PartitionKey& key);
/// "FOR VALUES ..." or "DEFAULT".
std::string render_partition_bound(const PartitionBound& bound);
/// Sequence options that differ from PostgreSQL's defaults (leading space when not empty).
std::string render_sequence_options(const SequenceOptions& options);
/// "(name='value', ...)" for WITH (...) storage parameters held as "name=value".
std::string render_storage_options(const std::vector<std::string>& options);
/// Identity clause: "GENERATED ALWAYS AS IDENTITY (...)".
std::string render_identity(const Identity& identity, const QualifiedName& table, const std::string& column);

std::string render_create_schema(const Schema& schema);
std::string render_create_extension(const Extension& extension);
std::string render_create_enum(const EnumType& type);
std::string render_create_sequence(const Sequence& sequence);
/// CREATE TABLE with columns and the constraints `include_constraint` accepts (by default all
/// but foreign keys and NOT VALID ones, which are separate ALTER TABLE statements).
std::string render_create_table(const Table& table, bool (*include_constraint)(const Constraint&) = nullptr);
std::string render_add_constraint(const QualifiedName& table, const Constraint& constraint);
std::string render_create_index(const Index& index, bool concurrently = false);
std::string render_sequence_owner(const Sequence& sequence);

std::string render_create_domain(const Domain& domain);
std::string render_domain_check(const Domain& domain, const Constraint& check);  // ALTER DOMAIN ADD CONSTRAINT
std::string render_create_composite(const CompositeType& type);
/// CREATE [OR REPLACE] FUNCTION/PROCEDURE with its options and body.
std::string render_create_function(const Function& function, bool or_replace = false);
/// The SQL name of a routine with its input argument types: `s.f(integer, text)`.
std::string render_function_name(const Function& function);
std::string render_create_view(const View& view, bool or_replace = false);
std::string render_view_query(const View& view);
std::string render_create_trigger(const Trigger& trigger, bool or_replace = false);
/// ALTER TABLE ... ENABLE/DISABLE [REPLICA|ALWAYS] TRIGGER for a trigger's state.
std::string render_trigger_state(const Trigger& trigger);
std::string render_create_policy(const Policy& policy);
std::string render_policy_roles(const std::vector<std::string>& roles);
/// GRANT/REVOKE statements that take `from` to `to` on the object `target` ("TABLE public.t"),
/// `column` set for column privileges.
std::vector<std::string> render_privilege_changes(const std::string& target, const std::string& column,
                                                  const Privileges& from, const Privileges& to);
/// The statement that establishes (`apply`) or removes a default privilege entry.
std::string render_default_privilege(const DefaultPrivilege& p, bool apply);

/// COMMENT ON <object> IS '...' (or IS NULL). `key` names the object.
std::string render_comment(const ObjectKey& key, const std::optional<std::string>& comment);
/// The SQL name of an object for COMMENT/DROP ("TABLE public.t", "COLUMN public.t.c", ...).
std::string render_object_reference(const ObjectKey& key);

/// Views ordered so each comes after the views it reads.
std::vector<const View*> views_in_dependency_order(const Catalog& catalog);

/// The whole catalog as one canonical schema file (dump, snapshots).
std::string render_catalog(const Catalog& catalog);

/// True for constraints CREATE TABLE cannot hold: foreign keys and NOT VALID constraints.
bool is_separate_constraint(const Constraint& constraint);

}  // namespace schemac
