-- schemac forward plan: 4 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop view classroom.assignments_due_soon
DROP VIEW classroom.assignments_due_soon;

-- drop view classroom.published_assignments
DROP VIEW classroom.published_assignments;

-- create view classroom.published_assignments
CREATE VIEW classroom.published_assignments (id, classroom_id, title, due_at) AS
SELECT assignments.id, assignments.classroom_id, assignments.title, assignments.due_at FROM classroom.assignments WHERE assignments.published;

-- create view classroom.assignments_due_soon
CREATE VIEW classroom.assignments_due_soon (id, classroom_id, title, due_at) AS
SELECT pa.id, pa.classroom_id, pa.title, pa.due_at FROM classroom.published_assignments pa WHERE pa.due_at IS NOT NULL;

COMMIT;
