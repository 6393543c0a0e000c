-- schemac forward plan: 5 steps
-- hazards: deletes-data, access-exclusive-lock
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.shipments_wh_carrier_idx
DROP INDEX public.shipments_wh_carrier_idx;

-- drop constraint shipments_density_check on public.shipments
ALTER TABLE public.shipments DROP CONSTRAINT shipments_density_check;

-- drop constraint shipments_carrier_tracking_uq on public.shipments
ALTER TABLE public.shipments DROP CONSTRAINT shipments_carrier_tracking_uq;

-- drop column public.shipments.volume_l
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.shipments DROP COLUMN volume_l;

-- drop column public.shipments.carrier
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public.shipments DROP COLUMN carrier;

COMMIT;
