-- legacy_seed.sql: deterministic rows for the legacy public tables (legacy_calendar.sql).
-- Values are derived from generate_series counters and md5 hashes only, so every run produces
-- the same rows. It reproduces the legacy data quirks the transfer has to handle: e-mails with
-- stray spaces and mixed case, missing names and password hashes, comma-separated interests,
-- free-text content types and senders in varying case, days marked opened without a time,
-- calendars with a 25th day, event types in mixed case and events pointing at rows that no
-- longer exist.
--
--     psql -v ON_ERROR_STOP=1 -d <db> -f tools/history/legacy_seed.sql

BEGIN;

SET LOCAL TimeZone = 'UTC';

-- 400 accounts.
INSERT INTO public.account (id, email, password_hash, name, created_at, updated_at)
SELECT n,
       CASE WHEN n % 17 = 0 THEN '  ' ELSE '' END ||
       CASE WHEN n % 5 = 0 THEN initcap('parent' || n) ELSE 'parent' || n END || '@' ||
       (ARRAY['example.com', 'Example.org', 'family.example.net'])[1 + n % 3] ||
       CASE WHEN n % 23 = 0 THEN ' ' ELSE '' END,
       CASE WHEN n % 6 = 0 THEN NULL ELSE '$2b$10$' || substr(md5('legacy-salt' || n) || md5('legacy-hash' || n), 1, 53) END,
       CASE WHEN n % 11 = 0 THEN NULL
            ELSE (ARRAY['Anna','Ben','Carla','David','Eva','Frank','Greta','Hans','Iris','Jon'])[1 + n % 10] || ' ' ||
                 (ARRAY['Berg','Costa','Dahl','Engel','Fuchs','Graf'])[1 + n % 6] END,
       timestamp '2022-09-01 08:00' + n * interval '19 hours',
       CASE WHEN n % 4 = 0 THEN NULL ELSE timestamp '2022-09-01 08:00' + n * interval '19 hours' + interval '30 days' END
  FROM generate_series(1, 400) AS n;

-- One or two children per account (accounts with n % 9 = 0 have none).
INSERT INTO public.child (id, account_id, name, birthdate, avatar_url, interests, created_at)
SELECT row_number() OVER (ORDER BY a, k), a,
       (ARRAY['Mia','Leo','Emma','Noah','Lina','Paul','Ella','Finn','Lea','Jonas','Sara','Tim'])[1 + (a + k) % 12],
       DATE '2012-01-01' + ((a * 37 + k * 101) % 3600),
       CASE WHEN (a + k) % 3 = 0 THEN 'https://cdn.legacy-advent.example/avatars/' || a || '-' || k || '.png' END,
       CASE (a + k) % 4 WHEN 0 THEN 'lego, space , dinosaurs' WHEN 1 THEN 'drawing,horses'
                        WHEN 2 THEN NULL ELSE ' football ' END,
       timestamp '2022-09-01 08:00' + a * interval '19 hours' + k * interval '1 day'
  FROM generate_series(1, 400) AS a
  CROSS JOIN generate_series(1, 2) AS k
 WHERE a % 9 <> 0 AND (k = 1 OR a % 2 = 0);

