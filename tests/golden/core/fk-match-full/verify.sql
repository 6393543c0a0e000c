DO $$
BEGIN
    ASSERT (SELECT count(*) FROM stores) = 2, 'rows lost';
    ASSERT (SELECT confmatchtype FROM pg_constraint WHERE conname = 'stores_country_region_code_fkey') = 'f', 'FK not MATCH FULL';
END $$;
