DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 2, 'rows lost';
    ASSERT (SELECT public.full_name(first_name, last_name) FROM users WHERE id = 1) = 'Ann Lee', 'wrong full name';
    ASSERT (SELECT public.full_name(first_name, last_name) FROM users WHERE id = 2) = 'Bob', 'wrong full name for NULL last name';
END $$;
