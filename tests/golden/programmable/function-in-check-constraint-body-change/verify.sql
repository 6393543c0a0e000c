DO $$
BEGIN
    ASSERT (SELECT count(*) FROM classrooms) = 2, 'rows lost';
    BEGIN
        INSERT INTO classrooms VALUES (3, 'Room C', 11);
        RAISE EXCEPTION 'grade 11 accepted: old function body still in use';
    EXCEPTION WHEN check_violation THEN
        NULL;
    END;
END $$;
