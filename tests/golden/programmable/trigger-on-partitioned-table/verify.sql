DO $$
BEGIN
    INSERT INTO analytics.events (id, occurred_at, name) VALUES (1, '2024-06-01 00:00:00+00', 'Day Opened'), (2, '2025-06-01 00:00:00+00', 'Chat Started');
    ASSERT (SELECT string_agg(name_normalized, ',' ORDER BY id) FROM analytics.events) = 'day_opened,chat_started', 'trigger did not fire on both partitions';
    ASSERT (SELECT count(*) FROM pg_trigger WHERE tgname = 'events_normalize_name') = 3, 'expected the parent trigger plus one clone per partition';
    ASSERT (SELECT count(*) FROM pg_trigger WHERE tgname = 'events_normalize_name' AND tgparentid <> 0) = 2, 'clones should have tgparentid set';
    DELETE FROM analytics.events;
END $$;
