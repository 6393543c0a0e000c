DO $$
BEGIN
    ASSERT (SELECT count(*) FROM readings) = 3, 'rows lost';
    ASSERT (SELECT value FROM readings WHERE device_id = 1) = 10.5, 'values lost: column dropped and added instead of renamed';
    ASSERT (SELECT count(*) FROM readings_y2025) = 1, 'partition rows lost';
    ASSERT to_regclass('public.readings_y2025_value_device_id_taken_on_key') IS NOT NULL, 'partition unique index not renamed';
    ASSERT to_regclass('public.readings_2026_h1_value_device_id_idx') IS NOT NULL, 'sub-partition index not renamed';
END $$;
