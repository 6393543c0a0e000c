DO $$
BEGIN
    ASSERT (SELECT count(*) FROM invoice_lines) = 3, 'rows lost';
    ASSERT (SELECT unit_price FROM invoice_lines WHERE id = 1) = 19.99, 'value changed';
    ASSERT (SELECT unit_price::text FROM invoice_lines WHERE id = 2) = '12345678.9000', 'scale is not 4';
    ASSERT (SELECT numeric_precision FROM information_schema.columns
            WHERE table_name = 'invoice_lines' AND column_name = 'unit_price') = 12, 'precision is not 12';
END $$;
