DO $$
BEGIN
    ASSERT (SELECT count(*) FROM urls) = 2, 'rows lost';
    ASSERT (SELECT indexdef FROM pg_indexes WHERE indexname = 'urls_path_idx') LIKE '%text_pattern_ops%', 'opclass not applied';
END $$;
