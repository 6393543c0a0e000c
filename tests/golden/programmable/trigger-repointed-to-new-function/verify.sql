DO $$
BEGIN
    ASSERT (SELECT slug FROM calendar_days WHERE id = 1) = 'snow day', 'existing row rewritten';
    INSERT INTO calendar_days (id, title) VALUES (2, 'Hot Cocoa!');
    ASSERT (SELECT slug FROM calendar_days WHERE id = 2) = 'hot-cocoa', 'trigger does not use set_slug_v2';
    DELETE FROM calendar_days WHERE id = 2;
    ASSERT to_regprocedure('set_slug_v1()') IS NULL, 'old function not dropped';
END $$;
