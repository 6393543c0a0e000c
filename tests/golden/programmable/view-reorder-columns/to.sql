-- case: reordering the output columns of a view (grade moved before name) cannot be done with CREATE OR REPLACE VIEW (it would rename columns), so the view is dropped and recreated.
CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    grade smallint NOT NULL,
    teacher_id integer
);

CREATE VIEW classroom_overview AS
    SELECT id, grade, name, teacher_id
    FROM classrooms;
