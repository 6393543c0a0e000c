DO $$
BEGIN
    INSERT INTO analytics.telemetry VALUES (1, '{}'), (2, '{}'), (3, '{}');
    ASSERT (SELECT count(*) FROM analytics.refresh_requests) = 1, 'trigger is still FOR EACH ROW';
    DELETE FROM analytics.telemetry;
    DELETE FROM analytics.refresh_requests;
END $$;
