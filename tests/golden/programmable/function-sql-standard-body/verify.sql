DO $$
BEGIN
    ASSERT (SELECT count(*) FROM surprises s WHERE is_revealed(s)) = 1, 'is_revealed not replaced';
    ASSERT reveal_day(1, 2::smallint) = 3, 'reveal_day broken';
    ASSERT EXISTS (SELECT 1 FROM pg_depend WHERE classid = 'pg_proc'::regclass AND objid = 'reveal_day(bigint, smallint)'::regprocedure AND refobjid = 'surprises'::regclass), 'BEGIN ATOMIC body should depend on the table';
END $$;
