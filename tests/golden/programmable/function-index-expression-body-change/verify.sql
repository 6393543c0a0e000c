DO $$
BEGIN
    ASSERT (SELECT count(*) FROM vocabulary_words) = 202, 'rows lost';
    PERFORM set_config('enable_seqscan', 'off', true);
    ASSERT (SELECT count(*) FROM vocabulary_words WHERE word_key(word) = 'icecream') = 1, 'index not rebuilt: stale key for Ice-Cream';
    ASSERT (SELECT count(*) FROM vocabulary_words WHERE word_key(word) = 'snowman') = 1, 'index not rebuilt: stale key for snow-man';
    PERFORM set_config('enable_seqscan', 'on', true);
END $$;
