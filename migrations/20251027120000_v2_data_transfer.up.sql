-- 20251027120000_v2_data_transfer (up): tools/history/transfer_legacy_to_v2.sql, run by
-- schemac migrate in one transaction with its history row (so without its own BEGIN/COMMIT).

-- transfer_legacy_to_v2.sql: the hand-written data transfer (phase 2) from the legacy public
-- tables into the v2 users / calendar / analytics schemas (the guide's
-- migration_data_transfer.sql).
--
-- Preconditions: the database holds the legacy tables (tools/history/legacy_calendar.sql,
-- filled) AND the v2 schema (bootstrap roles + schema/ files, at least the users, calendar and
-- analytics folders). Run as the schema owner / a superuser (row-level security does not apply):
--
--     psql -v ON_ERROR_STOP=1 -d <db> -f tools/history/transfer_legacy_to_v2.sql
--
-- Guarantees:
--   * One transaction; the legacy tables are locked against writes for its duration.
--   * Nothing is lost: every legacy row has exactly one v2 counterpart and its legacy key is
--     recoverable: legacy serial ids are kept in legacy_id / legacy_event_id columns, chat
--     record uuids are kept as chat_session.id. Count and key checks at the end raise an error
--     (and roll everything back) on any mismatch.
--   * Idempotent: every INSERT is keyed on the legacy key (ON CONFLICT DO NOTHING, or NOT
--     EXISTS where the key is a deferrable constraint), so running the script again changes
--     nothing.
--   * Legacy data that violates a v2 constraint (malformed e-mail, non-bcrypt password hash,
--     share code not usable as a slug, e-mails equal but for case) stops the transfer with an
--     error instead of being silently altered or dropped.
--
-- Mappings (legacy -> v2):
--   account          -> users.account (role parent; passwordless when no hash) + calendar.family_settings
--   child            -> calendar.child_profile (interests split on commas; avatar URL -> media_asset)
--   calendar         -> calendar.advent_calendar (is_published -> status; share_code -> share_slug)
--   calendar_day     -> calendar.calendar_day (content_type normalized; media URL -> media_asset;
--                       "opened" without a time gets the day's unlock date as opened_at)
--   chat_record      -> calendar.chat_session (same uuid; open records become expired sessions)
--   chat_message     -> calendar.chat_message (sender ai/AI/bot -> assistant)
--   surprise_config  -> calendar.surprise_collection + one calendar.surprise_video per array element
--   analytics_event  -> analytics.calendar_analytics (calendar_view/share/publish),
--                       analytics.day_analytics (day_open), analytics.telemetry_event (all other
--                       events and events whose calendar/day no longer exists, payload kept);
--                       derived: analytics.chat_analytics per session, analytics.user_engagement
--   Media URLs become calendar.media_asset rows in bucket legacy-import with status
--   pending_upload and source_url set; the media worker copies them into storage.



SET LOCAL TimeZone = 'UTC';

LOCK TABLE public.account, public.child, public.calendar, public.calendar_day, public.chat_record,
           public.chat_message, public.surprise_config, public.analytics_event IN SHARE MODE;

-- ---------------------------------------------------------------------------------------
-- Pre-flight: refuse data that would be lost or changed by the v2 constraints.
-- ---------------------------------------------------------------------------------------
DO $$
DECLARE
    n integer;
BEGIN
    SELECT count(*) INTO n
      FROM (SELECT lower(btrim(email)) FROM public.account GROUP BY 1 HAVING count(*) > 1) AS d;
    IF n > 0 THEN
        RAISE EXCEPTION 'legacy accounts: % e-mail addresses differ only by case/spaces; merge them first', n;
    END IF;
    SELECT count(*) INTO n FROM public.calendar WHERE account_id IS NULL AND child_id IS NULL;
    IF n > 0 THEN
        RAISE EXCEPTION 'legacy calendars: % rows have neither account nor child', n;
    END IF;
    SELECT count(*) INTO n FROM public.calendar_day WHERE day IS NULL OR day NOT BETWEEN 1 AND 31;
    IF n > 0 THEN
        RAISE EXCEPTION 'legacy calendar days: % rows with a day outside 1..31', n;
    END IF;
    SELECT count(*) INTO n FROM public.chat_record WHERE child_id IS NULL;
    IF n > 0 THEN
        RAISE EXCEPTION 'legacy chats: % records without a child', n;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Accounts and family settings
-- ---------------------------------------------------------------------------------------
INSERT INTO users.account
    (legacy_id, email, display_name, role, status, auth_provider, password_hash, password_changed_at,
     created_at, updated_at)
SELECT a.id,
       btrim(a.email),
       coalesce(nullif(btrim(a.name), ''), split_part(btrim(a.email), '@', 1)),
       'parent',
       'active',
       CASE WHEN a.password_hash IS NULL THEN 'magic_link' ELSE 'password' END::users.auth_provider,
       a.password_hash,
       CASE WHEN a.password_hash IS NOT NULL THEN a.created_at AT TIME ZONE 'UTC' END,
       coalesce(a.created_at, now()) AT TIME ZONE 'UTC',
       coalesce(a.updated_at, a.created_at, now()) AT TIME ZONE 'UTC'
  FROM public.account AS a
 ORDER BY a.id
ON CONFLICT (legacy_id) DO NOTHING;

INSERT INTO calendar.family_settings (account_id, created_at, updated_at)
SELECT v.id, v.created_at, v.created_at
  FROM users.account AS v
 WHERE v.legacy_id IS NOT NULL
ON CONFLICT (account_id) DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- Media assets for every legacy URL, one per (owner, URL)
-- ---------------------------------------------------------------------------------------
INSERT INTO calendar.media_asset
    (owner_account_id, kind, status, storage_bucket, storage_path, original_filename, mime_type, is_private,
     source_url, created_at, updated_at)
SELECT u.owner_id,
       CASE WHEN ext IN ('mp4', 'mov', 'webm', 'm4v') THEN 'video'
            WHEN ext IN ('jpg', 'jpeg', 'png', 'gif', 'webp', 'heic') THEN 'image'
            WHEN ext IN ('mp3', 'm4a', 'wav', 'ogg') THEN 'audio'
            ELSE 'document' END::calendar.media_kind,
       'pending_upload',
       'legacy-import',
       'accounts/' || u.owner_id || '/' || md5(u.url),
       regexp_replace(u.url, '^.*/', ''),
       CASE ext WHEN 'jpg' THEN 'image/jpeg' WHEN 'jpeg' THEN 'image/jpeg' WHEN 'png' THEN 'image/png'
                WHEN 'gif' THEN 'image/gif' WHEN 'webp' THEN 'image/webp' WHEN 'heic' THEN 'image/heic'
                WHEN 'mp4' THEN 'video/mp4' WHEN 'm4v' THEN 'video/mp4' WHEN 'mov' THEN 'video/quicktime'
                WHEN 'webm' THEN 'video/webm' WHEN 'mp3' THEN 'audio/mpeg' WHEN 'm4a' THEN 'audio/mp4'
                WHEN 'wav' THEN 'audio/wav' WHEN 'ogg' THEN 'audio/ogg'
                ELSE 'application/octet-stream' END,
       true,
       u.url,
       u.first_seen,
       u.first_seen
  FROM (SELECT owner_id, url, min(first_seen) AS first_seen
          FROM (SELECT va.id AS owner_id, c.avatar_url AS url, c.created_at AT TIME ZONE 'UTC' AS first_seen
                  FROM public.child AS c
                  JOIN users.account AS va ON va.legacy_id = c.account_id
                 WHERE c.avatar_url IS NOT NULL
                UNION ALL
                SELECT va.id, d.media_url, d.created_at AT TIME ZONE 'UTC'
                  FROM public.calendar_day AS d
                  JOIN public.calendar AS cal ON cal.id = d.calendar_id
                  LEFT JOIN public.child AS ch ON ch.id = cal.child_id
                  JOIN users.account AS va ON va.legacy_id = coalesce(cal.account_id, ch.account_id)
                 WHERE d.media_url IS NOT NULL
                UNION ALL
                SELECT va.id, v.elem ->> 'url', s.created_at AT TIME ZONE 'UTC'
                  FROM public.surprise_config AS s
                  JOIN public.calendar AS cal ON cal.id = s.calendar_id
                  LEFT JOIN public.child AS ch ON ch.id = cal.child_id
                  JOIN users.account AS va ON va.legacy_id = coalesce(cal.account_id, ch.account_id)
                  CROSS JOIN LATERAL jsonb_array_elements(coalesce(s.videos, '[]')) AS v (elem)
                 WHERE v.elem ->> 'url' IS NOT NULL) AS all_urls
         GROUP BY owner_id, url) AS u
  CROSS JOIN LATERAL (SELECT lower(substring(u.url FROM '\.([A-Za-z0-9]+)(?:\?.*)?$')) AS ext) AS e
ORDER BY u.owner_id, u.url
ON CONFLICT (storage_bucket, storage_path) DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- Children
-- ---------------------------------------------------------------------------------------
INSERT INTO calendar.child_profile
    (legacy_id, account_id, display_name, birth_date, avatar_media_id, interests, created_at, updated_at)
SELECT c.id,
       va.id,
       coalesce(nullif(btrim(c.name), ''), 'Child ' || c.id),
       c.birthdate,
       m.id,
       coalesce((SELECT array_agg(btrim(i) ORDER BY o)
                   FROM unnest(string_to_array(c.interests, ',')) WITH ORDINALITY AS t (i, o)
                  WHERE btrim(i) <> ''), '{}'),
       c.created_at AT TIME ZONE 'UTC',
       c.created_at AT TIME ZONE 'UTC'
  FROM public.child AS c
  JOIN users.account AS va ON va.legacy_id = c.account_id
  LEFT JOIN calendar.media_asset AS m
         ON m.storage_bucket = 'legacy-import' AND m.storage_path = 'accounts/' || va.id || '/' || md5(c.avatar_url)
 ORDER BY c.id
ON CONFLICT (legacy_id) DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- Calendars, surprises, days
-- ---------------------------------------------------------------------------------------
INSERT INTO calendar.advent_calendar
    (legacy_id, account_id, child_profile_id, title, year, start_date, day_count, status, theme,
     share_slug, published_at, created_at, updated_at)
SELECT cal.id,
       va.id,
       cp.id,
       coalesce(nullif(btrim(cal.title), ''), 'Advent ' || y.year),
       y.year,
       make_date(y.year, 12, 1),
       greatest(24, (SELECT max(d.day) FROM public.calendar_day AS d WHERE d.calendar_id = cal.id)),
       CASE WHEN cal.is_published THEN 'published' ELSE 'draft' END::calendar.calendar_status,
       cal.theme,
       lower(btrim(cal.share_code)),
       CASE WHEN cal.is_published THEN coalesce(cal.updated_at, cal.created_at) AT TIME ZONE 'UTC' END,
       cal.created_at AT TIME ZONE 'UTC',
       coalesce(cal.updated_at, cal.created_at) AT TIME ZONE 'UTC'
  FROM public.calendar AS cal
  LEFT JOIN public.child AS ch ON ch.id = cal.child_id
  JOIN users.account AS va ON va.legacy_id = coalesce(cal.account_id, ch.account_id)
  LEFT JOIN calendar.child_profile AS cp ON cp.legacy_id = cal.child_id AND cp.account_id = va.id
  CROSS JOIN LATERAL (SELECT coalesce(cal.year, extract(year FROM cal.created_at)::integer)::smallint AS year) AS y
 ORDER BY cal.id
ON CONFLICT (legacy_id) DO NOTHING;

INSERT INTO calendar.surprise_collection (legacy_id, calendar_id, title, theme, unlock_rule, is_enabled, created_at, updated_at)
SELECT s.id, ac.id, 'Surprise videos', s.theme, 'with_day', coalesce(s.enabled, true),
       s.created_at AT TIME ZONE 'UTC', s.created_at AT TIME ZONE 'UTC'
  FROM public.surprise_config AS s
  JOIN calendar.advent_calendar AS ac ON ac.legacy_id = s.calendar_id
 ORDER BY s.id
ON CONFLICT (legacy_id) DO NOTHING;

INSERT INTO calendar.surprise_video (collection_id, media_asset_id, title, position, unlock_day, created_at, updated_at)
SELECT sc.id, m.id, nullif(btrim(v.elem ->> 'title'), ''), v.ord::smallint,
       (v.elem ->> 'day')::smallint,
       s.created_at AT TIME ZONE 'UTC', s.created_at AT TIME ZONE 'UTC'
  FROM public.surprise_config AS s
  JOIN calendar.surprise_collection AS sc ON sc.legacy_id = s.id
  JOIN calendar.advent_calendar AS ac ON ac.id = sc.calendar_id
  CROSS JOIN LATERAL jsonb_array_elements(coalesce(s.videos, '[]')) WITH ORDINALITY AS v (elem, ord)
  JOIN calendar.media_asset AS m
    ON m.storage_bucket = 'legacy-import' AND m.storage_path = 'accounts/' || ac.account_id || '/' || md5(v.elem ->> 'url')
 WHERE NOT EXISTS (SELECT 1 FROM calendar.surprise_video AS x WHERE x.collection_id = sc.id AND x.position = v.ord)
 ORDER BY s.id, v.ord;

INSERT INTO calendar.calendar_day
    (legacy_id, calendar_id, day_number, title, message, content_type, media_asset_id, unlock_date, opened_at,
     created_at, updated_at)
SELECT d.id,
       ac.id,
       d.day::smallint,
       coalesce(nullif(btrim(d.title), ''), 'Day ' || d.day),
       CASE WHEN t.content_type = 'message' THEN coalesce(nullif(d.content, ''), nullif(btrim(d.title), ''), 'Day ' || d.day)
            ELSE nullif(d.content, '') END,
       t.content_type::calendar.day_content_type,
       m.id,
       ac.start_date + (d.day - 1),
       CASE WHEN d.opened_at IS NOT NULL THEN d.opened_at AT TIME ZONE 'UTC'
            WHEN d.is_opened THEN (ac.start_date + (d.day - 1))::timestamp AT TIME ZONE 'UTC' END,
       d.created_at AT TIME ZONE 'UTC',
       d.created_at AT TIME ZONE 'UTC'
  FROM public.calendar_day AS d
  JOIN calendar.advent_calendar AS ac ON ac.legacy_id = d.calendar_id
  LEFT JOIN calendar.media_asset AS m
         ON d.media_url IS NOT NULL
        AND m.storage_bucket = 'legacy-import' AND m.storage_path = 'accounts/' || ac.account_id || '/' || md5(d.media_url)
  CROSS JOIN LATERAL (SELECT CASE
                                 WHEN lower(btrim(d.content_type)) IN ('photo', 'image') AND m.id IS NOT NULL THEN 'image'
                                 WHEN lower(btrim(d.content_type)) = 'video' AND m.id IS NOT NULL THEN 'video'
                                 WHEN lower(btrim(d.content_type)) = 'audio' AND m.id IS NOT NULL THEN 'audio'
                                 ELSE 'message'
                             END AS content_type) AS t
 ORDER BY d.id
ON CONFLICT (legacy_id) DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- Chats
-- ---------------------------------------------------------------------------------------
INSERT INTO calendar.chat_session
    (id, account_id, child_profile_id, calendar_id, calendar_day_id, status, started_at, last_activity_at,
     expires_at, ended_at, summary, created_at, updated_at)
SELECT r.id,
       cp.account_id,
       cp.id,
       ac.id,
       cd.id,
       CASE WHEN r.ended_at IS NOT NULL THEN 'ended' ELSE 'expired' END::calendar.chat_session_status,
       st.started_at,
       st.started_at,
       st.expires_at,
       CASE WHEN r.ended_at IS NOT NULL THEN greatest(r.ended_at AT TIME ZONE 'UTC', st.started_at) ELSE st.expires_at END,
       r.summary,
       st.started_at,
       st.started_at
  FROM public.chat_record AS r
  JOIN calendar.child_profile AS cp ON cp.legacy_id = r.child_id
  LEFT JOIN calendar.advent_calendar AS ac ON ac.legacy_id = r.calendar_id AND ac.account_id = cp.account_id
  LEFT JOIN calendar.calendar_day AS cd ON cd.calendar_id = ac.id AND cd.day_number = r.day
  CROSS JOIN LATERAL (SELECT coalesce(r.started_at, (SELECT min(m.created_at) FROM public.chat_message AS m WHERE m.chat_id = r.id))
                                 AT TIME ZONE 'UTC' AS started_at) AS s0
  CROSS JOIN LATERAL (SELECT s0.started_at,
                             greatest(s0.started_at,
                                      (SELECT max(m.created_at) FROM public.chat_message AS m WHERE m.chat_id = r.id) AT TIME ZONE 'UTC',
                                      r.ended_at AT TIME ZONE 'UTC') + interval '2 hours' AS expires_at) AS st
 ORDER BY r.started_at, r.id
ON CONFLICT (id) DO NOTHING;

-- The statement trigger on chat_message fills message_count / last_activity_at of the sessions.
INSERT INTO calendar.chat_message (legacy_id, session_id, account_id, sender, content, metadata, created_at, updated_at)
SELECT m.id,
       s.id,
       s.account_id,
       CASE lower(btrim(m.sender))
           WHEN 'child' THEN 'child'
           WHEN 'parent' THEN 'parent'
           WHEN 'ai' THEN 'assistant'
           WHEN 'bot' THEN 'assistant'
           WHEN 'assistant' THEN 'assistant'
           ELSE 'system'
       END::calendar.chat_sender,
       coalesce(nullif(m.message, ''), '(empty message)'),
       CASE WHEN m.meta IS NULL THEN '{}'::jsonb
            WHEN jsonb_typeof(m.meta) = 'object' THEN m.meta
            ELSE jsonb_build_object('legacy_meta', m.meta) END
       || CASE WHEN lower(btrim(m.sender)) NOT IN ('child', 'parent', 'ai', 'bot', 'assistant') OR m.sender IS NULL
               THEN jsonb_build_object('legacy_sender', m.sender) ELSE '{}'::jsonb END,
       coalesce(m.created_at, r.started_at) AT TIME ZONE 'UTC',
       coalesce(m.created_at, r.started_at) AT TIME ZONE 'UTC'
  FROM public.chat_message AS m
  JOIN public.chat_record AS r ON r.id = m.chat_id
  JOIN calendar.chat_session AS s ON s.id = m.chat_id
 ORDER BY m.id
ON CONFLICT (legacy_id) DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- Analytics: structured events, everything else kept as telemetry
-- ---------------------------------------------------------------------------------------
CREATE TEMP TABLE legacy_event_route ON COMMIT DROP AS
SELECT e.id,
       e.account_id,
       lower(btrim(e.event_type)) AS event_type,
       e.payload,
       e.created_at AT TIME ZONE 'UTC' AS occurred_at,
       va.id AS v_account_id,
       ac.id AS v_calendar_id,
       cd.id AS v_day_id,
       cd.unlock_date,
       CASE
           WHEN lower(btrim(e.event_type)) IN ('calendar_view', 'calendar_share', 'calendar_publish') AND ac.id IS NOT NULL THEN 'calendar'
           WHEN lower(btrim(e.event_type)) = 'day_open' AND cd.id IS NOT NULL THEN 'day'
           ELSE 'telemetry'
       END AS route
  FROM public.analytics_event AS e
  LEFT JOIN users.account AS va ON va.legacy_id = e.account_id
  LEFT JOIN calendar.advent_calendar AS ac
         ON (e.payload ->> 'calendar_id') ~ '^[0-9]{1,9}$' AND ac.legacy_id = (e.payload ->> 'calendar_id')::integer
  LEFT JOIN calendar.calendar_day AS cd
         ON cd.calendar_id = ac.id AND (e.payload ->> 'day') ~ '^[0-9]{1,2}$' AND cd.day_number = (e.payload ->> 'day')::integer;

INSERT INTO analytics.calendar_analytics (calendar_id, account_id, event_type, share_channel, device, occurred_at, legacy_event_id)
SELECT r.v_calendar_id,
       r.v_account_id,
       CASE r.event_type WHEN 'calendar_view' THEN 'view' WHEN 'calendar_share' THEN 'share' ELSE 'publish' END::analytics.calendar_event_type,
       CASE WHEN r.event_type = 'calendar_share'
            THEN CASE lower(r.payload ->> 'channel')
                     WHEN 'link' THEN 'link' WHEN 'email' THEN 'email' WHEN 'whatsapp' THEN 'whatsapp'
                     WHEN 'sms' THEN 'sms' WHEN 'social' THEN 'social' ELSE 'other' END::analytics.share_channel END,
       CASE lower(r.payload ->> 'device')
           WHEN 'mobile' THEN 'mobile' WHEN 'desktop' THEN 'desktop' WHEN 'tablet' THEN 'tablet' WHEN 'tv' THEN 'tv'
           ELSE 'unknown' END::analytics.device_type,
       r.occurred_at,
       r.id
  FROM legacy_event_route AS r
 WHERE r.route = 'calendar'
 ORDER BY r.id
ON CONFLICT (legacy_event_id) DO NOTHING;

INSERT INTO analytics.day_analytics (calendar_day_id, calendar_id, account_id, opened_at, seconds_after_unlock, device, legacy_event_id)
SELECT r.v_day_id,
       r.v_calendar_id,
       r.v_account_id,
       r.occurred_at,
       greatest(0, extract(epoch FROM r.occurred_at - r.unlock_date::timestamp AT TIME ZONE 'UTC'))::integer,
       CASE lower(r.payload ->> 'device')
           WHEN 'mobile' THEN 'mobile' WHEN 'desktop' THEN 'desktop' WHEN 'tablet' THEN 'tablet' WHEN 'tv' THEN 'tv'
           ELSE 'unknown' END::analytics.device_type,
       r.id
  FROM legacy_event_route AS r
 WHERE r.route = 'day'
 ORDER BY r.id
ON CONFLICT (legacy_event_id) DO NOTHING;

-- Other events (and structured ones whose calendar/day no longer exists) keep their full
-- payload; the original type and a dangling account id are added to the properties.
INSERT INTO analytics.telemetry_event
    (occurred_at, received_at, account_id, source, event_name, properties, legacy_event_id)
SELECT r.occurred_at,
       r.occurred_at,
       r.v_account_id,
       'server',
       left('legacy.' || regexp_replace(r.event_type, '[^a-z0-9_.:-]+', '_', 'g'), 100),
       CASE WHEN r.payload IS NULL THEN '{}'::jsonb
            WHEN jsonb_typeof(r.payload) = 'object' THEN r.payload
            ELSE jsonb_build_object('payload', r.payload) END
       || jsonb_build_object('legacy_event_type', e.event_type)
       || CASE WHEN r.account_id IS NOT NULL AND r.v_account_id IS NULL
               THEN jsonb_build_object('legacy_account_id', r.account_id) ELSE '{}'::jsonb END,
       r.id
  FROM legacy_event_route AS r
  JOIN public.analytics_event AS e ON e.id = r.id
 WHERE r.route = 'telemetry'
 ORDER BY r.id
ON CONFLICT (legacy_event_id, occurred_at) DO NOTHING;

-- Derived: per-session chat analytics for the migrated sessions.
INSERT INTO analytics.chat_analytics
    (chat_session_id, account_id, child_profile_id, started_at, ended_at, duration_seconds, message_count,
     child_message_count, assistant_message_count, moderated_message_count, end_reason, created_at, updated_at)
SELECT s.id, s.account_id, s.child_profile_id, s.started_at, s.ended_at,
       extract(epoch FROM s.ended_at - s.started_at)::integer,
       count(m.id), count(m.id) FILTER (WHERE m.sender = 'child'), count(m.id) FILTER (WHERE m.sender = 'assistant'), 0,
       CASE s.status WHEN 'ended' THEN 'user_left' ELSE 'timeout' END::analytics.chat_end_reason,
       s.started_at, s.ended_at
  FROM calendar.chat_session AS s
  JOIN public.chat_record AS r ON r.id = s.id
  LEFT JOIN calendar.chat_message AS m ON m.session_id = s.id
 GROUP BY s.id
ON CONFLICT (chat_session_id) DO NOTHING;

-- Derived: engagement (active days and streaks) of the migrated accounts from their legacy
-- events and chats.
WITH activity AS (
    SELECT va.id AS account_id, (e.created_at AT TIME ZONE 'UTC' AT TIME ZONE 'UTC')::date AS day
      FROM public.analytics_event AS e
      JOIN users.account AS va ON va.legacy_id = e.account_id
    UNION ALL
    SELECT s.account_id, (s.started_at AT TIME ZONE 'UTC')::date
      FROM calendar.chat_session AS s
      JOIN public.chat_record AS r ON r.id = s.id
), days AS (
    SELECT account_id, day, count(*) AS sessions FROM activity GROUP BY account_id, day
), islands AS (
    SELECT account_id, day, sessions, day - (row_number() OVER (PARTITION BY account_id ORDER BY day))::integer AS grp FROM days
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
    (account_id, first_active_date, last_active_date, current_streak_days, longest_streak_days,
     active_days_total, sessions_total, engagement_score, score_updated_at)
SELECT account_id, first_day, last_day, current, longest, active_days, sessions,
       least(100, round(current * 5 + active_days * 0.5 + sessions * 0.2, 2)), now()
  FROM agg
ON CONFLICT (account_id) DO NOTHING;

-- ---------------------------------------------------------------------------------------
-- Verification: counts and keys. Any mismatch aborts the transaction.
-- ---------------------------------------------------------------------------------------
DO $$
DECLARE
    chk record;
    bad integer := 0;
BEGIN
    FOR chk IN
        SELECT * FROM (VALUES
            ('account',          (SELECT count(*) FROM public.account),
                                 (SELECT count(*) FROM users.account WHERE legacy_id IS NOT NULL)),
            ('child',            (SELECT count(*) FROM public.child),
                                 (SELECT count(*) FROM calendar.child_profile WHERE legacy_id IS NOT NULL)),
            ('calendar',         (SELECT count(*) FROM public.calendar),
                                 (SELECT count(*) FROM calendar.advent_calendar WHERE legacy_id IS NOT NULL)),
            ('calendar_day',     (SELECT count(*) FROM public.calendar_day),
                                 (SELECT count(*) FROM calendar.calendar_day WHERE legacy_id IS NOT NULL)),
            ('chat_record',      (SELECT count(*) FROM public.chat_record),
                                 (SELECT count(*) FROM calendar.chat_session AS s JOIN public.chat_record AS r ON r.id = s.id)),
            ('chat_message',     (SELECT count(*) FROM public.chat_message),
                                 (SELECT count(*) FROM calendar.chat_message WHERE legacy_id IS NOT NULL)),
            ('surprise_config',  (SELECT count(*) FROM public.surprise_config),
                                 (SELECT count(*) FROM calendar.surprise_collection WHERE legacy_id IS NOT NULL)),
            ('surprise videos',  (SELECT coalesce(sum(jsonb_array_length(coalesce(videos, '[]'))), 0) FROM public.surprise_config),
                                 (SELECT count(*) FROM calendar.surprise_video AS v
                                    JOIN calendar.surprise_collection AS c ON c.id = v.collection_id
                                   WHERE c.legacy_id IS NOT NULL)),
            ('analytics_event',  (SELECT count(*) FROM public.analytics_event),
                                 (SELECT count(*) FROM analytics.calendar_analytics WHERE legacy_event_id IS NOT NULL)
                                 + (SELECT count(*) FROM analytics.day_analytics WHERE legacy_event_id IS NOT NULL)
                                 + (SELECT count(*) FROM analytics.telemetry_event WHERE legacy_event_id IS NOT NULL)),
            ('opened days',      (SELECT count(*) FROM public.calendar_day WHERE is_opened OR opened_at IS NOT NULL),
                                 (SELECT count(*) FROM calendar.calendar_day WHERE legacy_id IS NOT NULL AND is_opened)),
            ('chat counters',    (SELECT count(*) FROM public.chat_message),
                                 (SELECT coalesce(sum(message_count), 0) FROM calendar.chat_session AS s JOIN public.chat_record AS r ON r.id = s.id))
        ) AS v (what, legacy, v2)
    LOOP
        IF chk.legacy IS DISTINCT FROM chk.v2 THEN
            RAISE WARNING 'transfer check failed: % legacy=% v2=%', chk.what, chk.legacy, chk.v2;
            bad := bad + 1;
        ELSE
            RAISE NOTICE 'transfer check ok: % = %', chk.what, chk.v2;
        END IF;
    END LOOP;

    -- Every legacy key resolves to exactly one v2 row.
    IF EXISTS (SELECT 1 FROM public.account AS a LEFT JOIN users.account AS v ON v.legacy_id = a.id WHERE v.id IS NULL)
       OR EXISTS (SELECT 1 FROM public.child AS a LEFT JOIN calendar.child_profile AS v ON v.legacy_id = a.id WHERE v.id IS NULL)
       OR EXISTS (SELECT 1 FROM public.calendar AS a LEFT JOIN calendar.advent_calendar AS v ON v.legacy_id = a.id WHERE v.id IS NULL)
       OR EXISTS (SELECT 1 FROM public.calendar_day AS a LEFT JOIN calendar.calendar_day AS v ON v.legacy_id = a.id WHERE v.id IS NULL)
       OR EXISTS (SELECT 1 FROM public.chat_record AS a LEFT JOIN calendar.chat_session AS v ON v.id = a.id WHERE v.id IS NULL)
       OR EXISTS (SELECT 1 FROM public.chat_message AS a LEFT JOIN calendar.chat_message AS v ON v.legacy_id = a.id WHERE v.id IS NULL)
       OR EXISTS (SELECT 1 FROM public.surprise_config AS a LEFT JOIN calendar.surprise_collection AS v ON v.legacy_id = a.id WHERE v.id IS NULL)
    THEN
        RAISE WARNING 'transfer check failed: some legacy keys have no v2 row';
        bad := bad + 1;
    END IF;

    -- Relationships survived: parent of every child, calendar of every day, chat of every message.
    IF EXISTS (SELECT 1 FROM public.child AS c JOIN calendar.child_profile AS v ON v.legacy_id = c.id
                JOIN users.account AS a ON a.id = v.account_id WHERE a.legacy_id IS DISTINCT FROM c.account_id)
       OR EXISTS (SELECT 1 FROM public.calendar_day AS d JOIN calendar.calendar_day AS v ON v.legacy_id = d.id
                   JOIN calendar.advent_calendar AS c ON c.id = v.calendar_id WHERE c.legacy_id IS DISTINCT FROM d.calendar_id)
       OR EXISTS (SELECT 1 FROM public.chat_message AS m JOIN calendar.chat_message AS v ON v.legacy_id = m.id
                   WHERE v.session_id IS DISTINCT FROM m.chat_id)
       OR EXISTS (SELECT 1 FROM public.calendar AS c JOIN calendar.advent_calendar AS v ON v.legacy_id = c.id
                   LEFT JOIN calendar.child_profile AS cp ON cp.id = v.child_profile_id
                   WHERE cp.legacy_id IS DISTINCT FROM c.child_id)
    THEN
        RAISE WARNING 'transfer check failed: a legacy relationship was not preserved';
        bad := bad + 1;
    END IF;

    IF bad > 0 THEN
        RAISE EXCEPTION 'legacy -> v2 transfer: % check(s) failed, transaction rolled back', bad;
    END IF;
END
$$;

