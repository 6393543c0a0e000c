DO $$
BEGIN
    ASSERT (combine_stats(ROW(1, 2000000000, 5)::reading_stats, ROW(1, 2000000000, 5)::reading_stats)).pages = 4000000000, 'pages is not bigint';
END $$;
