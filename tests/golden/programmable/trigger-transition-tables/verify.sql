DO $$
BEGIN
    ASSERT (SELECT count(*) FROM reading_progress) = 3, 'rows lost';
    UPDATE reading_progress SET pages_read = pages_read + 7 WHERE student_id = 1;
    ASSERT (SELECT sum(pages_delta) FROM reading_progress_history) = 14, 'transition-table trigger did not see both rows';
    INSERT INTO reading_progress VALUES (3, 3, 4);
    ASSERT (SELECT sum(pages_delta) FROM reading_progress_history) = 18, 'insert trigger did not fire';
    DELETE FROM reading_progress_history;
    DELETE FROM reading_progress WHERE student_id = 3;
    UPDATE reading_progress SET pages_read = pages_read - 7 WHERE student_id = 1;
    DELETE FROM reading_progress_history;
END $$;
