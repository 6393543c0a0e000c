DO $$
BEGIN
    ASSERT (SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint WHERE contypid = 'users.email_address'::regtype) = 'email_address_check,email_address_has_at', 'implicit domain check name wrong';
    ASSERT (SELECT typnotnull FROM pg_type WHERE oid = 'percentage'::regtype), 'NOT NULL missing';
    ASSERT 'ann@example.com'::users.email_address = 'ann@example.com', 'cast broken';
    BEGIN
        PERFORM 'no-at-sign'::users.email_address;
        RAISE EXCEPTION 'domain check did not fire';
    EXCEPTION WHEN check_violation THEN
        NULL;
    END;
END $$;
