DO $$
BEGIN
    ASSERT (SELECT count(*) FROM calendar_days) = 2, 'rows lost';
    ASSERT (SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'calendar_days'::regclass AND attname = 'day') = 'day_number', 'column not using the domain';
    BEGIN
        INSERT INTO calendar_days VALUES (2, 25, 'Too late');
        RAISE EXCEPTION 'day 25 accepted';
    EXCEPTION WHEN check_violation THEN
        NULL;
    END;
END $$;
