-- Reporting views of the analytics domain.

-- Daily per-calendar rollup for dashboards. Materialized because it scans the event tables;
-- refreshed by the service (REFRESH MATERIALIZED VIEW CONCURRENTLY, which needs the unique
-- index below). Not subject to row-level security: granted to staff roles only.
CREATE MATERIALIZED VIEW analytics.calendar_daily_stats AS
SELECT s.calendar_id,
       s.day,
       sum(s.views)::integer     AS views,
       sum(s.shares)::integer    AS shares,
       sum(s.publishes)::integer AS publishes,
       sum(s.opens)::integer     AS day_opens
  FROM (SELECT ca.calendar_id,
               (ca.occurred_at AT TIME ZONE 'UTC')::date AS day,
               count(*) FILTER (WHERE ca.event_type = 'view')    AS views,
               count(*) FILTER (WHERE ca.event_type = 'share')   AS shares,
               count(*) FILTER (WHERE ca.event_type = 'publish') AS publishes,
               0::bigint                                          AS opens
          FROM analytics.calendar_analytics AS ca
         GROUP BY ca.calendar_id, (ca.occurred_at AT TIME ZONE 'UTC')::date
        UNION ALL
        SELECT da.calendar_id,
               (da.opened_at AT TIME ZONE 'UTC')::date,
               0, 0, 0,
               count(*)
          FROM analytics.day_analytics AS da
         GROUP BY da.calendar_id, (da.opened_at AT TIME ZONE 'UTC')::date) AS s
 GROUP BY s.calendar_id, s.day
WITH DATA;

CREATE UNIQUE INDEX calendar_daily_stats_key ON analytics.calendar_daily_stats (calendar_id, day);

CREATE INDEX calendar_daily_stats_day_idx ON analytics.calendar_daily_stats (day);

COMMENT ON MATERIALIZED VIEW analytics.calendar_daily_stats IS 'Views, shares, publishes and day opens per calendar and UTC day.';

-- Per-calendar totals for the parent's dashboard: security_invoker, so a parent sees only
-- their own calendars' numbers.
CREATE VIEW analytics.calendar_summary
    WITH (security_invoker = true)
AS
SELECT c.id AS calendar_id,
       c.account_id,
       c.title,
       (SELECT count(*) FROM analytics.calendar_analytics AS ca
         WHERE ca.calendar_id = c.id AND ca.event_type = 'view') AS views,
       (SELECT count(*) FROM analytics.calendar_analytics AS ca
         WHERE ca.calendar_id = c.id AND ca.event_type = 'share') AS shares,
       (SELECT max(ca.occurred_at) FROM analytics.calendar_analytics AS ca
         WHERE ca.calendar_id = c.id AND ca.event_type = 'view') AS last_viewed_at,
       (SELECT count(*) FROM analytics.day_analytics AS da
         WHERE da.calendar_id = c.id) AS day_opens,
       (SELECT round(avg(da.seconds_after_unlock) / 3600.0, 1) FROM analytics.day_analytics AS da
         WHERE da.calendar_id = c.id) AS avg_hours_to_open
  FROM calendar.advent_calendar AS c;

COMMENT ON VIEW analytics.calendar_summary IS 'Totals per calendar (views, shares, day opens, average hours from unlock to open); RLS of the caller applies.';

CREATE VIEW analytics.nps_monthly AS
SELECT date_trunc('month', n.submitted_at AT TIME ZONE 'UTC')::date AS month,
       n.survey,
       count(*) AS responses,
       count(*) FILTER (WHERE n.category = 'promoter') AS promoters,
       count(*) FILTER (WHERE n.category = 'passive') AS passives,
       count(*) FILTER (WHERE n.category = 'detractor') AS detractors,
       round(100.0 * (count(*) FILTER (WHERE n.category = 'promoter') - count(*) FILTER (WHERE n.category = 'detractor'))
             / count(*), 1) AS nps
  FROM analytics.nps_submission AS n
 GROUP BY 1, 2;

COMMENT ON VIEW analytics.nps_monthly IS 'Net Promoter Score per month and survey: % promoters - % detractors. Aggregate only, for staff roles.';

CREATE VIEW analytics.daily_active_accounts AS
SELECT (t.occurred_at AT TIME ZONE 'UTC')::date AS day,
       t.source,
       count(DISTINCT t.account_id) AS active_accounts,
       count(*) AS events
  FROM analytics.telemetry_event AS t
 WHERE t.account_id IS NOT NULL
 GROUP BY 1, 2;

COMMENT ON VIEW analytics.daily_active_accounts IS 'Distinct active accounts and event volume per UTC day and telemetry source.';
