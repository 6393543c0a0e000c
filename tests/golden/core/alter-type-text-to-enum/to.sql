-- case: converting a text column to a new enum type needs the type created first, the text default dropped and re-added, and a USING cast; stored values match the labels.
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    priority ticket_priority NOT NULL DEFAULT 'normal'
);
