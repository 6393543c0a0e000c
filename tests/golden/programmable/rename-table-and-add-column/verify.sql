DO $$
BEGIN
    ASSERT to_regclass('calendar.gifts') IS NULL, 'old table still exists';
    ASSERT (SELECT count(*) FROM calendar.surprises) = 2, 'rows lost';
    ASSERT (SELECT headline FROM calendar.surprises WHERE id = 2) = 'Mittens', 'title values lost';
    ASSERT (SELECT count(*) FROM calendar.surprises WHERE revealed_at IS NULL) = 2, 'new column not NULL';
END $$;
