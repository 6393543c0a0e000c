DO $$
BEGIN
    ASSERT tag_dollar() = '$function$ and $function1$', 'body changed: ' || tag_dollar();
    ASSERT tag_suffix() = 'x', 'plpgsql body broken';
END $$;
