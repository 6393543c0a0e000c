CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    grade smallint NOT NULL,
    teacher_id integer
);

CREATE VIEW classroom_overview AS
    SELECT id, name, grade, teacher_id
    FROM classrooms;
