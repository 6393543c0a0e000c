DO $$
BEGIN
    ASSERT (SELECT count(*) FROM metrics) = 2, 'rows lost';
    ASSERT to_regclass('metric_averages') IS NULL, 'matview still exists';
END $$;
