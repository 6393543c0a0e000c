-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename constraint enrollments_classroom_id_fkey on public.enrollments to constraint fk_classroom on public.enrollments
ALTER TABLE public.enrollments RENAME CONSTRAINT enrollments_classroom_id_fkey TO fk_classroom;

-- rename constraint enrollments_classroom_id_student_id_key on public.enrollments to constraint uq_student_class on public.enrollments
ALTER TABLE public.enrollments RENAME CONSTRAINT enrollments_classroom_id_student_id_key TO uq_student_class;

-- rename constraint enrollments_pkey on public.enrollments to constraint enrollments_pk on public.enrollments
ALTER TABLE public.enrollments RENAME CONSTRAINT enrollments_pkey TO enrollments_pk;

COMMIT;
