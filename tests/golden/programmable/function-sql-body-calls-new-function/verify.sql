DO $$
BEGIN
    ASSERT to_regprocedure('utc_day(timestamptz)') IS NOT NULL, 'utc_day missing';
    ASSERT (SELECT prosrc FROM pg_proc WHERE oid = 'opens_on(date)'::regprocedure) LIKE '%utc_day(opened_at)%', 'opens_on not replaced';
    ASSERT opens_on('2024-12-01') = 1, 'opens_on wrong';
END $$;
