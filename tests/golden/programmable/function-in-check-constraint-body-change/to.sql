-- case: a function used by a CHECK constraint whose body alone changes is replaced in place (CREATE OR REPLACE FUNCTION); the constraint is not dropped, and new rows are checked with the new body.
CREATE FUNCTION is_valid_grade(grade smallint) RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT grade BETWEEN 1 AND 8 $$;

CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL,
    grade smallint NOT NULL,
    CONSTRAINT classrooms_grade_check CHECK (is_valid_grade(grade))
);
