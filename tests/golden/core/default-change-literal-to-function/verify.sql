DO $$
BEGIN
    ASSERT (SELECT count(*) FROM api_keys) = 2, 'rows lost';
    ASSERT (SELECT count(*) FROM api_keys WHERE key_id = '00000000-0000-0000-0000-000000000000' AND label = 'unnamed' AND issued_on = '2000-01-01') = 2, 'existing values changed';
    ASSERT (SELECT column_default FROM information_schema.columns WHERE table_name = 'api_keys' AND column_name = 'key_id') = 'gen_random_uuid()', 'key_id default not changed';
END $$;
