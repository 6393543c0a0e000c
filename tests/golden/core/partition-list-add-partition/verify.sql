DO $$
BEGIN
    ASSERT (SELECT count(*) FROM tickets) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM tickets_sales) = 1, 'rows moved';
    ASSERT to_regclass('tickets_billing') IS NOT NULL, 'new partition missing';
END $$;
