-- schemac forward plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename constraint fk_classroom on public.enrollments to constraint enrollments_classroom_id_fkey on public.enrollments
ALTER TABLE public.enrollments RENAME CONSTRAINT fk_classroom TO enrollments_classroom_id_fkey;

-- rename constraint uq_student_class on public.enrollments to constraint enrollments_classroom_id_student_id_key on public.enrollments
ALTER TABLE public.enrollments RENAME CONSTRAINT uq_student_class TO enrollments_classroom_id_student_id_key;

-- rename constraint enrollments_pk on public.enrollments to constraint enrollments_pkey on public.enrollments
ALTER TABLE public.enrollments RENAME CONSTRAINT enrollments_pk TO enrollments_pkey;

COMMIT;
