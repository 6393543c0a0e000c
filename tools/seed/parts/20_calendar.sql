-- calendar domain: the 300 parent accounts (601..900), their children, media, calendars for
-- advent 2024 (archived) and 2025, days, surprises, chats and memory.

INSERT INTO calendar.family_settings
    (id, account_id, time_zone, default_unlock_hour, allow_ai_chat, max_daily_chat_minutes, content_filter,
     notify_on_day_open, weekly_digest, created_at, updated_at)
SELECT pg_temp.uid('family', p), a.id, a.time_zone, pg_temp.ri('duh' || p, 6, 9)::smallint, p % 11 <> 0,
       (ARRAY[10, 15, 20, 30])[1 + p % 4]::smallint,
       (ARRAY['strict','strict','moderate','relaxed'])[1 + p % 4]::calendar.content_filter_level,
       p % 3 <> 0, p % 4 = 0, a.created_at, a.created_at
  FROM generate_series(601, 900) AS p
  JOIN users.account AS a ON a.id = pg_temp.acct(p);

-- 12 media files per family: 8 photos, 3 videos, 1 audio greeting.
INSERT INTO calendar.media_asset
    (id, owner_account_id, kind, status, storage_bucket, storage_path, original_filename, mime_type, byte_size,
     width, height, duration_ms, checksum_sha256, is_private, processing_error, processed_at, created_at, updated_at)
SELECT pg_temp.uid('media', p * 100 + m), pg_temp.acct(p),
       kind::calendar.media_kind, st::calendar.media_status,
       'family-media', 'accounts/' || pg_temp.acct(p) || '/' || m || '.' || ext,
       (ARRAY['IMG_','VID_','AUD_'])[CASE kind WHEN 'image' THEN 1 WHEN 'video' THEN 2 ELSE 3 END] || (1000 + p + m) || '.' || ext,
       mime,
       CASE WHEN st = 'ready' THEN CASE kind WHEN 'image' THEN 250000 + pg_temp.ri('bs' || p || m, 0, 3000000)
                                             WHEN 'video' THEN 8000000 + pg_temp.ri('bs' || p || m, 0, 90000000)
                                             ELSE 300000 + pg_temp.ri('bs' || p || m, 0, 900000) END END,
       CASE WHEN kind IN ('image', 'video') THEN (ARRAY[1920, 1080, 1280])[1 + m % 3] END,
       CASE WHEN kind IN ('image', 'video') THEN (ARRAY[1080, 1920, 720])[1 + m % 3] END,
       CASE WHEN kind IN ('video', 'audio') AND st = 'ready' THEN pg_temp.ri('dur' || p || m, 5000, 120000) END,
       CASE WHEN st = 'ready' THEN sha256(convert_to('media' || p || ':' || m, 'UTF8')) END,
       true,
       CASE WHEN st = 'failed' THEN 'transcode failed: unsupported codec' END,
       CASE WHEN st = 'ready' THEN ts + interval '2 minutes' END,
       ts, ts + interval '2 minutes'
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 12) AS m
  CROSS JOIN LATERAL (SELECT CASE WHEN m <= 8 THEN 'image' WHEN m <= 11 THEN 'video' ELSE 'audio' END AS kind,
                             CASE WHEN m <= 8 THEN 'jpg' WHEN m <= 11 THEN 'mp4' ELSE 'm4a' END AS ext,
                             CASE WHEN m <= 8 THEN 'image/jpeg' WHEN m <= 11 THEN 'video/mp4' ELSE 'audio/mp4' END AS mime,
                             CASE WHEN m = 11 AND p % 25 = 0 THEN 'failed'
                                  WHEN m = 12 AND p % 10 = 0 THEN 'processing' ELSE 'ready' END AS st,
                             timestamptz '2025-10-01 00:00:00+00' + pg_temp.ri('mt' || p || m, 0, 55) * interval '1 day'
                                 + pg_temp.ri('mtm' || p || m, 0, 1439) * interval '1 minute' AS ts) AS x;

-- 1 or 2 children per family.
INSERT INTO calendar.child_profile
    (id, account_id, display_name, birth_date, avatar_media_id, interests, favorite_color, language, is_active, created_at, updated_at)
SELECT pg_temp.uid('child', p * 10 + j), pg_temp.acct(p),
       pg_temp.pick('cfn' || p || j, pg_temp.first_names()),
       DATE '2014-01-01' + pg_temp.ri('cbd' || p || j, 0, 3650),
       pg_temp.uid('media', p * 100 + j),
       ARRAY[(ARRAY['dinosaurs','space','drawing','football','horses','music','lego','books'])[1 + (p + j) % 8],
             (ARRAY['animals','cooking','dance','science','swimming'])[1 + (p * j) % 5]],
       (ARRAY['red','blue','green','purple','yellow','orange'])[1 + (p + j) % 6],
       a.locale, true, a.created_at + interval '1 day', a.created_at + interval '1 day'
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  JOIN users.account AS a ON a.id = pg_temp.acct(p);

