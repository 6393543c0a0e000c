-- analytics domain: calendar/day/chat analytics derived from the calendar data, engagement
-- derived from all activity, NPS answers, metrics samples, telemetry across all monthly
-- partitions (plus a few rows in the DEFAULT partition) and explicit audit entries.

-- Views, shares and publish/lock events of the published and archived calendars.
INSERT INTO analytics.calendar_analytics
    (id, calendar_id, account_id, event_type, share_channel, device, country_code, referrer_host, occurred_at)
SELECT pg_temp.uid('calevent', row_number() OVER (ORDER BY c.id, e)), c.id,
       CASE WHEN typ = 'view' AND e % 3 <> 0 THEN NULL ELSE c.account_id END,
       typ::analytics.calendar_event_type,
       CASE WHEN typ = 'share' THEN (ARRAY['link','email','whatsapp','sms','social'])[1 + e % 5]::analytics.share_channel END,
       (ARRAY['mobile','mobile','desktop','tablet','tv'])[1 + (e * 7) % 5]::analytics.device_type,
       (ARRAY['US','DE','BR','FR','GB','ES', NULL])[1 + (e * 3) % 7],
       CASE WHEN typ = 'view' AND e % 4 = 0 THEN (ARRAY['wa.me','mail.google.com','facebook.com'])[1 + e % 3] END,
       CASE WHEN typ = 'publish' THEN c.published_at
            WHEN typ = 'lock' THEN c.locked_at
            ELSE c.published_at + pg_temp.ri('cev' || c.id || e, 60, 40 * 24 * 60) * interval '1 minute' END
  FROM calendar.advent_calendar AS c
  CROSS JOIN generate_series(1, 36) AS e
  CROSS JOIN LATERAL (SELECT CASE WHEN e = 1 THEN 'publish' WHEN e = 2 THEN 'lock'
                                  WHEN e % 6 = 0 THEN 'share' ELSE 'view' END AS typ) AS x
 WHERE c.status <> 'draft'
   AND (typ <> 'lock' OR c.is_locked);

-- One open event per opened day, with timing.
INSERT INTO analytics.day_analytics
    (id, calendar_day_id, calendar_id, account_id, opened_at, seconds_after_unlock, view_duration_ms, device)
SELECT pg_temp.uid('dayevent', row_number() OVER (ORDER BY d.id)), d.id, d.calendar_id, c.account_id, d.opened_at,
       greatest(0, extract(epoch FROM d.opened_at - d.unlock_date::timestamp AT TIME ZONE 'UTC'))::integer,
       pg_temp.ri('vdm' || d.id, 4000, 180000),
       (ARRAY['mobile','tablet','desktop','tv'])[1 + pg_temp.ri('ddv' || d.id, 0, 3)]::analytics.device_type
  FROM calendar.calendar_day AS d
  JOIN calendar.advent_calendar AS c ON c.id = d.calendar_id
 WHERE d.opened_at IS NOT NULL;

-- One analytics row per chat session, aggregated from its messages.
INSERT INTO analytics.chat_analytics
    (id, chat_session_id, account_id, child_profile_id, started_at, ended_at, duration_seconds, message_count,
     child_message_count, assistant_message_count, moderated_message_count, avg_response_ms, end_reason,
     engagement_score, created_at, updated_at)
SELECT pg_temp.uid('chatstat', row_number() OVER (ORDER BY s.id)), s.id, s.account_id, s.child_profile_id,
       s.started_at, s.ended_at,
       CASE WHEN s.ended_at IS NOT NULL THEN extract(epoch FROM s.ended_at - s.started_at)::integer END,
       m.total, m.child, m.assistant, m.moderated, m.avg_latency,
       CASE s.status WHEN 'ended' THEN 'user_left' WHEN 'expired' THEN 'timeout' END::analytics.chat_end_reason,
       least(100, round(m.child * 6.5 + 10, 2)),
       s.started_at, coalesce(s.ended_at, s.started_at)
  FROM calendar.chat_session AS s
  CROSS JOIN LATERAL (SELECT count(*) AS total,
                             count(*) FILTER (WHERE cm.sender = 'child') AS child,
                             count(*) FILTER (WHERE cm.sender = 'assistant') AS assistant,
                             count(*) FILTER (WHERE cm.moderation <> 'clean') AS moderated,
                             avg(cm.latency_ms)::integer AS avg_latency
                        FROM calendar.chat_message AS cm
                       WHERE cm.session_id = s.id) AS m;

