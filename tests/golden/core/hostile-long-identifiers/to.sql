-- case: identifiers longer than 63 bytes are silently truncated by PostgreSQL (table, column, and the implicit _pkey/_key/_fkey/_check/_seq names derived from them), so the model must use the truncated names.
CREATE TABLE customer_loyalty_program_membership_history_records_for_auditing (
    id bigserial PRIMARY KEY,
    membership_identifier_assigned_by_the_external_partner_system_v2 text UNIQUE,
    tier_level_code_as_supplied_by_the_upstream_loyalty_service int CHECK (tier_level_code_as_supplied_by_the_upstream_loyalty_service > 0),
    parent_record_identifier_pointing_to_the_previous_history_row bigint
        REFERENCES customer_loyalty_program_membership_history_records_for_auditing (id)
);
CREATE INDEX ON customer_loyalty_program_membership_history_records_for_auditing (tier_level_code_as_supplied_by_the_upstream_loyalty_service);
