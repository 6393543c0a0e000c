DO $$
BEGIN
    ASSERT (SELECT count(*) FROM people) = 2, 'rows lost';
    ASSERT (SELECT display_name FROM people WHERE id = 1) = 'LOVELACE, Ada', 'display_name not recomputed';
    ASSERT (SELECT display_name FROM people WHERE id = 2) = 'TURING, Alan', 'display_name not recomputed';
END $$;
