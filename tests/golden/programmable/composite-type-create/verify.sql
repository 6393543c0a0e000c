DO $$
BEGIN
    ASSERT (SELECT count(*) FROM orders) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM orders WHERE refund IS NULL) = 2, 'new column not NULL';
    UPDATE orders SET refund = ROW(250, 'EUR') WHERE id = 1;
    ASSERT (SELECT money_format(money_add(refund, ROW(100, 'EUR')::money_amount)) FROM orders WHERE id = 1) = '3.50 EUR', 'functions broken';
    UPDATE orders SET refund = NULL;
END $$;
