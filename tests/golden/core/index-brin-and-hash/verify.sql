DO $$
BEGIN
    ASSERT (SELECT count(*) FROM metrics) = 2, 'rows lost';
    ASSERT (SELECT amname FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE c.relname = 'metrics_recorded_at_brin') = 'brin', 'brin index missing';
    ASSERT (SELECT amname FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE c.relname = 'metrics_device_token_hash') = 'hash', 'hash index missing';
END $$;
