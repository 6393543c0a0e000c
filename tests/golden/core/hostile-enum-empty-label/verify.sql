DO $$
BEGIN
    ASSERT (SELECT count(*) FROM replies) = 3, 'rows lost';
    ASSERT (SELECT enum_range(NULL::answer))::text = '{"",first,yes,maybe,no,later}', 'labels misplaced: ' || (SELECT enum_range(NULL::answer))::text;
END $$;
