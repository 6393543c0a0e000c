-- schemac rollback plan: 3 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create type public.shirt_size
CREATE TYPE public.shirt_size AS ENUM ('S', 'M', 'L', 'XL');

-- add column public.shirts.size
-- hazards: access-exclusive-lock
-- note: the forward migration deleted this column's data; recreating it does not bring the data back
ALTER TABLE public.shirts ADD COLUMN size public.shirt_size DEFAULT 'M' NOT NULL;

-- create index public.shirts_size_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX shirts_size_idx ON public.shirts (size);

COMMIT;
