-- schemac rollback plan: 4 steps
-- hazards: access-exclusive-lock, blocks-writes, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop index public.subscribers_email_key
DROP INDEX public.subscribers_email_key;

-- drop constraint subscribers_list_email_idx on public.subscribers
ALTER TABLE public.subscribers DROP CONSTRAINT subscribers_list_email_idx;

-- add constraint subscribers_email_key on public.subscribers
-- hazards: access-exclusive-lock, long-scan, data-dependent
ALTER TABLE public.subscribers ADD CONSTRAINT subscribers_email_key UNIQUE (email);

-- create index public.subscribers_list_email_idx
-- hazards: blocks-writes, long-scan, data-dependent
CREATE UNIQUE INDEX subscribers_list_email_idx ON public.subscribers (list_id, email);

COMMIT;
