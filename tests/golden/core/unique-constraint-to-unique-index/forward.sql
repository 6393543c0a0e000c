-- schemac forward plan: 4 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.subscribers_list_email_idx
DROP INDEX public.subscribers_list_email_idx;

-- drop constraint subscribers_email_key on public.subscribers
ALTER TABLE public.subscribers DROP CONSTRAINT subscribers_email_key;

-- add constraint subscribers_list_email_idx on public.subscribers
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.subscribers ADD CONSTRAINT subscribers_list_email_idx UNIQUE (list_id, email);

-- create index public.subscribers_email_key
-- hazards: blocks-writes, long-scan, data-dependent
CREATE UNIQUE INDEX subscribers_email_key ON public.subscribers (email);

COMMIT;
