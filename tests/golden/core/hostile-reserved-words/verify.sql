DO $$
BEGIN
    ASSERT (SELECT count(*) FROM "user") = 2, 'user rows lost';
    ASSERT (SELECT count(*) FROM "order") = 2, 'order rows lost';
    ASSERT (SELECT "group" FROM "order" WHERE id = 10) = 'a', 'group changed';
    ASSERT to_regclass('"select"') IS NOT NULL, 'table "select" missing';
    ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'order_user_fkey'), 'FK missing';
END $$;
