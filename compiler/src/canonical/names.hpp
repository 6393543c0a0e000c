// The names PostgreSQL invents for objects declared without one (t_pkey, t_email_key,
// t_a_fkey, t_price_check, t_lower_idx, t_id_seq), reproduced exactly: same truncation to 63
// bytes, same numbering on conflicts. See PostgreSQL's makeObjectName, ChooseRelationName,
// ChooseConstraintName and FigureColname.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pg/tree.hpp"

namespace schemac::canonical {

/// makeObjectName: "name1_name2_label", shortening the longer of name1/name2 to fit 63 bytes.
std::string make_object_name(const std::string& name1, const std::string& name2,
                             const std::string& label);

/// ChooseRelationName / ChooseConstraintName: the first of name_label, name_label1, ... for
/// which `taken` is false.
std::string choose_name(const std::string& name1, const std::string& name2,
                        const std::string& label, const std::function<bool(const std::string&)>& taken);

/// The part of an index name that describes its columns ("a_b", "lower"), as
/// ChooseIndexNameAddition builds it from ChooseIndexColumnNames.
std::string index_name_addition(const std::vector<std::string>& column_names);

/// Column name PostgreSQL would give an expression (FigureColname): the function name for a
/// call, the column for a column reference, "expr" otherwise.
std::string figure_column_name(const pg_query::Node& expr);

}  // namespace schemac::canonical
