DO $$
BEGIN
    ASSERT (SELECT count(*) FROM classroom_posts) = 2, 'rows lost';
    UPDATE classroom_posts SET body = 'Welcome back!' WHERE id = 1;
    ASSERT (SELECT edited FROM classroom_posts WHERE id = 1), 'BEFORE UPDATE trigger did not fire';
    ASSERT NOT (SELECT edited FROM classroom_posts WHERE id = 2), 'trigger fired on an untouched row';
    UPDATE classroom_posts SET body = 'Welcome!', edited = false WHERE id = 1;
END $$;
