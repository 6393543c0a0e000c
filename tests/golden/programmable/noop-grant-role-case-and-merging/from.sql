CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE enrollments (
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL
);

GRANT SELECT ON classrooms TO app_reader;
GRANT INSERT ON classrooms TO app_reader;
GRANT SELECT ON enrollments TO app_reader;
GRANT SELECT ON classrooms TO public;
GRANT UPDATE ON classrooms TO app_writer WITH GRANT OPTION;
