-- schemac rollback plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.audit_log
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    happened_at timestamp with time zone DEFAULT now() NOT NULL,
    message text NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

COMMIT;
