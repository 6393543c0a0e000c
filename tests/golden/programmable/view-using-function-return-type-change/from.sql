CREATE TABLE submissions (
    id bigint PRIMARY KEY,
    assignment_id bigint NOT NULL,
    points integer NOT NULL,
    max_points integer NOT NULL CHECK (max_points > 0)
);

CREATE FUNCTION grade_percent(points integer, max_points integer)
    RETURNS integer
    LANGUAGE sql
    IMMUTABLE
    RETURN points * 100 / max_points;

CREATE VIEW graded_submissions AS
    SELECT id, assignment_id, grade_percent(points, max_points) AS percent
    FROM submissions;
