CREATE SCHEMA classroom;

CREATE TABLE classroom.enrollments (
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    joined_on date NOT NULL,
    PRIMARY KEY (classroom_id, student_id)
);
