-- schemac rollback plan: 3 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint staff_department_id_fkey on public.staff
ALTER TABLE public.staff DROP CONSTRAINT staff_department_id_fkey;

-- drop constraint departments_manager_fk on public.departments
ALTER TABLE public.departments DROP CONSTRAINT departments_manager_fk;

-- add constraint staff_department_id_fkey on public.staff
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public.staff ADD CONSTRAINT staff_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments (id);

COMMIT;
