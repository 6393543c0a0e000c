-- schemac rollback plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename table public.students to table public.pupils
ALTER TABLE public.students RENAME TO pupils;

-- rename constraint students_email_key on public.pupils to constraint pupils_email_key on public.pupils
ALTER TABLE public.pupils RENAME CONSTRAINT students_email_key TO pupils_email_key;

-- rename constraint students_grade_check on public.pupils to constraint pupils_grade_check on public.pupils
ALTER TABLE public.pupils RENAME CONSTRAINT students_grade_check TO pupils_grade_check;

-- rename constraint students_pkey on public.pupils to constraint pupils_pkey on public.pupils
ALTER TABLE public.pupils RENAME CONSTRAINT students_pkey TO pupils_pkey;

-- rename sequence public.students_id_seq to sequence public.pupils_id_seq
ALTER SEQUENCE public.students_id_seq RENAME TO pupils_id_seq;

COMMIT;
