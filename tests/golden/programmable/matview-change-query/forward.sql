-- schemac forward plan: 6 steps
-- hazards: long-scan
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- drop materialized view public.user_engagement
DROP MATERIALIZED VIEW public.user_engagement;

-- create materialized view public.user_engagement
-- hazards: long-scan
CREATE MATERIALIZED VIEW public.user_engagement (user_id, events, chat_events, last_event_at) AS
SELECT engagement_events.user_id, count(*) AS events, count(*) FILTER (WHERE engagement_events.kind = 'chat') AS chat_events, max(engagement_events.occurred_at) AS last_event_at FROM engagement_events GROUP BY engagement_events.user_id;

-- create index public.user_engagement_user_id_idx
CREATE UNIQUE INDEX user_engagement_user_id_idx ON public.user_engagement (user_id);

-- create index public.user_engagement_last_event_at_idx
CREATE INDEX user_engagement_last_event_at_idx ON public.user_engagement (last_event_at);

-- privileges on TABLE public.user_engagement
GRANT SELECT ON TABLE public.user_engagement TO app_reader;

-- comment on materialized view public.user_engagement
COMMENT ON MATERIALIZED VIEW public.user_engagement IS 'Engagement per user';

COMMIT;
