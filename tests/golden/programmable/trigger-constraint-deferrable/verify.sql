DO $$
BEGIN
    ASSERT (SELECT tgdeferrable AND tginitdeferred FROM pg_trigger WHERE tgname = 'classrooms_require_teacher'), 'not deferrable initially deferred';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'classrooms_require_teacher' AND contype = 't'), 'no pg_constraint row for the constraint trigger';
    -- deferred: the classroom may come before its teacher inside one transaction
    INSERT INTO classrooms VALUES (1, 'Room A');
    INSERT INTO classroom_teachers VALUES (1, 7);
    SET CONSTRAINTS classrooms_require_teacher IMMEDIATE;  -- fires the pending check, which passes
    BEGIN
        INSERT INTO classrooms VALUES (2, 'Room B');
        RAISE EXCEPTION 'classroom without teacher accepted';
    EXCEPTION WHEN integrity_constraint_violation THEN
        NULL;
    END;
    DELETE FROM classrooms;
END $$;
