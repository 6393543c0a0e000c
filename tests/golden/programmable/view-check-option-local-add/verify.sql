DO $$
BEGIN
    ASSERT (SELECT count(*) FROM enrollments) = 2, 'rows lost';
    BEGIN
        INSERT INTO active_enrollments VALUES (3, 1, 102, 'withdrawn');
        RAISE EXCEPTION 'check option did not reject the row';
    EXCEPTION WHEN with_check_option_violation THEN
        NULL;
    END;
    ASSERT (SELECT count(*) FROM enrollments) = 2, 'rejected row was stored';
END $$;
