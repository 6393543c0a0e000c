DO $$
BEGIN
    ASSERT analytics.nps_score() = 25, 'nps_score wrong';
END $$;
