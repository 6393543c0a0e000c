-- schemac forward plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename table public.pupils to table public.students
ALTER TABLE public.pupils RENAME TO students;

-- rename constraint pupils_email_key on public.students to constraint students_email_key on public.students
ALTER TABLE public.students RENAME CONSTRAINT pupils_email_key TO students_email_key;

-- rename constraint pupils_grade_check on public.students to constraint students_grade_check on public.students
ALTER TABLE public.students RENAME CONSTRAINT pupils_grade_check TO students_grade_check;

-- rename constraint pupils_pkey on public.students to constraint students_pkey on public.students
ALTER TABLE public.students RENAME CONSTRAINT pupils_pkey TO students_pkey;

-- rename sequence public.pupils_id_seq to sequence public.students_id_seq
ALTER SEQUENCE public.pupils_id_seq RENAME TO students_id_seq;

COMMIT;
