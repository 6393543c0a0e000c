CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE enrollments (
    classroom_id integer NOT NULL REFERENCES classrooms (id),
    student_id bigint NOT NULL,
    PRIMARY KEY (classroom_id, student_id)
);

CREATE TABLE teachers (
    classroom_id integer NOT NULL,
    teacher_name text NOT NULL
);

CREATE VIEW classroom_rosters AS
    SELECT c.id classroom_id, c.name, e.student_id, t.teacher_name
    FROM classrooms c
    JOIN enrollments e ON e.classroom_id = c.id
    LEFT JOIN teachers t ON t.classroom_id = c.id;

CREATE VIEW classroom_sizes AS
    SELECT c.name, count(e.student_id) students
    FROM classrooms c
    LEFT JOIN enrollments e ON e.classroom_id = c.id
    GROUP BY c.name
    HAVING count(e.student_id) > 0
    ORDER BY c.name;
