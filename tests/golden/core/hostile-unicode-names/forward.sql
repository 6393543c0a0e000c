-- schemac forward plan: 7 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- alter column public."café"."日本語" (type character varying(10) -> text)
-- hazards: access-exclusive-lock
ALTER TABLE public."café" ALTER COLUMN "日本語" TYPE text;

-- create type public."Stimmung"
CREATE TYPE public."Stimmung" AS ENUM ('fröhlich', 'müde', '😀');

-- add column public."café"."größe"
-- hazards: access-exclusive-lock
ALTER TABLE public."café" ADD COLUMN "größe" numeric(6,2);

-- add column public."café"."Ärger"
-- hazards: access-exclusive-lock
ALTER TABLE public."café" ADD COLUMN "Ärger" public."Stimmung";

-- add column public."café"."🚀 launch"
-- hazards: access-exclusive-lock
ALTER TABLE public."café" ADD COLUMN "🚀 launch" timestamp with time zone;

-- create index public."café_日本語_idx"
-- hazards: blocks-writes, long-scan
CREATE INDEX "café_日本語_idx" ON public."café" ("日本語");

-- comment on table public."café"
COMMENT ON TABLE public."café" IS 'Ça marche — 日本語 👍';

COMMIT;
