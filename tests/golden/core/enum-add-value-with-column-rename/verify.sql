DO $$
BEGIN
    ASSERT (SELECT string_agg(id || ':' || current_mood, ',' ORDER BY id) FROM check_ins) = '1:ok,2:bad', 'rows lost';
END $$;
