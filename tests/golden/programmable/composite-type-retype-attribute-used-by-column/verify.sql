DO $$
BEGIN
    ASSERT (SELECT count(*) FROM schools) = 2, 'rows lost';
    ASSERT (SELECT (location).lat FROM schools WHERE id = 1) = 52.5, 'lat changed';
    ASSERT (SELECT (location).lon FROM schools WHERE id = 1) = 13.25, 'lon changed';
    ASSERT (SELECT location IS NULL FROM schools WHERE id = 2), 'NULL changed';
    ASSERT pg_typeof((SELECT (location).lat FROM schools WHERE id = 1))::text = 'double precision', 'attribute not retyped';
END $$;
