DO $$
BEGIN
    ASSERT (SELECT count(*) FROM page_hits) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM pg_inherits WHERE inhparent = 'page_hits_url_idx'::regclass) = 2, 'partition indexes not attached';
END $$;
