DO $$
BEGIN
    ASSERT (SELECT count(*) FROM users) = 1, 'rows lost';
    ASSERT to_regclass('legacy_notes') IS NULL AND to_regclass('legacy_note_counts') IS NULL, 'objects left behind';
    ASSERT to_regprocedure('legacy_notes_touch()') IS NULL, 'trigger function left behind';
END $$;
