-- schemac forward plan: 3 steps
-- hazards: access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop constraint devices_vendor_model_key on public.devices
ALTER TABLE public.devices DROP CONSTRAINT devices_vendor_model_key;

-- add constraint devices_serial_no_key on public.devices
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.devices ADD CONSTRAINT devices_serial_no_key UNIQUE NULLS NOT DISTINCT (serial_no);

-- add constraint devices_vendor_model_key on public.devices
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.devices ADD CONSTRAINT devices_vendor_model_key UNIQUE NULLS NOT DISTINCT (vendor, model);

COMMIT;
