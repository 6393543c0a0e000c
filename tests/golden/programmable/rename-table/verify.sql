DO $$
BEGIN
    ASSERT to_regclass('customers') IS NULL, 'old table still exists';
    ASSERT (SELECT count(*) FROM clients) = 3, 'rows lost: table was dropped and recreated instead of renamed';
    ASSERT (SELECT email FROM clients WHERE id = 3) = 'cy@example.com', 'data changed';
    ASSERT (SELECT count(*) FROM customer_emails) = 3, 'view broken';
    ASSERT has_table_privilege('app_reader', 'clients', 'SELECT'), 'grant lost';
END $$;
