DO $$
DECLARE
    before_update timestamptz;
BEGIN
    ASSERT (SELECT count(*) FROM calendar.child_profiles) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM calendar.child_profiles WHERE updated_at IS NOT NULL) = 2, 'updated_at not filled';
    SELECT updated_at INTO before_update FROM calendar.child_profiles WHERE id = 1;
    UPDATE calendar.child_profiles SET avatar_url = 'https://cdn.example.com/mia.png' WHERE id = 1;
    ASSERT (SELECT updated_at FROM calendar.child_profiles WHERE id = 1) > before_update, 'trigger did not bump updated_at';
    ASSERT (SELECT first_name FROM calendar.child_profiles WHERE id = 2) = 'Leo', 'data changed';
END $$;
