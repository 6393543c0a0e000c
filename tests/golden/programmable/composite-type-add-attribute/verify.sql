DO $$
BEGIN
    ASSERT (SELECT count(*) FROM schools) = 1, 'rows lost';
    ASSERT (SELECT (address).city FROM schools WHERE id = 1) = 'Springfield', 'attribute value lost';
    ASSERT (SELECT (address).country_code IS NULL FROM schools WHERE id = 1), 'new attribute should be NULL';
END $$;
