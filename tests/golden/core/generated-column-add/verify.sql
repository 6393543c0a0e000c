DO $$
BEGIN
    ASSERT (SELECT count(*) FROM order_lines) = 2, 'rows lost';
    ASSERT (SELECT line_total FROM order_lines WHERE id = 1) = 10.00, 'line_total not computed';
    ASSERT (SELECT line_total FROM order_lines WHERE id = 2) = 4.50, 'line_total not computed';
END $$;
