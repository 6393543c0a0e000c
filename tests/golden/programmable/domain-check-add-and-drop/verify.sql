DO $$
BEGIN
    ASSERT (SELECT count(*) FROM accounts) = 2, 'rows lost';
    ASSERT (SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint WHERE contypid = 'username'::regtype) = 'username_max_length,username_not_blank', 'wrong domain constraints';
    INSERT INTO accounts VALUES (3, 'tmp_ok_now');
    DELETE FROM accounts WHERE id = 3;
END $$;
