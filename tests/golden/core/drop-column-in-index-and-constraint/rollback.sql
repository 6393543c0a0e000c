-- schemac rollback plan: 5 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add column public.shipments.carrier
-- hazards: access-exclusive-lock, data-dependent
-- note: NOT NULL without a default fails if the table has rows
-- note: the forward migration deleted this column's data; recreating it does not bring the data back
ALTER TABLE public.shipments ADD COLUMN carrier text NOT NULL;

-- add column public.shipments.volume_l
-- hazards: access-exclusive-lock
-- note: the forward migration deleted this column's data; recreating it does not bring the data back
ALTER TABLE public.shipments ADD COLUMN volume_l numeric(8,3);

-- add constraint shipments_carrier_tracking_uq on public.shipments
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.shipments ADD CONSTRAINT shipments_carrier_tracking_uq UNIQUE (carrier, tracking_code);

-- add constraint shipments_density_check on public.shipments
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.shipments ADD CONSTRAINT shipments_density_check CHECK (weight_kg IS NULL OR volume_l IS NULL OR weight_kg < (volume_l * 20));

-- create index public.shipments_wh_carrier_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX shipments_wh_carrier_idx ON public.shipments (warehouse_id, carrier);

COMMIT;
