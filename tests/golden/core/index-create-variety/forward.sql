-- schemac forward plan: 6 steps
-- hazards: blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create index public.accounts_email_uidx
-- hazards: blocks-writes, long-scan, data-dependent
CREATE UNIQUE INDEX accounts_email_uidx ON public.accounts (email);

-- create index public.accounts_live_email_lower_uidx
-- hazards: blocks-writes, long-scan, data-dependent
CREATE UNIQUE INDEX accounts_live_email_lower_uidx ON public.accounts ((lower(email))) WHERE (deleted_at IS NULL);

-- create index public.accounts_email_lower_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX accounts_email_lower_idx ON public.accounts ((lower(email)));

-- create index public.accounts_tenant_score_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX accounts_tenant_score_idx ON public.accounts (tenant_id, score DESC, created_at);

-- create index public.accounts_tenant_created_incl_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX accounts_tenant_created_incl_idx ON public.accounts (tenant_id, created_at DESC) INCLUDE (display_name, score);

-- create index public.accounts_deleted_idx
-- hazards: blocks-writes, long-scan
CREATE INDEX accounts_deleted_idx ON public.accounts (deleted_at) WHERE (deleted_at IS NOT NULL);

COMMIT;
