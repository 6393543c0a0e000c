-- schemac rollback plan: 7 steps
-- hazards: deletes-data, rewrites-table, access-exclusive-lock, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public."café_日本語_idx"
DROP INDEX public."café_日本語_idx";

-- drop column public."café"."🚀 launch"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public."café" DROP COLUMN "🚀 launch";

-- drop column public."café"."Ärger"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public."café" DROP COLUMN "Ärger";

-- drop column public."café"."größe"
-- hazards: deletes-data, access-exclusive-lock
ALTER TABLE public."café" DROP COLUMN "größe";

-- drop type public."Stimmung"
DROP TYPE public."Stimmung";

-- alter column public."café"."日本語" (type text -> character varying(10))
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public."café" ALTER COLUMN "日本語" TYPE character varying(10);

-- remove comment on table public."café"
COMMENT ON TABLE public."café" IS NULL;

COMMIT;
