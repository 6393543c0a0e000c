DO $$
BEGIN
    ASSERT (SELECT count(*) FROM playlist_items) = 3, 'rows lost';
    ASSERT (SELECT condeferrable AND condeferred FROM pg_constraint WHERE conname = 'playlist_items_position_key'), 'constraint not deferrable initially deferred';
END $$;
