DO $$
BEGIN
    CALL analytics.rollup_day('2024-12-01');
    ASSERT (SELECT opens FROM analytics.daily_metrics WHERE day = '2024-12-01') = 2, 'rollup_day not replaced (upsert missing)';
    ASSERT to_regprocedure('analytics.reset_metrics()') IS NULL, 'old reset_metrics() still exists';
    ASSERT to_regprocedure('analytics.reset_metrics(date)') IS NOT NULL, 'new reset_metrics(date) missing';
    UPDATE analytics.daily_metrics SET opens = 1 WHERE day = '2024-12-01';
END $$;
