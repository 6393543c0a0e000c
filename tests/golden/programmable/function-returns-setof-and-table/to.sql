-- case: set-returning functions are created: RETURNS SETOF a table's row type (depends on the table), RETURNS SETOF a scalar, and RETURNS TABLE(...) with its output columns.
CREATE SCHEMA classroom;

CREATE TABLE classroom.enrollments (
    classroom_id integer NOT NULL,
    student_id bigint NOT NULL,
    joined_on date NOT NULL,
    PRIMARY KEY (classroom_id, student_id)
);

CREATE FUNCTION classroom.enrollments_of(p_classroom_id integer)
    RETURNS SETOF classroom.enrollments
    LANGUAGE sql
    STABLE
    ROWS 30
    AS $$ SELECT * FROM classroom.enrollments WHERE classroom_id = p_classroom_id $$;

CREATE FUNCTION classroom.student_ids(p_classroom_id integer)
    RETURNS SETOF bigint
    LANGUAGE sql
    STABLE
    AS $$ SELECT student_id FROM classroom.enrollments WHERE classroom_id = p_classroom_id ORDER BY student_id $$;

CREATE FUNCTION classroom.class_sizes()
    RETURNS TABLE (classroom_id integer, students bigint, first_joined date)
    LANGUAGE sql
    STABLE
    AS $$
        SELECT e.classroom_id, count(*), min(e.joined_on)
        FROM classroom.enrollments e
        GROUP BY e.classroom_id
    $$;
