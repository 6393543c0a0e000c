DO $$
BEGIN
    ASSERT (SELECT count(*) FROM devices) = 3, 'rows lost';
    ASSERT (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'devices_vendor_model_key') = 'UNIQUE NULLS NOT DISTINCT (vendor, model)', 'vendor/model not NULLS NOT DISTINCT';
    ASSERT (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'devices_serial_no_key') = 'UNIQUE NULLS NOT DISTINCT (serial_no)', 'serial_no unique missing';
END $$;
