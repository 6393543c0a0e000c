DO $$
BEGIN
    ASSERT (SELECT count(*) FROM legacy_imports) = 3, 'rows lost';
    ASSERT (SELECT pg_typeof(amount)::text FROM legacy_imports LIMIT 1) = 'integer', 'amount is not integer';
    ASSERT (SELECT amount FROM legacy_imports WHERE id = 1) = 123, 'amount 123 not converted';
    ASSERT (SELECT amount FROM legacy_imports WHERE id = 2) = -7, 'amount -7 not converted';
    ASSERT (SELECT amount IS NULL FROM legacy_imports WHERE id = 3), 'NULL not kept';
END $$;
