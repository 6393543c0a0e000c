-- schemac rollback plan: 2 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.quiz_scores
DROP VIEW public.quiz_scores;

-- create view public.quiz_scores
CREATE VIEW public.quiz_scores (id, student_id, score_pct) AS
SELECT quiz_results.id, quiz_results.student_id, (quiz_results.correct * 100) / quiz_results.total AS score_pct FROM quiz_results;

COMMIT;
