-- case: changing only a view's WHERE clause (same output columns) is done with CREATE OR REPLACE VIEW and the view returns the new set of rows.
CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    due_at timestamptz,
    published boolean NOT NULL DEFAULT false
);

CREATE VIEW open_assignments AS
    SELECT id, title, due_at
    FROM assignments
    WHERE published AND (due_at IS NULL OR due_at > '2024-06-01 00:00:00+00');