-- Calendars for advent 2023 and 2024, one per child and year (2024 only for some); a few
-- family calendars without a child.
INSERT INTO public.calendar (id, account_id, child_id, title, year, theme, is_published, share_code, created_at, updated_at)
SELECT row_number() OVER (ORDER BY yr, acc, cid), acc, cid,
       CASE WHEN cid IS NULL THEN 'Family Advent ' || yr WHEN cid % 13 = 0 THEN NULL ELSE cname || '''s calendar' END,
       yr, (ARRAY['winter', 'gingerbread', 'stars', 'forest'])[1 + (acc + yr) % 4],
       NOT (cid IS NOT NULL AND cid % 8 = 0),
       CASE WHEN NOT (cid IS NOT NULL AND cid % 8 = 0) THEN upper(substr(md5('share' || yr || acc || coalesce(cid, 0)), 1, 8)) END,
       make_timestamp(yr, 11, 1 + (acc % 25), 18, 0, 0),
       make_timestamp(yr, 11, 28, 9, 0, 0)
  FROM (SELECT c.id AS cid, c.account_id AS acc, c.name AS cname, y AS yr
          FROM public.child AS c CROSS JOIN (VALUES (2023), (2024)) AS v (y)
         WHERE y = 2024 OR c.id % 3 = 0
        UNION ALL
        SELECT NULL, a, NULL, 2024 FROM generate_series(9, 400, 9) AS a) AS s;

-- Days: 24 per calendar, a 25th day for every 10th calendar, only 10 days for every 17th
-- (unfinished drafts).
INSERT INTO public.calendar_day (calendar_id, day, title, content, content_type, media_url, is_opened, opened_at, created_at)
SELECT c.id, d,
       CASE WHEN d % 9 = 0 THEN '' ELSE 'Day ' || d END,
       CASE WHEN ct IN ('photo', 'image', 'video', 'Video') AND d % 2 = 0 THEN NULL
            ELSE (ARRAY['Look under your pillow!', 'We love you!', 'Bake cookies with Grandma today.',
                        'Count the stars tonight.', 'A riddle: what has keys but no locks?'])[1 + (c.id + d) % 5] END,
       ct,
       CASE WHEN ct IN ('photo', 'image') THEN 'https://cdn.legacy-advent.example/photos/' || c.id || '/' || d || '.jpg'
            WHEN ct IN ('video', 'Video') THEN 'https://cdn.legacy-advent.example/videos/' || c.id || '-' || d || '.mp4' END,
       opened,
       CASE WHEN opened AND (c.id + d) % 15 <> 0 THEN make_timestamp(c.year, 12, least(d, 24), 7, 0, 0) + ((c.id * d) % 600) * interval '1 minute' END,
       c.created_at + interval '1 hour'
  FROM public.calendar AS c
  CROSS JOIN generate_series(1, 25) AS d
  CROSS JOIN LATERAL (SELECT (ARRAY['text', 'text', 'TEXT', 'photo', 'image', 'video', 'Video', '', NULL])[1 + (c.id * 7 + d) % 9] AS ct,
                             c.is_published AND (c.year = 2023 OR (c.id + d) % 5 <> 0) AS opened) AS x
 WHERE (d <= 24 OR c.id % 10 = 0)
   AND (d <= 10 OR c.id % 17 <> 0);

-- Surprise configurations for every second calendar: 1-4 videos each.
INSERT INTO public.surprise_config (id, calendar_id, theme, videos, enabled, created_at)
SELECT row_number() OVER (ORDER BY c.id), c.id, c.theme,
       (SELECT jsonb_agg(jsonb_build_object('url', 'https://cdn.legacy-advent.example/surprises/' || c.id || '-' || v || '.mp4',
                                           'title', (ARRAY['From Grandma', 'Uncle Tom''s trick', 'The cat says hi', 'Santa''s message'])[v],
                                           'day', v * 6) ORDER BY v)
          FROM generate_series(1, 1 + c.id % 4) AS v),
       c.id % 7 <> 0,
       c.created_at + interval '2 hours'
  FROM public.calendar AS c
 WHERE c.id % 2 = 0;

-- Chats: three per child in the child's latest advent, with deterministic uuids.
INSERT INTO public.chat_record (id, child_id, calendar_id, day, started_at, ended_at, summary)
SELECT md5('legacy-chat:' || c.id || ':' || k)::uuid, c.id, cal.id, k * 5,
       make_timestamp(cal.year, 12, k * 5, 17, 0, 0) + (c.id % 120) * interval '1 minute',
       CASE WHEN k <> 3 THEN make_timestamp(cal.year, 12, k * 5, 17, 25, 0) + (c.id % 120) * interval '1 minute' END,
       CASE WHEN k = 1 THEN 'Talked about the snowman.' END
  FROM public.child AS c
  JOIN LATERAL (SELECT x.id, x.year FROM public.calendar AS x WHERE x.child_id = c.id ORDER BY x.year DESC LIMIT 1) AS cal ON true
  CROSS JOIN generate_series(1, 3) AS k;

-- 10 messages per chat with the legacy sender spellings.
INSERT INTO public.chat_message (chat_id, sender, message, meta, created_at)
SELECT r.id,
       CASE WHEN m % 2 = 1 THEN 'child'
            WHEN m = 10 AND r.child_id % 4 = 0 THEN 'parent'
            ELSE (ARRAY['ai', 'AI', 'bot'])[1 + (r.child_id + m) % 3] END,
       CASE WHEN m % 2 = 1 THEN (ARRAY['Hi!', 'I made a snowman', 'Why is snow cold?', 'Tell me a story', 'Bye!'])[1 + (m / 2) % 5]
            ELSE (ARRAY['Hello there!', 'How wonderful!', 'Snow is frozen water.', 'Once upon a time...', 'Goodbye, see you tomorrow!'])[1 + (m / 2 - 1) % 5] END,
       CASE WHEN m % 2 = 0 AND r.child_id % 5 = 0 THEN jsonb_build_object('model', 'gpt-legacy', 'tokens', 20 + m) END,
       r.started_at + m * interval '2 minutes'
  FROM public.chat_record AS r
  CROSS JOIN generate_series(1, 10) AS m
 ORDER BY r.started_at, r.id, m;

-- 6 000 generic analytics events with the legacy spellings. Every 50th calendar event points
-- at a calendar id that never existed (the table had no foreign keys).
INSERT INTO public.analytics_event (account_id, event_type, payload, created_at)
SELECT CASE WHEN typ = 'page_view' AND n % 3 = 0 THEN NULL ELSE c.account_id END,
       CASE WHEN n % 97 = 0 THEN initcap(typ) ELSE typ END,
       CASE typ
           WHEN 'calendar_view' THEN jsonb_build_object('calendar_id', CASE WHEN n % 50 = 0 THEN 900000 + n ELSE c.id END,
                                                         'device', (ARRAY['mobile', 'desktop', 'tablet'])[1 + n % 3])
           WHEN 'calendar_share' THEN jsonb_build_object('calendar_id', c.id, 'channel', (ARRAY['whatsapp', 'email', 'link', 'fax'])[1 + n % 4])
           WHEN 'calendar_publish' THEN jsonb_build_object('calendar_id', c.id)
           WHEN 'day_open' THEN jsonb_build_object('calendar_id', c.id, 'day', 1 + n % 24, 'device', 'mobile')
           WHEN 'chat_start' THEN jsonb_build_object('calendar_id', c.id, 'child_id', c.child_id)
           WHEN 'page_view' THEN jsonb_build_object('path', (ARRAY['/', '/calendar', '/pricing', '/login'])[1 + n % 4])
           ELSE jsonb_build_object('method', (ARRAY['password', 'magic_link'])[1 + n % 2])
       END,
       make_timestamp(c.year, 11, 20, 0, 0, 0) + (n % 40) * interval '1 day' + (n * 37 % 1440) * interval '1 minute'
  FROM generate_series(1, 6000) AS n
  JOIN public.calendar AS c ON c.id = 1 + (n * 7) % (SELECT count(*) FROM public.calendar)
  CROSS JOIN LATERAL (SELECT (ARRAY['calendar_view', 'calendar_view', 'calendar_view', 'calendar_share', 'day_open', 'day_open',
                                    'chat_start', 'page_view', 'login', 'calendar_publish'])[1 + n % 10] AS typ) AS x
 ORDER BY n;

-- The explicit ids above bypassed the serial sequences; move them past the data.
SELECT setval('public.account_id_seq', (SELECT max(id) FROM public.account)) AS account_seq,
       setval('public.child_id_seq', (SELECT max(id) FROM public.child)) AS child_seq,
       setval('public.calendar_id_seq', (SELECT max(id) FROM public.calendar)) AS calendar_seq,
       setval('public.surprise_config_id_seq', (SELECT max(id) FROM public.surprise_config)) AS surprise_config_seq;

COMMIT;
