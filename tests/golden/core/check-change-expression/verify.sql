DO $$
BEGIN
    ASSERT (SELECT count(*) FROM reviews) = 3, 'rows lost';
    ASSERT (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'reviews_rating_check') = 'CHECK (((rating >= 1) AND (rating <= 10)))', 'rating check not changed';
END $$;