-- Calendars: one for advent 2025 per child; advent 2024 (archived) for some first children.
INSERT INTO calendar.advent_calendar
    (id, account_id, child_profile_id, title, description, year, start_date, day_count, status, theme,
     cover_media_id, share_slug, published_at, is_locked, locked_at, created_at, updated_at)
SELECT pg_temp.uid('cal', (p * 10 + j) * 10 + y), pg_temp.acct(p), pg_temp.uid('child', p * 10 + j),
       c.display_name || '''s Advent ' || yr, 'Twenty-four little surprises for ' || c.display_name || '.',
       yr::smallint, make_date(yr, 12, 1), 24, st::calendar.calendar_status,
       (ARRAY['winter-forest','gingerbread','northern-lights','cozy-cabin','snowflakes'])[1 + (p + j + y) % 5],
       pg_temp.uid('media', p * 100 + 3),
       CASE WHEN st <> 'draft' THEN 'adv-' || substr(md5('slug' || p || j || y), 1, 12) END,
       CASE WHEN st <> 'draft' THEN make_timestamptz(yr, 11, 20 + (p % 8), 19, 0, 0, 'UTC') END,
       false, NULL,
       make_timestamptz(yr, 10, 15 + (p % 10), 12, 0, 0, 'UTC'), make_timestamptz(yr, 11, 28, 12, 0, 0, 'UTC')
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN generate_series(0, 1) AS y
  JOIN calendar.child_profile AS c ON c.id = pg_temp.uid('child', p * 10 + j)
  CROSS JOIN LATERAL (SELECT 2025 - y AS yr,
                             CASE WHEN y = 1 THEN 'archived' WHEN p % 7 = 0 THEN 'draft' ELSE 'published' END AS st) AS x
 WHERE y = 0 OR (j = 1 AND p % 3 = 0);

INSERT INTO calendar.surprise_collection (id, calendar_id, title, theme, unlock_rule, is_enabled, created_at, updated_at)
SELECT pg_temp.uid('surprise', cal_n), cal.id, 'Video surprises from the family', cal.theme,
       (ARRAY['with_day','with_day','after_all_opened','final_day'])[1 + p % 4]::calendar.surprise_unlock_rule,
       p % 13 <> 0, cal.created_at + interval '1 day', cal.created_at + interval '1 day'
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN LATERAL (SELECT (p * 10 + j) * 10 AS cal_n) AS k
  JOIN calendar.advent_calendar AS cal ON cal.id = pg_temp.uid('cal', cal_n)
 WHERE p % 5 <> 0;

INSERT INTO calendar.surprise_video (id, collection_id, media_asset_id, title, position, unlock_day, created_at, updated_at)
SELECT pg_temp.uid('svideo', s_n * 10 + v), sc.id, pg_temp.uid('media', p * 100 + 8 + v),
       (ARRAY['Message from Grandma','Uncle Ben''s magic trick','The dog says hello'])[v], v::smallint, (v * 8)::smallint,
       sc.created_at, sc.created_at
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN LATERAL (SELECT (p * 10 + j) * 10 AS s_n) AS k
  JOIN calendar.surprise_collection AS sc ON sc.id = pg_temp.uid('surprise', s_n)
  CROSS JOIN generate_series(1, 3) AS v;

-- 24 days per calendar; unlock_date is filled by the guard trigger (start_date + day - 1).
INSERT INTO calendar.calendar_day
    (id, calendar_id, day_number, title, message, content_type, media_asset_id, surprise_video_id, opened_at, reaction, created_at, updated_at)
SELECT pg_temp.uid('day', cal_n * 100 + d), cal.id, d::smallint,
       'Day ' || d || ': ' || (ARRAY['Snow day','Cookie time','A riddle','Look outside','Sing along','Secret mission',
                                     'Craft corner','Story time'])[1 + (d + p) % 8],
       CASE WHEN ct IN ('message', 'activity') OR d % 3 = 0
            THEN (ARRAY['We are so proud of you!','Find the hidden star in the living room.','Today we bake cookies together.',
                        'Draw your favourite winter animal.','Call Grandpa and sing him a song.'])[1 + (d * p) % 5] END,
       ct::calendar.day_content_type,
       CASE ct WHEN 'image' THEN pg_temp.uid('media', p * 100 + 1 + d % 8)
               WHEN 'video' THEN pg_temp.uid('media', p * 100 + 9 + d % 2)
               WHEN 'audio' THEN pg_temp.uid('media', p * 100 + 12) END,
       CASE WHEN ct = 'surprise' THEN pg_temp.uid('svideo', cal_n * 10 + d / 8) END,
       CASE WHEN cal.status <> 'draft' AND (cal.year = 2024 OR pg_temp.rnd('op' || cal_n || d) < 0.8)
            THEN make_timestamptz(cal.year, 12, d, 7, 0, 0, 'UTC') + pg_temp.ri('oh' || cal_n || d, 0, 720) * interval '1 minute' END,
       CASE WHEN pg_temp.rnd('rx' || cal_n || d) < 0.5 THEN (ARRAY['😍','🎉','😂','❤️','⭐'])[1 + (d + p) % 5] END,
       cal.created_at, cal.created_at
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN generate_series(0, 1) AS y
  CROSS JOIN LATERAL (SELECT ((p * 10 + j) * 10 + y) AS cal_n) AS k
  JOIN calendar.advent_calendar AS cal ON cal.id = pg_temp.uid('cal', cal_n)
  LEFT JOIN calendar.surprise_collection AS sc ON sc.calendar_id = cal.id
  CROSS JOIN generate_series(1, 24) AS d
  CROSS JOIN LATERAL (SELECT CASE WHEN d % 8 = 0 AND sc.id IS NOT NULL THEN 'surprise'
                                  WHEN d % 6 = 1 THEN 'image'
                                  WHEN d % 6 = 2 THEN 'video'
                                  WHEN d % 6 = 3 THEN 'activity'
                                  WHEN d % 12 = 4 THEN 'audio'
                                  ELSE 'message' END AS ct) AS c;

-- Lock the archived calendars and about half of the published 2025 ones (content frozen once
-- the child started opening); locking after the days are in, as the application does.
UPDATE calendar.advent_calendar AS c
   SET is_locked = true,
       locked_at = make_timestamptz(c.year, 12, 1, 6, 0, 0, 'UTC')
 WHERE c.status = 'archived'
    OR (c.status = 'published' AND pg_temp.rnd('lock' || c.id) < 0.5);

-- Six chat sessions per child in December 2025 (2 700 sessions).
INSERT INTO calendar.chat_session
    (id, account_id, child_profile_id, calendar_id, calendar_day_id, status, started_at, last_activity_at,
     expires_at, ended_at, summary, client_ip, created_at, updated_at)
SELECT pg_temp.uid('chat', (p * 10 + j) * 10 + s), pg_temp.acct(p), pg_temp.uid('child', p * 10 + j),
       cal.id, CASE WHEN cal.id IS NOT NULL THEN pg_temp.uid('day', ((p * 10 + j) * 10) * 100 + s * 4) END,
       st::calendar.chat_session_status, ts, ts, ts + interval '2 hours',
       CASE st WHEN 'ended' THEN ts + interval '40 minutes' WHEN 'expired' THEN ts + interval '2 hours' END,
       CASE WHEN st <> 'active' THEN 'Talked about ' || (ARRAY['the snowman','school friends','the cookie recipe',
            'a scary dream','the dog','what Santa eats'])[1 + (p + s) % 6] || '.' END,
       ('198.51.' || pg_temp.ri('sip' || p, 0, 255) || '.' || pg_temp.ri('cip' || p || s, 1, 254))::inet,
       ts, ts
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN generate_series(1, 6) AS s
  LEFT JOIN calendar.advent_calendar AS cal ON cal.id = pg_temp.uid('cal', (p * 10 + j) * 10) AND cal.status <> 'draft'
  CROSS JOIN LATERAL (SELECT make_timestamptz(2025, 12, s * 4, 17, 0, 0, 'UTC') + pg_temp.ri('cst' || p || j || s, 0, 180) * interval '1 minute' AS ts,
                             CASE WHEN s = 6 AND p % 50 = 0 THEN 'active' WHEN s = 3 THEN 'expired' ELSE 'ended' END AS st) AS x;

-- 12 messages per session (32 400 rows); the statement trigger maintains the session counters.
INSERT INTO calendar.chat_message
    (id, session_id, account_id, sender, content, moderation, token_count, latency_ms, metadata, created_at, updated_at)
SELECT pg_temp.uid('cmsg', ((p * 10 + j) * 10 + s) * 100 + m), pg_temp.uid('chat', (p * 10 + j) * 10 + s), pg_temp.acct(p),
       sender::calendar.chat_sender,
       CASE sender
           WHEN 'child' THEN (ARRAY['Hi! What is behind door number ' || (s * 4) || '?', 'I built a snowman today!',
                                    'Why do reindeer fly?', 'Can you tell me a story about a dragon?',
                                    'I am sad because my friend moved away.', 'What should I draw for Grandma?'])[1 + (m + p) % 6]
           WHEN 'parent' THEN 'Time for bed now, say goodnight!'
           ELSE (ARRAY['Hello! Let us find out together.', 'Wow, a snowman! Did you give it a carrot nose?',
                       'In stories, reindeer fly because of Christmas magic!', 'Once upon a time, a tiny dragon was afraid of the dark...',
                       'I am sorry you feel sad. Missing a friend shows how much you care.', 'How about a winter forest with a fox?'])[1 + (m + p) % 6]
       END,
       CASE WHEN sender = 'child' AND (p * m) % 97 = 0 THEN 'filtered' ELSE 'clean' END::calendar.moderation_result,
       pg_temp.ri('ctk' || p || j || s || m, 5, 120),
       CASE WHEN sender = 'assistant' THEN pg_temp.ri('clt' || p || j || s || m, 300, 2500) END,
       CASE WHEN sender = 'assistant'
            THEN jsonb_build_object('model', 'kids-companion-2025-11', 'temperature', 0.6, 'safety', 'strict')
            ELSE '{}'::jsonb END,
       cs.started_at + m * interval '2 minutes', cs.started_at + m * interval '2 minutes'
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN generate_series(1, 6) AS s
  JOIN calendar.chat_session AS cs ON cs.id = pg_temp.uid('chat', (p * 10 + j) * 10 + s)
  CROSS JOIN generate_series(1, 12) AS m
  CROSS JOIN LATERAL (SELECT CASE WHEN m = 12 AND s % 3 = 0 THEN 'parent' WHEN m % 2 = 1 THEN 'child' ELSE 'assistant' END AS sender) AS x;

INSERT INTO calendar.memory_fragment (id, account_id, child_profile_id, session_id, kind, content, salience, expires_at, created_at, updated_at)
SELECT pg_temp.uid('fragment', ((p * 10 + j) * 10 + s) * 10 + f), pg_temp.acct(p), pg_temp.uid('child', p * 10 + j),
       cs.id,
       (ARRAY['fact','preference','emotion','event','question','relationship'])[1 + (s + f + p) % 6]::calendar.memory_kind,
       (ARRAY['Built a snowman with a carrot nose','Favourite animal is the fox','Felt sad that a friend moved away',
              'Baked cookies with Dad','Wonders why reindeer can fly','Best friend is called ' || pg_temp.pick('bf' || p, pg_temp.first_names())])[1 + (s + f + p) % 6],
       round(pg_temp.rnd('sal' || p || j || s || f)::numeric, 2),
       cs.started_at + interval '20 minutes' + interval '7 days',
       cs.started_at + interval '20 minutes', cs.started_at + interval '20 minutes'
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN generate_series(1, 6) AS s
  JOIN calendar.chat_session AS cs ON cs.id = pg_temp.uid('chat', (p * 10 + j) * 10 + s)
  CROSS JOIN generate_series(1, 2) AS f;

-- Long-term memories with 384-dimensional embeddings.
INSERT INTO calendar.memory_embedding
    (id, account_id, child_profile_id, source_fragment_id, kind, content, model, embedding_dim, embedding,
     importance, access_count, last_accessed_at, created_at, updated_at)
SELECT pg_temp.uid('embedding', (p * 10 + j) * 10 + e), pg_temp.acct(p), pg_temp.uid('child', p * 10 + j),
       CASE WHEN e <= 2 THEN fr.id END,
       coalesce(fr.kind, 'preference'::calendar.memory_kind),
       coalesce(fr.content, (ARRAY['Loves winter forests','Is afraid of the dark'])[e - 2]),
       'text-embedding-small-384', 384, pg_temp.vec('emb' || p || j || e, 384),
       round(pg_temp.rnd('imp' || p || j || e)::numeric, 2), pg_temp.ri('acc' || p || j || e, 0, 30),
       timestamptz '2025-12-28 00:00:00+00' + pg_temp.ri('lac' || p || j || e, 0, 30) * interval '1 day',
       timestamptz '2025-12-05 00:00:00+00' + e * interval '1 day', timestamptz '2025-12-05 00:00:00+00' + e * interval '1 day'
  FROM generate_series(601, 900) AS p CROSS JOIN generate_series(1, 1 + p % 2) AS j
  CROSS JOIN generate_series(1, 4) AS e
  LEFT JOIN calendar.memory_fragment AS fr ON e <= 2 AND fr.id = pg_temp.uid('fragment', ((p * 10 + j) * 10 + 1) * 10 + e);
