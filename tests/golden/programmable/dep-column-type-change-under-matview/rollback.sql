-- schemac rollback plan: 5 steps
-- hazards: rewrites-table, access-exclusive-lock, long-scan, data-dependent
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop materialized view public.classroom_view_time
DROP MATERIALIZED VIEW public.classroom_view_time;

-- alter column public.page_views.duration_ms (type bigint -> integer)
-- hazards: rewrites-table, access-exclusive-lock, data-dependent
ALTER TABLE public.page_views ALTER COLUMN duration_ms TYPE integer;

-- create materialized view public.classroom_view_time
-- hazards: long-scan
CREATE MATERIALIZED VIEW public.classroom_view_time (classroom_id, total_ms) AS
SELECT page_views.classroom_id, sum(page_views.duration_ms) AS total_ms FROM page_views GROUP BY page_views.classroom_id;

-- create index public.classroom_view_time_classroom_id_idx
CREATE UNIQUE INDEX classroom_view_time_classroom_id_idx ON public.classroom_view_time (classroom_id);

-- privileges on TABLE public.classroom_view_time
GRANT SELECT ON TABLE public.classroom_view_time TO app_reader;

COMMIT;
