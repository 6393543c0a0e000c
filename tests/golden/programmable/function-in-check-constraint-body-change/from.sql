CREATE FUNCTION is_valid_grade(grade smallint) RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT grade BETWEEN 0 AND 12 $$;

CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    grade smallint NOT NULL,
    CONSTRAINT classrooms_grade_check CHECK (is_valid_grade(grade))
);
