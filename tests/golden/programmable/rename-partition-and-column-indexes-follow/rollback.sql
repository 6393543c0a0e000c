-- schemac rollback plan: 12 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- rename table public.readings_y2025 to table public.readings_2025
ALTER TABLE public.readings_y2025 RENAME TO readings_2025;

-- rename column public.readings.value to column public.readings.reading
ALTER TABLE public.readings RENAME COLUMN value TO reading;

-- rename index public.readings_y2025_value_device_id_taken_on_key to index public.readings_2025_reading_device_id_taken_on_key
ALTER INDEX IF EXISTS public.readings_y2025_value_device_id_taken_on_key RENAME TO readings_2025_reading_device_id_taken_on_key;

-- rename index public.readings_y2025_pkey to index public.readings_2025_pkey
ALTER INDEX IF EXISTS public.readings_y2025_pkey RENAME TO readings_2025_pkey;

-- rename index public.readings_y2025_value_device_id_idx to index public.readings_2025_reading_device_id_idx
ALTER INDEX IF EXISTS public.readings_y2025_value_device_id_idx RENAME TO readings_2025_reading_device_id_idx;

-- rename index public.readings_y2025_lower_idx to index public.readings_2025_lower_idx
ALTER INDEX IF EXISTS public.readings_y2025_lower_idx RENAME TO readings_2025_lower_idx;

-- rename index public.readings_2026_value_device_id_taken_on_key to index public.readings_2026_reading_device_id_taken_on_key
ALTER INDEX IF EXISTS public.readings_2026_value_device_id_taken_on_key RENAME TO readings_2026_reading_device_id_taken_on_key;

-- rename index public.readings_2026_value_device_id_idx to index public.readings_2026_reading_device_id_idx
ALTER INDEX IF EXISTS public.readings_2026_value_device_id_idx RENAME TO readings_2026_reading_device_id_idx;

-- rename index public.readings_2026_h0_value_device_id_taken_on_key to index public.readings_2026_h0_reading_device_id_taken_on_key
ALTER INDEX IF EXISTS public.readings_2026_h0_value_device_id_taken_on_key RENAME TO readings_2026_h0_reading_device_id_taken_on_key;

-- rename index public.readings_2026_h0_value_device_id_idx to index public.readings_2026_h0_reading_device_id_idx
ALTER INDEX IF EXISTS public.readings_2026_h0_value_device_id_idx RENAME TO readings_2026_h0_reading_device_id_idx;

-- rename index public.readings_2026_h1_value_device_id_taken_on_key to index public.readings_2026_h1_reading_device_id_taken_on_key
ALTER INDEX IF EXISTS public.readings_2026_h1_value_device_id_taken_on_key RENAME TO readings_2026_h1_reading_device_id_taken_on_key;

-- rename index public.readings_2026_h1_value_device_id_idx to index public.readings_2026_h1_reading_device_id_idx
ALTER INDEX IF EXISTS public.readings_2026_h1_value_device_id_idx RENAME TO readings_2026_h1_reading_device_id_idx;

COMMIT;
