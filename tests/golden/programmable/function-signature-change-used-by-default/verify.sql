DO $$
BEGIN
    ASSERT (SELECT count(*) FROM invoices) = 2, 'rows lost';
    ASSERT (SELECT code FROM invoices WHERE id = 2) = 'INV-000002', 'existing codes changed';
    INSERT INTO invoices (id, amount_cents) VALUES (3, 900);
    ASSERT (SELECT code FROM invoices WHERE id = 3) = 'INV-00000003', 'default does not use the new function';
    DELETE FROM invoices WHERE id = 3;
    ASSERT to_regprocedure('next_invoice_code(text)') IS NULL, 'old signature still exists';
END $$;
