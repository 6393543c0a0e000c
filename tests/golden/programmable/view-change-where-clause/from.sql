CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    due_at timestamptz,
    published boolean NOT NULL DEFAULT false
);

CREATE VIEW open_assignments AS
    SELECT id, title, due_at
    FROM assignments
    WHERE published;
