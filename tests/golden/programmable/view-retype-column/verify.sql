DO $$
BEGIN
    ASSERT (SELECT count(*) FROM quiz_results) = 2, 'rows lost';
    ASSERT (SELECT score_pct FROM quiz_scores WHERE id = 1) = 66.67, 'score_pct not numeric(5,2)';
    ASSERT (SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'quiz_scores'::regclass AND attname = 'score_pct') = 'numeric(5,2)', 'wrong view column type';
END $$;
