DO $$
BEGIN
    ASSERT (SELECT tgdeferrable AND NOT tginitdeferred FROM pg_trigger WHERE tgname = 'orders_total_matches'), 'not INITIALLY IMMEDIATE';
END $$;
