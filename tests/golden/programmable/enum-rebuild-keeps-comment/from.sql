CREATE TYPE ticket_state AS ENUM ('open', 'stale', 'closed');
COMMENT ON TYPE ticket_state IS 'Where a ticket is; it''s shown to users';

CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'open'
);
