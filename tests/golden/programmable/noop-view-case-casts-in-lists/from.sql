CREATE TABLE submissions (
    id bigint PRIMARY KEY,
    status text NOT NULL,
    points integer,
    max_points integer NOT NULL,
    title text NOT NULL
);

CREATE VIEW submission_report AS
    SELECT id,
           CAST(points AS bigint) AS points,
           CASE WHEN points IS NULL THEN 'ungraded' WHEN points * 2 >= max_points THEN 'pass' END AS outcome,
           COALESCE(points, 0) AS points_or_zero
    FROM submissions
    WHERE status IN ('submitted', 'graded')
      AND max_points BETWEEN 1 AND 100
      AND status != 'deleted'
      AND title LIKE 'Unit%'
      AND NOT title ILIKE '%draft%';
