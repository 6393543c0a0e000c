DO $$
BEGIN
    ASSERT (SELECT count(*) FROM children) = 2, 'rows lost';
    ASSERT (SELECT typbasetype FROM pg_type WHERE typname = 'school_age') = 'child_age'::regtype, 'school_age is not over child_age';
    BEGIN
        INSERT INTO children VALUES (3, 18);
        RAISE EXCEPTION 'inherited check did not fire';
    EXCEPTION WHEN check_violation THEN
        NULL;
    END;
    BEGIN
        INSERT INTO children VALUES (3, 3);
        RAISE EXCEPTION 'own check did not fire';
    EXCEPTION WHEN check_violation THEN
        NULL;
    END;
END $$;