-- Engagement from every kind of activity: successful logins, companion conversations, chat
-- sessions and reading sessions. Streaks are runs of consecutive active days.
WITH activity AS (
    SELECT account_id, (attempted_at AT TIME ZONE 'UTC')::date AS day, 1 AS sessions
      FROM users.login_attempt WHERE succeeded AND account_id IS NOT NULL
    UNION ALL
    SELECT user_id, (started_at AT TIME ZONE 'UTC')::date, 1 FROM users.user_conversations
    UNION ALL
    SELECT account_id, (started_at AT TIME ZONE 'UTC')::date, 1 FROM calendar.chat_session
    UNION ALL
    SELECT user_id, (started_at AT TIME ZONE 'UTC')::date, 1 FROM classroom.reading_session
), days AS (
    SELECT account_id, day, sum(sessions) AS sessions FROM activity GROUP BY account_id, day
), islands AS (
    SELECT account_id, day, sessions, day - (row_number() OVER (PARTITION BY account_id ORDER BY day))::integer AS grp
      FROM days
), runs AS (
    SELECT account_id, grp, count(*) AS len, max(day) AS last_day FROM islands GROUP BY account_id, grp
), agg AS (
    SELECT d.account_id, min(d.day) AS first_day, max(d.day) AS last_day, count(*) AS active_days, sum(d.sessions) AS sessions,
           (SELECT max(r.len) FROM runs AS r WHERE r.account_id = d.account_id) AS longest,
           (SELECT r.len FROM runs AS r WHERE r.account_id = d.account_id ORDER BY r.last_day DESC LIMIT 1) AS current
      FROM days AS d
     GROUP BY d.account_id
)
INSERT INTO analytics.user_engagement
    (id, account_id, first_active_date, last_active_date, current_streak_days, longest_streak_days,
     active_days_total, sessions_total, engagement_score, score_updated_at, created_at, updated_at)
SELECT pg_temp.uid('engagement', row_number() OVER (ORDER BY account_id)), account_id, first_day, last_day,
       current, longest, active_days, sessions,
       least(100, round(current * 5 + active_days * 0.5 + sessions * 0.2, 2)),
       last_day + time '23:59' AT TIME ZONE 'UTC',
       first_day::timestamp AT TIME ZONE 'UTC', last_day + time '23:59' AT TIME ZONE 'UTC'
  FROM agg;

INSERT INTO analytics.nps_submission (id, account_id, survey, score, comment, submitted_at, created_at, updated_at)
SELECT pg_temp.uid('nps', n), CASE WHEN n % 25 = 0 THEN NULL ELSE pg_temp.acct(1 + (n * 7) % 1560) END,
       (ARRAY['in_app_quarterly','post_advent','teacher_pilot'])[1 + n % 3],
       least(10, greatest(0, 8 + pg_temp.ri('nps' || n, -6, 2)))::smallint,
       CASE WHEN n % 4 = 0 THEN (ARRAY['Love it!','Too many notifications.','My kids adore the calendar.',
                                        'The companion really listens.','Please add more books.'])[1 + n % 5] END,
       ts, ts, ts
  FROM generate_series(1, 1200) AS n
  CROSS JOIN LATERAL (SELECT timestamptz '2025-09-01 00:00:00+00' + pg_temp.ri('npt' || n, 0, 150 * 24) * interval '1 hour' AS ts) AS x;

-- 6 metrics sampled every 10 minutes from 15 Nov 2025 (20 004 rows).
INSERT INTO analytics.metrics_log (metric_name, kind, value, unit, tags, recorded_at)
SELECT name, kind::analytics.metric_kind,
       CASE kind WHEN 'counter' THEN floor(base * (1 + pg_temp.rnd(name || t)))
                 ELSE round((base * (0.5 + pg_temp.rnd(name || t)))::numeric, 3) END,
       unit, jsonb_build_object('host', 'api-' || (1 + t % 3), 'region', 'eu-central'),
       timestamptz '2025-11-15 00:00:00+00' + t * interval '10 minutes'
  FROM generate_series(0, 3333) AS t
  CROSS JOIN (VALUES ('api.request_ms', 'histogram', 120.0, 'ms'),
                     ('api.requests', 'counter', 5000.0, 'count'),
                     ('db.pool.in_use', 'gauge', 12.0, 'connections'),
                     ('chat.tokens', 'counter', 90000.0, 'tokens'),
                     ('media.transcode_ms', 'timer', 8000.0, 'ms'),
                     ('queue.depth', 'gauge', 40.0, 'jobs')) AS m (name, kind, base, unit)
 ORDER BY t, name;

