CREATE TABLE quiz_results (
    id bigint PRIMARY KEY,
    student_id bigint NOT NULL,
    correct integer NOT NULL,
    total integer NOT NULL CHECK (total > 0)
);

CREATE VIEW quiz_scores AS
    SELECT id, student_id, (correct * 100 / total) AS score_pct
    FROM quiz_results;
