-- case: removing an enum label rebuilds the type (CREATE TYPE under the old name after renaming it away), so its comment must be set again on the new type; found by the property tests (seed 119).
CREATE TYPE ticket_state AS ENUM ('open', 'closed');
COMMENT ON TYPE ticket_state IS 'Where a ticket is; it''s shown to users';

CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'open'
);
