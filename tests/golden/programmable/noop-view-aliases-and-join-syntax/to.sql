-- case: join and alias spellings that parse to the same query tree (AS optional for column and table aliases, INNER JOIN = JOIN, LEFT OUTER JOIN = LEFT JOIN, parenthesized ON, COUNT vs count, keyword case) are an empty diff.
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

create view classroom_rosters as
    select c.id as classroom_id, c.name as name, e.student_id as student_id, t.teacher_name
    from public.classrooms as c
    inner join public.enrollments as e on (e.classroom_id = c.id)
    left outer join public.teachers as t on ((t.classroom_id = c.id));

CREATE VIEW classroom_sizes AS
    SELECT c.name AS name, COUNT(e.student_id) AS students
    FROM classrooms AS c
    LEFT OUTER JOIN enrollments AS e ON (e.classroom_id = c.id)
    GROUP BY c.name
    HAVING (COUNT(e.student_id) > 0)
    ORDER BY c.name ASC;
