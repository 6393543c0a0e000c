-- case: removing an enum label ('escalated', unused by the rows) rebuilds the enum; the view over the column and the partial index whose predicate compares with a label are dropped first and recreated after, the default is dropped and restored, the plain index follows the column, and the rows and the view's grant are kept.
CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');

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
