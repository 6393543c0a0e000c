-- case: expression spellings PostgreSQL stores identically in a view (CAST vs ::, int8 vs bigint, CASE without ELSE vs ELSE NULL, IN list vs = ANY (ARRAY[...]), BETWEEN vs two comparisons, != vs <>, LIKE/ILIKE vs ~~/~~*, literals with and without ::text) are an empty diff.
CREATE TABLE submissions (
    id bigint PRIMARY KEY,
    status text NOT NULL,
    points integer,
    max_points integer NOT NULL,
    title text NOT NULL
);

CREATE VIEW submission_report AS
 SELECT submissions.id,
    (submissions.points)::int8 AS points,
        CASE
            WHEN (submissions.points IS NULL) THEN 'ungraded'::text
            WHEN ((submissions.points * 2) >= submissions.max_points) THEN 'pass'::text
            ELSE NULL::text
        END AS outcome,
    coalesce(submissions.points, 0) AS points_or_zero
   FROM submissions
  WHERE ((submissions.status = ANY (ARRAY['submitted'::text, 'graded'::text]))
     AND ((submissions.max_points >= 1) AND (submissions.max_points <= 100))
     AND (submissions.status <> 'deleted'::text)
     AND (submissions.title ~~ 'Unit%'::text)
     AND (NOT (submissions.title ~~* '%draft%'::text)));
