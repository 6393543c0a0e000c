DO $$
BEGIN
    ASSERT (SELECT count(*) FROM calendar.day_opens) = 2, 'rows lost';
    ASSERT to_regprocedure('calendar.is_advent(date)') IS NULL, 'old signature still exists';
    ASSERT EXISTS (SELECT 1 FROM pg_depend WHERE classid = 'pg_trigger'::regclass AND refobjid = 'calendar.is_advent(date, integer)'::regprocedure), 'trigger not bound to the new function';
    ASSERT EXISTS (SELECT 1 FROM pg_depend WHERE classid = 'pg_attrdef'::regclass AND refobjid = 'calendar.is_advent(date, integer)'::regprocedure), 'default not bound to the new function';
    INSERT INTO calendar.day_opens (id, opened_on) VALUES (3, '2024-12-25'), (4, '2024-12-02');
    ASSERT (SELECT string_agg(late::text, ',' ORDER BY id) FROM calendar.day_opens WHERE id IN (3, 4)) = 'true,false', 'trigger lost';
    DELETE FROM calendar.day_opens WHERE id IN (3, 4);
END $$;
