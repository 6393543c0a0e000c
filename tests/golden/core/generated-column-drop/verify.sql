DO $$
BEGIN
    ASSERT (SELECT count(*) FROM rectangles) = 2, 'rows lost';
    ASSERT (SELECT width * height FROM rectangles WHERE id = 2) = 20, 'base columns changed';
    ASSERT NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'rectangles' AND column_name = 'area'), 'area still present';
END $$;
