-- case: a view column whose type changes (integer percentage becomes numeric(5,2)) cannot be changed with CREATE OR REPLACE VIEW, so the view is dropped and recreated.
CREATE TABLE quiz_results (
    id bigint PRIMARY KEY,
    student_id bigint NOT NULL,
    correct integer NOT NULL,
    total integer NOT NULL CHECK (total > 0)
);

CREATE VIEW quiz_scores AS
    SELECT id, student_id, round(correct * 100.0 / total, 2)::numeric(5,2) AS score_pct
    FROM quiz_results;
