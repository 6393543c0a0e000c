-- schemac forward plan: 4 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- add constraint "check" on public."order"
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public."order" ADD CONSTRAINT "check" CHECK ("from" <= "to");

-- add constraint order_user_fkey on public."order"
-- hazards: blocks-writes, long-scan, data-dependent
ALTER TABLE public."order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public."user" (id);

-- create table public."select"
CREATE TABLE public."select" (
    "where" integer NOT NULL,
    "table" text,
    "limit" bigint,
    CONSTRAINT "primary" PRIMARY KEY ("where")
);

-- create index public.index
-- hazards: blocks-writes, long-scan
CREATE INDEX index ON public."order" ("group", "from" DESC);

COMMIT;
