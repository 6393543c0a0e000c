DO $$
BEGIN
    ASSERT (SELECT count(*) FROM nps_responses) = 3, 'rows lost';
    ASSERT (SELECT string_agg(nps_bucket(score), ',' ORDER BY id) FROM nps_responses) = 'promoter,passive,detractor', 'old body still in use';
END $$;