-- Telemetry: 60 000 events spread over Sep 2025 - Mar 2026 (monthly partitions), 200 in
-- Aug 2025 (archive partition) and 100 after the prepared months (DEFAULT partition).
INSERT INTO analytics.telemetry_event
    (id, occurred_at, received_at, account_id, anonymous_id, client_session, source, app_version, event_name, properties)
SELECT pg_temp.uid('telemetry', n), ts, ts + pg_temp.ri('lag' || n, 0, 5000) * interval '1 millisecond',
       CASE WHEN n % 9 = 0 THEN NULL ELSE pg_temp.acct(1 + (n * 31) % 1580) END,
       CASE WHEN n % 9 = 0 THEN pg_temp.uid('install', n % 5000) END,
       pg_temp.uid('clientsession', n / 12),
       src::analytics.telemetry_source,
       CASE WHEN src IN ('server', 'worker') THEN NULL ELSE (ARRAY['3.4.1','3.5.0','3.5.2','4.0.0-beta.1'])[1 + n % 4] END,
       ev,
       CASE ev WHEN 'screen_view' THEN jsonb_build_object('screen', (ARRAY['home','calendar','chat','library','profile'])[1 + n % 5])
               WHEN 'button_tap' THEN jsonb_build_object('button', (ARRAY['open_day','send','share','play'])[1 + n % 4])
               WHEN 'api.error' THEN jsonb_build_object('status', (ARRAY[500, 502, 429])[1 + n % 3], 'route', '/v2/chat')
               WHEN 'job.completed' THEN jsonb_build_object('job', 'memory.purge', 'ms', 100 + n % 900)
               ELSE jsonb_build_object('ms', 200 + n % 2000) END
  FROM generate_series(1, 60300) AS n
  CROSS JOIN LATERAL (SELECT CASE WHEN n <= 60000
                                  THEN timestamptz '2025-09-01 00:00:00+00' + (n::bigint * 300) * interval '1 second'
                                  WHEN n <= 60200 THEN timestamptz '2025-08-01 00:00:00+00' + n % 200 * interval '3 hours'
                                  ELSE timestamptz '2026-04-02 00:00:00+00' + n % 100 * interval '1 hour' END AS ts,
                             (ARRAY['web','ios','android','server','worker'])[1 + n % 5] AS src) AS x
  CROSS JOIN LATERAL (SELECT CASE src WHEN 'server' THEN (ARRAY['api.request','api.error'])[1 + (n / 5) % 2]
                                      WHEN 'worker' THEN 'job.completed'
                                      ELSE (ARRAY['app_open','screen_view','button_tap','screen_view'])[1 + (n / 5) % 4] END AS ev) AS y;

-- Application-written audit entries (logins and data exports) next to the trigger-written ones.
INSERT INTO analytics.audit_log (occurred_at, actor_account_id, actor_role, action, schema_name, table_name, row_id, client_ip, transaction_id)
SELECT l.attempted_at, l.account_id, 'api_server', 'login', 'users', 'account', l.account_id::text, l.ip, 0
  FROM users.login_attempt AS l
 WHERE l.succeeded AND l.account_id IS NOT NULL AND ('x' || substr(l.id::text, 1, 2))::bit(8)::integer % 8 = 0
 ORDER BY l.attempted_at, l.id;

INSERT INTO analytics.audit_log (occurred_at, actor_account_id, actor_role, action, schema_name, table_name, row_id, new_data, transaction_id)
SELECT timestamptz '2025-12-01 00:00:00+00' + n * interval '1 day', pg_temp.acct(1561 + n % 20), 'ops_console', 'export',
       'users', 'user_mood_trends', NULL, jsonb_build_object('rows', 30 * n, 'format', 'csv', 'subject', pg_temp.acct(n)), 0
  FROM generate_series(1, 40) AS n;
