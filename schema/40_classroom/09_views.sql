-- Views of the classroom domain.

-- Class roster with classmates' display names. Students cannot read other accounts, so this
-- view runs with its owner's rights and filters to the classes the caller belongs to;
-- security_barrier keeps user-supplied predicates from being evaluated before that filter.
CREATE VIEW classroom.class_roster
    WITH (security_barrier = true)
AS
SELECT e.classroom_id,
       e.student_id,
       a.display_name,
       e.status,
       e.enrolled_at
  FROM classroom.class_enrollment AS e
  JOIN users.account AS a ON a.id = e.student_id
 WHERE e.status = 'active'
   AND classroom.is_class_member(e.classroom_id);

COMMENT ON VIEW classroom.class_roster IS 'Active students of the classes the caller belongs to, with display names only (definer-rights view, security_barrier).';

CREATE VIEW classroom.assignment_overview
    WITH (security_invoker = true)
AS
SELECT a.id AS assignment_id,
       a.classroom_id,
       a.title,
       a.assignment_type,
       a.status,
       a.due_at,
       a.max_points,
       count(s.id) FILTER (WHERE s.status <> 'in_progress') AS submitted,
       count(s.id) FILTER (WHERE s.status = 'graded') AS graded,
       count(s.id) FILTER (WHERE s.is_late) AS late,
       round(avg(s.score), 2) AS avg_score
  FROM classroom.assignment AS a
  LEFT JOIN classroom.assignment_submission AS s ON s.assignment_id = a.id
 GROUP BY a.id;

COMMENT ON VIEW classroom.assignment_overview IS 'Submission and grading progress per assignment (teacher dashboard); the caller''s RLS applies.';

CREATE VIEW classroom.reader_stats
    WITH (security_invoker = true)
AS
SELECT p.account_id AS user_id,
       p.books_completed,
       p.total_reading_seconds / 60 AS total_reading_minutes,
       p.current_streak,
       p.longest_streak,
       p.last_reading_date,
       (SELECT count(*) FROM classroom.reading_progress AS rp
         WHERE rp.user_id = p.account_id AND rp.completed_at IS NULL) AS books_in_progress,
       (SELECT count(*) FROM classroom.vocabulary_word AS v
         WHERE v.user_id = p.account_id AND v.mastery >= 80) AS words_mastered
  FROM classroom.learner_profile AS p;

COMMENT ON VIEW classroom.reader_stats IS 'Reading statistics per learner (own row, or students of the caller''s classes).';
