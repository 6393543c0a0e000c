-- case: changing a function's return type (integer to numeric) needs DROP FUNCTION + CREATE FUNCTION, and the view that calls it blocks the drop, so the view is dropped before and recreated after (with a numeric column).
CREATE TABLE submissions (
    id bigint PRIMARY KEY,
    assignment_id bigint NOT NULL,
    points integer NOT NULL,
    max_points integer NOT NULL CHECK (max_points > 0)
);

CREATE FUNCTION grade_percent(points integer, max_points integer)
    RETURNS numeric
    LANGUAGE sql
    IMMUTABLE
    RETURN round(points * 100.0 / max_points, 1);

CREATE VIEW graded_submissions AS
    SELECT id, assignment_id, grade_percent(points, max_points) AS percent
    FROM submissions;
