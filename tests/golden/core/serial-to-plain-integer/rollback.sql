-- schemac rollback plan: 3 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create sequence public.legacy_orders_id_seq
-- note: the forward migration deleted this sequence's data; recreating it does not bring the data back
CREATE SEQUENCE public.legacy_orders_id_seq AS integer;

-- alter column public.legacy_orders.id (default)
ALTER TABLE public.legacy_orders ALTER COLUMN id SET DEFAULT nextval('legacy_orders_id_seq'::regclass);

-- set owner of sequence public.legacy_orders_id_seq to public.legacy_orders.id
ALTER SEQUENCE public.legacy_orders_id_seq OWNED BY public.legacy_orders.id;

COMMIT;
