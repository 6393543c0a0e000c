-- schemac rollback plan: 7 steps
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view public.student_reading_totals
DROP VIEW public.student_reading_totals;

-- drop view public.nonempty_reading_sessions
DROP VIEW public.nonempty_reading_sessions;

-- alter column public.reading_sessions.student_id (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.reading_sessions ALTER COLUMN student_id TYPE integer;

-- create view public.nonempty_reading_sessions
CREATE VIEW public.nonempty_reading_sessions (id, student_id, book_id, minutes) AS
SELECT reading_sessions.id, reading_sessions.student_id, reading_sessions.book_id, reading_sessions.minutes FROM reading_sessions WHERE reading_sessions.minutes > 0;

-- create view public.student_reading_totals
CREATE VIEW public.student_reading_totals (student_id, sessions, total_minutes) AS
SELECT nonempty_reading_sessions.student_id, count(*) AS sessions, sum(nonempty_reading_sessions.minutes) AS total_minutes FROM nonempty_reading_sessions GROUP BY nonempty_reading_sessions.student_id;

-- privileges on TABLE public.student_reading_totals
GRANT SELECT ON TABLE public.student_reading_totals TO app_reader;

-- comment on view public.student_reading_totals
COMMENT ON VIEW public.student_reading_totals IS 'Minutes read per student';

COMMIT;
