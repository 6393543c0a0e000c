CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'escalated', 'closed');

CREATE TABLE support_tickets (
    id bigint PRIMARY KEY,
    subject text NOT NULL,
    state ticket_state NOT NULL DEFAULT 'open'
);

CREATE INDEX support_tickets_state_idx ON support_tickets (state);
CREATE INDEX support_tickets_open_idx ON support_tickets (id) WHERE state = 'open';

CREATE VIEW open_tickets AS
    SELECT id, subject, state
    FROM support_tickets
    WHERE state IN ('open', 'pending');

GRANT SELECT ON open_tickets TO app_reader;
