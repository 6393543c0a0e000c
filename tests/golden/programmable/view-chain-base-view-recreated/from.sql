CREATE SCHEMA classroom;

CREATE TABLE classroom.assignments (
    id bigint PRIMARY KEY,
    classroom_id integer NOT NULL,
    title text NOT NULL,
    instructions text,
    due_at timestamptz,
    published boolean NOT NULL DEFAULT false
);

CREATE VIEW classroom.published_assignments AS
    SELECT id, classroom_id, title, instructions, due_at
    FROM classroom.assignments
    WHERE published;

CREATE VIEW classroom.assignments_due_soon AS
    SELECT pa.id, pa.classroom_id, pa.title, pa.due_at
    FROM classroom.published_assignments pa
    WHERE pa.due_at IS NOT NULL;
