-- users domain: organizations, accounts, sessions, tokens, login attempts, memberships and
-- the companion memory of the 600 member accounts.

INSERT INTO users.account
    (id, email, email_verified_at, display_name, role, status, auth_provider, password_hash,
     password_changed_at, mfa_enabled, mfa_secret_encrypted, failed_login_count, locked_until,
     last_login_at, last_login_ip, locale, time_zone, terms_accepted_at, deactivated_at, created_at, updated_at)
SELECT pg_temp.acct(n),
       lower(replace(pg_temp.person(n), ' ', '.')) || '.' || n || '@' ||
           pg_temp.pick('dom' || n, ARRAY['example.com','mail.example.org','school.example.edu','family.example.net']),
       CASE WHEN st = 'pending_verification' THEN NULL ELSE created + interval '20 minutes' END,
       pg_temp.person(n),
       role::users.account_role,
       st::users.account_status,
       prov::users.auth_provider,
       CASE WHEN prov = 'password'
            THEN '$argon2id$v=19$m=65536,t=3,p=4$' || substr(md5('salt' || n), 1, 22) || '$' || md5('hash' || n) END,
       CASE WHEN prov = 'password' THEN created END,
       mfa,
       CASE WHEN mfa THEN decode(md5('totp' || n) || md5('totp2' || n), 'hex') END,
       CASE WHEN st = 'locked' THEN 5 ELSE 0 END,
       CASE WHEN st = 'locked' THEN timestamptz '2026-03-01 00:00:00+00' END,
       CASE WHEN st = 'pending_verification' THEN NULL ELSE pg_temp.t0() + (pg_temp.ri('ll' || n, 0, 90) || ' days')::interval END,
       CASE WHEN st = 'pending_verification' THEN NULL
            ELSE ('198.51.' || pg_temp.ri('ip1' || n, 0, 255) || '.' || pg_temp.ri('ip2' || n, 1, 254))::inet END,
       pg_temp.pick('loc' || n, ARRAY['en','en','en','pt-BR','de','fr','es']),
       pg_temp.pick('tz' || n, ARRAY['UTC','Europe/Berlin','America/New_York','America/Sao_Paulo','Europe/Paris','Asia/Tokyo']),
       created,
       CASE WHEN st = 'deactivated' THEN created + interval '40 days' END,
       created,
       created + interval '1 hour'
  FROM (SELECT n,
               CASE WHEN n <= 600 THEN 'member' WHEN n <= 900 THEN 'parent' WHEN n <= 960 THEN 'teacher'
                    WHEN n <= 1560 THEN 'student' WHEN n <= 1580 THEN 'admin' ELSE 'member' END AS role,
               CASE WHEN n <= 1580 THEN 'active'
                    ELSE (ARRAY['pending_verification','locked','suspended','deactivated'])[1 + n % 4] END AS st,
               CASE WHEN n BETWEEN 961 AND 1560 THEN 'magic_link'
                    ELSE pg_temp.pick('prov' || n, ARRAY['password','password','password','google','apple','magic_link']) END AS prov,
               (n BETWEEN 1561 AND 1580) OR pg_temp.rnd('mfa' || n) < 0.15 AS mfa,
               timestamptz '2025-06-01 00:00:00+00' + (n * interval '117 minutes') AS created
          FROM generate_series(1, 1600) AS n) AS a;

INSERT INTO users.organization (id, name, slug, kind, created_by, created_at, updated_at)
SELECT pg_temp.uid('org', o),
       name, slug, kind::users.organization_kind,
       pg_temp.acct(creator),
       timestamptz '2025-06-15 00:00:00+00' + o * interval '1 day',
       timestamptz '2025-06-15 00:00:00+00' + o * interval '1 day'
  FROM (VALUES
        (1, 'Riverside Elementary', 'riverside-elementary', 'school', 901),
        (2, 'Hillcrest Middle School', 'hillcrest-middle', 'school', 911),
        (3, 'Lakeside Academy', 'lakeside-academy', 'school', 921),
        (4, 'Northgate Primary', 'northgate-primary', 'school', 931),
        (5, 'Valley Unified District', 'valley-unified', 'district', 941),
        (6, 'Harbor City Schools', 'harbor-city-schools', 'district', 951),
        (7, 'Calm Waters Clinic', 'calm-waters-clinic', 'clinic', 1561),
        (8, 'Open Door Counseling', 'open-door-counseling', 'clinic', 1566),
        (9, 'The Silva Family', 'silva-family', 'family', 601),
        (10, 'The Okafor Family', 'okafor-family', 'family', 602),
        (11, 'Brightpath Learning Ltd', 'brightpath-learning', 'company', 1571),
        (12, 'Kindred Wellness GmbH', 'kindred-wellness', 'company', 1576)
       ) AS v (o, name, slug, kind, creator);

-- Teachers in schools (first teacher of each school is its owner), students in the school of
-- their classes, admins in clinics, some members as clinic members, parents in families.
INSERT INTO users.organization_member (id, organization_id, account_id, role, invited_by, joined_at, created_at, updated_at)
SELECT pg_temp.uid('orgm', row_number() OVER (ORDER BY org, acc)),
       pg_temp.uid('org', org), pg_temp.acct(acc), role::users.organization_role,
       CASE WHEN role = 'owner' THEN NULL ELSE pg_temp.acct(inviter) END,
       ts, ts, ts
  FROM (
        SELECT 1 + (t - 901) % 6 AS org, t AS acc,
               CASE WHEN (t - 901) < 6 THEN 'owner' WHEN (t - 901) < 12 THEN 'admin' ELSE 'staff' END AS role,
               901 + (t - 901) % 6 AS inviter,
               timestamptz '2025-07-01 00:00:00+00' + (t - 900) * interval '3 hours' AS ts
          FROM generate_series(901, 960) AS t
        UNION ALL
        SELECT 1 + (s - 961) % 4, s, 'member', 901 + (s - 961) % 4,
               timestamptz '2025-08-20 00:00:00+00' + (s - 960) * interval '25 minutes'
          FROM generate_series(961, 1560) AS s
        UNION ALL
        SELECT 7 + (a - 1561) / 10, a, CASE WHEN a IN (1561, 1571) THEN 'owner' ELSE 'admin' END,
               CASE WHEN a < 1571 THEN 1561 ELSE 1571 END,
               timestamptz '2025-06-20 00:00:00+00' + (a - 1560) * interval '1 hour'
          FROM generate_series(1561, 1580) AS a
        UNION ALL
        SELECT 7 + m % 2, m, 'member', 1561 + (m % 2) * 5,
               timestamptz '2025-07-10 00:00:00+00' + m * interval '2 hours'
          FROM generate_series(1, 600, 5) AS m
        UNION ALL
        SELECT 9 + (p - 601) % 2, p, CASE WHEN p IN (601, 602) THEN 'owner' ELSE 'member' END, 601 + (p - 601) % 2,
               timestamptz '2025-09-01 00:00:00+00' + p * interval '1 hour'
          FROM generate_series(601, 640) AS p
       ) AS m;

-- Four sessions per active account: older ones ended (logout/expired), the newest still open.
INSERT INTO users.account_session
    (id, account_id, token_hash, created_ip, last_seen_ip, user_agent, device_label, mfa_verified_at,
     last_seen_at, expires_at, ended_at, end_reason, created_at, updated_at)
SELECT pg_temp.uid('session', n * 10 + k),
       pg_temp.acct(n),
       sha256(convert_to('token:' || n || ':' || k, 'UTF8')),
       ip, CASE WHEN k % 2 = 0 THEN ip ELSE ('203.0.113.' || pg_temp.ri('ipl' || n || k, 1, 254))::inet END,
       pg_temp.pick('ua' || n || k, ARRAY[
           'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
           'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/129.0 Safari/537.36',
           'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
           'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/129.0 Mobile Safari/537.36']),
       pg_temp.pick('dev' || n || k, ARRAY['Laptop','Phone','Tablet','Work PC']),
       CASE WHEN a.mfa_enabled THEN created + interval '1 minute' END,
       created + interval '3 hours',
       created + interval '30 days',
       CASE WHEN k < 4 THEN created + interval '5 hours' END,
       CASE WHEN k < 4 THEN (CASE WHEN k % 2 = 0 THEN 'logout' ELSE 'expired' END)::users.session_end_reason END,
       created, created + interval '3 hours'
  FROM generate_series(1, 1600) AS n
  JOIN users.account AS a ON a.id = pg_temp.acct(n) AND a.status <> 'pending_verification'
  CROSS JOIN generate_series(1, 4) AS k
  CROSS JOIN LATERAL (SELECT ('198.51.' || pg_temp.ri('sip' || n, 0, 255) || '.' || pg_temp.ri('sip2' || n || k, 1, 254))::inet AS ip,
                             timestamptz '2025-09-01 00:00:00+00' + (k * 25 + pg_temp.ri('sd' || n || k, 0, 20)) * interval '1 day'
                                 + pg_temp.ri('sh' || n || k, 0, 1439) * interval '1 minute' AS created) AS x;

INSERT INTO users.auth_token (id, account_id, purpose, token_hash, sent_to, requested_ip, expires_at, consumed_at, created_at, updated_at)
SELECT pg_temp.uid('authtoken', n),
       a.id,
       CASE WHEN a.status = 'pending_verification' THEN 'email_verification'
            WHEN a.auth_provider = 'magic_link' THEN 'magic_link'
            ELSE (ARRAY['password_reset','email_verification','mfa_recovery'])[1 + n % 3] END::users.auth_token_purpose,
       sha256(convert_to('auth:' || n, 'UTF8')),
       a.email,
       ('192.0.2.' || pg_temp.ri('tip' || n, 1, 254))::inet,
       created + CASE WHEN a.auth_provider = 'magic_link' THEN interval '15 minutes' ELSE interval '24 hours' END,
       CASE WHEN a.status <> 'pending_verification' AND n % 5 <> 0 THEN created + interval '4 minutes' END,
       created, created
  FROM generate_series(1, 1600, 2) AS n
  JOIN users.account AS a ON a.id = pg_temp.acct(n)
  CROSS JOIN LATERAL (SELECT a.created_at + pg_temp.ri('tk' || n, 1, 120) * interval '1 day' AS created) AS x;

-- Login attempts: mostly successes, some bad passwords, some unknown e-mails from scanners.
INSERT INTO users.login_attempt (id, account_id, email_attempted, ip, user_agent, succeeded, failure_reason, attempted_at)
SELECT pg_temp.uid('login', n * 10 + k),
       CASE WHEN unknown THEN NULL ELSE pg_temp.acct(n) END,
       CASE WHEN unknown THEN 'admin' || k || '@' || pg_temp.pick('sd' || n, ARRAY['example.com','example.org']) ELSE a.email END,
       CASE WHEN unknown THEN ('203.0.113.' || (n % 250 + 1))::inet
            ELSE ('198.51.' || pg_temp.ri('sip' || n, 0, 255) || '.' || pg_temp.ri('lip' || n || k, 1, 254))::inet END,
       'Mozilla/5.0',
       ok,
       CASE WHEN ok THEN NULL WHEN unknown THEN 'unknown_email'
            WHEN a.status = 'locked' THEN 'account_locked' WHEN a.status = 'suspended' THEN 'account_suspended'
            WHEN a.mfa_enabled AND k = 2 THEN 'mfa_failed' ELSE 'bad_password' END::users.login_failure_reason,
       timestamptz '2025-09-01 00:00:00+00' + (k * 19 + pg_temp.ri('la' || n || k, 0, 18)) * interval '1 day'
           + pg_temp.ri('lm' || n || k, 0, 1439) * interval '1 minute'
  FROM generate_series(1, 1600) AS n
  JOIN users.account AS a ON a.id = pg_temp.acct(n)
  CROSS JOIN generate_series(1, 6) AS k
  CROSS JOIN LATERAL (SELECT (k = 6 AND n % 7 = 0) AS unknown) AS u
  CROSS JOIN LATERAL (SELECT NOT u.unknown AND a.status IN ('active', 'deactivated') AND pg_temp.rnd('lok' || n || k) < 0.85 AS ok) AS o;

-- --------------------------------------------------------------------------------------
-- Companion memory of members 1..600
-- --------------------------------------------------------------------------------------

INSERT INTO users.user_profile_summary
    (id, user_id, preferred_name, pronouns, birth_year, summary, primary_concerns, therapeutic_focus,
     communication_notes, wellbeing_score, memory_version, last_summarized_at, created_at, updated_at)
SELECT pg_temp.uid('profile', u), pg_temp.acct(u),
       split_part(pg_temp.person(u), ' ', 1),
       pg_temp.pick('pr' || u, ARRAY['she/her','he/him','they/them', NULL]),
       pg_temp.ri('by' || u, 1958, 2006)::smallint,
       'Working on ' || pg_temp.pick('c1' || u, ARRAY['work stress','anxiety in social situations','grief after a loss',
           'sleep problems','self-worth','a recent breakup','burnout','family conflict']) ||
       '; responds well to ' || pg_temp.pick('c2' || u, ARRAY['gentle reflection','concrete exercises','humor','structured plans']) || '.',
       ARRAY[pg_temp.pick('pc1' || u, ARRAY['anxiety','stress','sleep','grief','relationships']),
             pg_temp.pick('pc2' || u, ARRAY['self-esteem','work','family','motivation','loneliness'])],
       pg_temp.pick('tf' || u, ARRAY['CBT thought records','values clarification','emotion regulation','boundary setting']),
       pg_temp.pick('cn' || u, ARRAY['Prefers short answers','Likes to be asked open questions','Wants direct feedback', NULL]),
       pg_temp.ri('wb' || u, 3, 9)::smallint,
       pg_temp.ri('mv' || u, 1, 12),
       timestamptz '2025-12-15 00:00:00+00' + pg_temp.ri('ls' || u, 0, 40) * interval '1 day',
       a.created_at, a.created_at + interval '2 days'
  FROM generate_series(1, 600) AS u
  JOIN users.account AS a ON a.id = pg_temp.acct(u);

INSERT INTO users.user_conversations
    (id, user_id, title, status, started_at, ended_at, summary, mood_at_start, mood_at_end, created_at, updated_at)
SELECT pg_temp.uid('conv', u * 10 + c), pg_temp.acct(u),
       pg_temp.pick('ct' || u || c, ARRAY['Evening check-in','Rough day at work','Thinking about my sister','Sleep again',
           'Preparing for a hard conversation','Small win today','Feeling stuck','Weekly reflection']),
       CASE WHEN c = 4 THEN 'active' WHEN c = 1 THEN 'archived' ELSE 'closed' END::users.conversation_status,
       st,
       CASE WHEN c = 4 THEN NULL ELSE st + interval '50 minutes' END,
       CASE WHEN c = 4 THEN NULL ELSE 'Talked through ' || pg_temp.pick('cs' || u || c, ARRAY['a conflict with a manager',
           'worries about money','feeling lonely on weekends','a panic episode','progress with journaling']) || '.' END,
       pg_temp.ri('ms' || u || c, 2, 7)::smallint,
       CASE WHEN c = 4 THEN NULL ELSE pg_temp.ri('me' || u || c, 4, 9)::smallint END,
       st, st
  FROM generate_series(1, 600) AS u
  CROSS JOIN generate_series(1, 4) AS c
  CROSS JOIN LATERAL (SELECT timestamptz '2025-09-05 00:00:00+00' + (c * 28 + pg_temp.ri('cd' || u || c, 0, 20)) * interval '1 day'
                                 + pg_temp.ri('ch' || u || c, 360, 1380) * interval '1 minute' AS st) AS s;

-- 16 alternating messages per conversation (38 400 rows); the statement trigger fills
-- message_count and last_message_at of the conversations.
INSERT INTO users.user_conversation_messages
    (id, conversation_id, user_id, role, content, token_count, sentiment, model, is_flagged, created_at, updated_at)
SELECT pg_temp.uid('msg', (u * 10 + c) * 100 + m),
       pg_temp.uid('conv', u * 10 + c), pg_temp.acct(u),
       CASE WHEN m % 2 = 1 THEN 'user' ELSE 'assistant' END::users.message_role,
       CASE WHEN m % 2 = 1
            THEN pg_temp.pick('um' || u || c || m, ARRAY['I could not sleep again last night.',
                 'Work was overwhelming today and I snapped at a colleague.',
                 'I tried the breathing exercise and it helped a bit.',
                 'My sister called and it brought up a lot of old stuff.',
                 'I feel like I am not making any progress.',
                 'Today was actually a good day, I went for a walk.',
                 'I keep replaying the conversation in my head.',
                 'I am nervous about the meeting tomorrow.'])
            ELSE pg_temp.pick('am' || u || c || m, ARRAY['That sounds exhausting. What do you think kept you awake?',
                 'It makes sense to feel that way after such a long day. What happened right before?',
                 'I am glad the breathing helped. Would you like to make it part of your evening routine?',
                 'Old family patterns can be painful to revisit. What came up for you?',
                 'Progress is often hard to see from the inside. Can we look at what changed since last month?',
                 'A walk is a great choice. What did you notice while you were out?',
                 'Replaying can be a sign your mind is trying to protect you. What would you say to a friend?',
                 'Let us plan for tomorrow together. What is the one thing you want to say?']) END,
       pg_temp.ri('tc' || u || c || m, 12, 180),
       round((pg_temp.rnd('se' || u || c || m) * 2 - 1)::numeric, 3),
       CASE WHEN m % 2 = 0 THEN pg_temp.pick('mdl' || u, ARRAY['companion-large-2025-09','companion-small-2025-10']) END,
       m = 7 AND u % 40 = 0,
       cv.started_at + m * interval '3 minutes',
       cv.started_at + m * interval '3 minutes'
  FROM generate_series(1, 600) AS u
  CROSS JOIN generate_series(1, 4) AS c
  JOIN users.user_conversations AS cv ON cv.id = pg_temp.uid('conv', u * 10 + c)
  CROSS JOIN generate_series(1, 16) AS m;

INSERT INTO users.user_conversation_continuity
    (id, user_id, last_conversation_id, carry_over_summary, open_threads, suggested_next_focus,
     sessions_count, last_session_ended_at, created_at, updated_at)
SELECT pg_temp.uid('cont', u), pg_temp.acct(u), pg_temp.uid('conv', u * 10 + 3),
       'Last time we explored ' || pg_temp.pick('co' || u, ARRAY['work boundaries','sleep hygiene','grief rituals','self-talk']) || '.',
       ARRAY[pg_temp.pick('ot1' || u, ARRAY['talk to manager','call sister','book doctor appointment']),
             pg_temp.pick('ot2' || u, ARRAY['try journaling','evening walk','screen-free hour'])],
       pg_temp.pick('nf' || u, ARRAY['Check how the conversation with the manager went','Review the sleep diary','Celebrate the small wins']),
       4, cv.ended_at, cv.started_at, cv.ended_at
  FROM generate_series(1, 600) AS u
  JOIN users.user_conversations AS cv ON cv.id = pg_temp.uid('conv', u * 10 + 3);

-- Crisis flags on every 4th member; most resolved, some open for the triage queue.
INSERT INTO users.user_crisis_flags
    (id, user_id, conversation_id, message_id, category, severity, status, detected_by, detector_confidence,
     excerpt, staff_notes, acknowledged_at, acknowledged_by, resolved_at, resolved_by, created_at, updated_at)
SELECT pg_temp.uid('flag', u), pg_temp.acct(u), pg_temp.uid('conv', u * 10 + 2), pg_temp.uid('msg', (u * 10 + 2) * 100 + 7),
       pg_temp.pick('fc' || u, ARRAY['suicidal_ideation','self_harm','substance','abuse','other'])::users.crisis_category,
       pg_temp.pick('fs' || u, ARRAY['low','moderate','moderate','high','critical'])::users.severity_level,
       st::users.crisis_status,
       CASE WHEN u % 12 = 0 THEN 'user_report' ELSE 'model' END::users.detection_source,
       CASE WHEN u % 12 = 0 THEN NULL ELSE round(pg_temp.rnd('fconf' || u)::numeric * 0.5 + 0.5, 3) END,
       'I keep replaying the conversation in my head.',
       CASE WHEN st <> 'open' THEN 'Reached out; user confirmed they are safe and has a plan.' END,
       CASE WHEN st <> 'open' THEN ts + interval '12 minutes' END,
       CASE WHEN st <> 'open' THEN pg_temp.acct(1561 + u % 10) END,
       CASE WHEN st IN ('resolved', 'dismissed') THEN ts + interval '2 days' END,
       CASE WHEN st IN ('resolved', 'dismissed') THEN pg_temp.acct(1561 + u % 10) END,
       ts, ts + interval '2 days'
  FROM generate_series(4, 600, 4) AS u
  JOIN users.user_conversation_messages AS m ON m.id = pg_temp.uid('msg', (u * 10 + 2) * 100 + 7)
  CROSS JOIN LATERAL (SELECT m.created_at AS ts,
                             CASE WHEN u % 20 = 0 THEN 'open' WHEN u % 20 = 4 THEN 'acknowledged'
                                  WHEN u % 20 = 8 THEN 'escalated' WHEN u % 20 = 12 THEN 'dismissed'
                                  ELSE 'resolved' END AS st) AS x;

INSERT INTO users.user_feedback_log (id, user_id, conversation_id, message_id, kind, rating, comment, created_at, updated_at)
SELECT pg_temp.uid('feedback', u * 10 + k), pg_temp.acct(u), pg_temp.uid('conv', u * 10 + k),
       pg_temp.uid('msg', (u * 10 + k) * 100 + 4),
       pg_temp.pick('fk' || u || k, ARRAY['helpful','helpful','helpful','not_helpful','too_long','inaccurate'])::users.feedback_kind,
       pg_temp.ri('fr' || u || k, 1, 5)::smallint,
       pg_temp.pick('fcm' || u || k, ARRAY['This really helped.','A bit generic.','Felt heard.', NULL, NULL]),
       cv.started_at + interval '15 minutes', cv.started_at + interval '15 minutes'
  FROM generate_series(1, 600) AS u
  CROSS JOIN generate_series(1, 2) AS k
  JOIN users.user_conversations AS cv ON cv.id = pg_temp.uid('conv', u * 10 + k);

-- The memory tables. ts(u, k) = a creation time between Sep and Dec 2025.
CREATE FUNCTION pg_temp.mts(kind text, u integer, k integer) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE AS $$
    SELECT timestamptz '2025-09-10 00:00:00+00' + pg_temp.ri(kind || u || ':' || k, 0, 110) * interval '1 day'
           + pg_temp.ri(kind || 'm' || u || ':' || k, 0, 1439) * interval '1 minute' $$;

INSERT INTO users.user_themes (id, user_id, theme, description, salience, mention_count, first_mentioned_at, last_mentioned_at, is_active, created_at, updated_at)
SELECT pg_temp.uid('theme', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Perfectionism','Fear of abandonment','Work-life balance','Grief','Self-compassion','People pleasing'])[1 + (u + k) % 6],
       'Comes up when talking about ' || pg_temp.pick('thd' || u || k, ARRAY['work','family','friends','the future']) || '.',
       pg_temp.ri('ths' || u || k, 1, 10)::smallint, pg_temp.ri('thm' || u || k, 1, 25),
       pg_temp.mts('th', u, k), pg_temp.mts('th', u, k) + pg_temp.ri('thl' || u || k, 0, 60) * interval '1 day',
       k < 4, pg_temp.mts('th', u, k), pg_temp.mts('th', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 1 + u % 4) AS k;

INSERT INTO users.user_people (id, user_id, name, relationship, closeness, sentiment, is_deceased, notes, created_at, updated_at)
SELECT pg_temp.uid('person', u * 10 + k), pg_temp.acct(u),
       pg_temp.pick('pfn' || u || k, pg_temp.first_names()),
       (ARRAY['parent','sibling','partner','friend','colleague','mentor'])[1 + (u + k) % 6]::users.person_relationship,
       pg_temp.ri('pcl' || u || k, 1, 10)::smallint, pg_temp.ri('pse' || u || k, -5, 5)::smallint,
       (u + k) % 53 = 0,
       pg_temp.pick('pno' || u || k, ARRAY['Lives nearby','Talks every Sunday','Complicated history', NULL]),
       pg_temp.mts('pe', u, k), pg_temp.mts('pe', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 5) AS k;

INSERT INTO users.user_coping_tools (id, user_id, name, category, description, effectiveness, times_used, last_used_at, created_at, updated_at)
SELECT pg_temp.uid('coping', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Box breathing','5-4-3-2-1 grounding','Evening walk','Drawing','Call a friend','Thought record','Body scan','Cold water on face'])[1 + (u + k) % 8],
       (ARRAY['breathing','grounding','movement','creative','social','cognitive','mindfulness','sensory'])[1 + (u + k) % 8]::users.coping_category,
       'Use when ' || pg_temp.pick('cdw' || u || k, ARRAY['anxious','overwhelmed','sad','angry']) || '.',
       pg_temp.ri('cef' || u || k, 1, 10)::smallint, pg_temp.ri('ctu' || u || k, 0, 40),
       pg_temp.mts('co', u, k) + interval '10 days', pg_temp.mts('co', u, k), pg_temp.mts('co', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 3) AS k;

INSERT INTO users.user_goals (id, user_id, title, description, category, status, priority, progress_percent, target_date, achieved_at, created_at, updated_at)
SELECT pg_temp.uid('goal', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Sleep 7 hours','Set boundaries at work','Reconnect with old friends','Exercise twice a week','Finish the course','Save an emergency fund'])[1 + (u + k) % 6],
       NULL,
       (ARRAY['health','career','relationship','health','education','financial'])[1 + (u + k) % 6]::users.goal_category,
       st::users.goal_status,
       pg_temp.ri('gpr' || u || k, 1, 5)::smallint,
       CASE WHEN st = 'achieved' THEN 100 ELSE pg_temp.ri('gpp' || u || k, 0, 90) END::smallint,
       DATE '2026-01-01' + pg_temp.ri('gtd' || u || k, 0, 180),
       CASE WHEN st = 'achieved' THEN pg_temp.mts('go', u, k) + interval '30 days' END,
       pg_temp.mts('go', u, k), pg_temp.mts('go', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 3) AS k
  CROSS JOIN LATERAL (SELECT (ARRAY['active','active','paused','achieved','abandoned'])[1 + (u * 3 + k) % 5] AS st) AS s;

INSERT INTO users.user_trauma_patterns (id, user_id, pattern, trigger_description, typical_response, severity, onset_age, is_being_processed, created_at, updated_at)
SELECT pg_temp.uid('trauma', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Freezes when criticized','Hypervigilance in crowds','Avoids conflict at all costs','Startle response to loud voices'])[1 + (u + k) % 4],
       pg_temp.pick('ttd' || u || k, ARRAY['Raised voices','Being ignored','Unexpected changes','Feeling trapped']),
       pg_temp.pick('ttr' || u || k, ARRAY['Shuts down','Apologizes repeatedly','Leaves the room','Gets angry']),
       pg_temp.ri('tsv' || u || k, 1, 10)::smallint, pg_temp.ri('toa' || u || k, 4, 30)::smallint,
       pg_temp.rnd('tip' || u || k) < 0.4, pg_temp.mts('tr', u, k), pg_temp.mts('tr', u, k)
  FROM generate_series(1, 600, 2) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_pattern_loops (id, user_id, name, trigger_event, automatic_thought, emotion, behavior, consequence, frequency, intensity, awareness_level, created_at, updated_at)
SELECT pg_temp.uid('loop', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Procrastination spiral','Late-night scrolling','Overcommitting','Withdrawal after conflict'])[1 + (u + k) % 4],
       'Deadline approaching', 'I will fail anyway', pg_temp.pick('ple' || u || k, ARRAY['dread','shame','anxiety','guilt']),
       'Avoids the task', 'More stress the next day',
       (ARRAY['occasionally','weekly','several_times_weekly','daily'])[1 + (u + k) % 4]::users.frequency_level,
       pg_temp.ri('pli' || u || k, 1, 10)::smallint, pg_temp.ri('pla' || u || k, 1, 10)::smallint,
       pg_temp.mts('pl', u, k), pg_temp.mts('pl', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_shadow_themes (id, user_id, theme, description, projection_examples, integration_level, created_at, updated_at)
SELECT pg_temp.uid('shadow', u), pg_temp.acct(u),
       (ARRAY['Anger','Need for recognition','Envy','Dependence'])[1 + u % 4],
       'Trait the user tends to disown.', ARRAY['Irritated by loud colleagues','Judges friends who ask for help'],
       pg_temp.ri('shi' || u, 1, 10)::smallint, pg_temp.mts('sh', u, 1), pg_temp.mts('sh', u, 1)
  FROM generate_series(1, 600, 3) AS u;

INSERT INTO users.user_ancestral_issues (id, user_id, issue, lineage, generations_back, impact_level, description, created_at, updated_at)
SELECT pg_temp.uid('ancestral', u), pg_temp.acct(u),
       (ARRAY['Emotional unavailability','Migration and loss','Alcohol use','Financial scarcity mindset'])[1 + u % 4],
       (ARRAY['maternal','paternal','both','unknown'])[1 + u % 4]::users.lineage,
       pg_temp.ri('agb' || u, 1, 3)::smallint, pg_temp.ri('ail' || u, 1, 10)::smallint,
       'Pattern recognized across generations.', pg_temp.mts('an', u, 1), pg_temp.mts('an', u, 1)
  FROM generate_series(2, 600, 3) AS u;

INSERT INTO users.user_current_practices (id, user_id, practice, sessions_per_week, minutes_per_session, started_on, effectiveness, is_active, created_at, updated_at)
SELECT pg_temp.uid('practice', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Journaling','Meditation','Yoga','Gratitude list','Therapy homework'])[1 + (u + k) % 5],
       round((pg_temp.rnd('psw' || u || k) * 7)::numeric, 1), pg_temp.ri('pms' || u || k, 5, 60)::smallint,
       DATE '2025-05-01' + pg_temp.ri('pso' || u || k, 0, 150), pg_temp.ri('pef' || u || k, 1, 10)::smallint,
       k = 1 OR u % 3 <> 0, pg_temp.mts('pr', u, k), pg_temp.mts('pr', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_regulation_strategies (id, user_id, strategy, target_emotion, context, effectiveness, times_used, created_at, updated_at)
SELECT pg_temp.uid('regulation', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Name the feeling','Paced breathing','Take a time-out','Self-soothing touch','Opposite action'])[1 + (u + k) % 5],
       (ARRAY['anger','anxiety','sadness','shame','overwhelm'])[1 + (u * k) % 5],
       'At work or at home', pg_temp.ri('ref' || u || k, 1, 10)::smallint, pg_temp.ri('rtu' || u || k, 0, 30),
       pg_temp.mts('re', u, k), pg_temp.mts('re', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_dysregulating_factors (id, user_id, factor, impact_level, frequency, early_warning_signs, mitigation, created_at, updated_at)
SELECT pg_temp.uid('dysreg', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Lack of sleep','Skipping meals','Too much caffeine','Conflict with partner','Deadlines'])[1 + (u + k) % 5],
       pg_temp.ri('dil' || u || k, 1, 10)::smallint,
       (ARRAY['weekly','several_times_weekly','daily','occasionally'])[1 + (u + k) % 4]::users.frequency_level,
       'Irritability, tight chest', 'Plan breaks, eat regularly', pg_temp.mts('dy', u, k), pg_temp.mts('dy', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_role_model_traits (id, user_id, role_model, role_model_kind, trait, why_admired, importance, created_at, updated_at)
SELECT pg_temp.uid('rolemodel', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Grandmother','Former coach','Michelle Obama','Atticus Finch','Best friend'])[1 + (u + k) % 5],
       (ARRAY['personal','personal','public_figure','fictional','personal'])[1 + (u + k) % 5]::users.role_model_kind,
       (ARRAY['Patience','Courage','Kindness','Integrity','Humor'])[1 + (u * k) % 5],
       'Stays calm under pressure.', pg_temp.ri('rmi' || u || k, 1, 10)::smallint, pg_temp.mts('rm', u, k), pg_temp.mts('rm', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_growth_milestones (id, user_id, title, description, achieved_on, significance, related_goal_id, created_at, updated_at)
SELECT pg_temp.uid('milestone', u * 10 + k), pg_temp.acct(u),
       (ARRAY['First week of journaling','Said no to extra work','Slept through the night','Called an old friend'])[1 + (u + k) % 4],
       NULL, DATE '2025-09-15' + pg_temp.ri('mao' || u || k, 0, 100), pg_temp.ri('msi' || u || k, 1, 10)::smallint,
       CASE WHEN k = 1 THEN pg_temp.uid('goal', u * 10 + 1) END,
       pg_temp.mts('mi', u, k), pg_temp.mts('mi', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_emotional_patterns (id, user_id, emotion, trigger_context, typical_response, intensity, frequency, time_of_day, created_at, updated_at)
SELECT pg_temp.uid('emopattern', u * 10 + k), pg_temp.acct(u),
       (ARRAY['anxiety','sadness','anger','loneliness','joy'])[1 + (u + k) % 5],
       pg_temp.pick('ept' || u || k, ARRAY['Sunday evenings','Before meetings','After family calls','When alone at night']),
       pg_temp.pick('epr' || u || k, ARRAY['Rumination','Seeks reassurance','Withdraws','Exercises']),
       pg_temp.ri('epi' || u || k, 1, 10)::smallint,
       (ARRAY['weekly','daily','occasionally'])[1 + (u + k) % 3]::users.frequency_level,
       (ARRAY['morning','evening','night','variable'])[1 + (u + k) % 4]::users.time_of_day,
       pg_temp.mts('ep', u, k), pg_temp.mts('ep', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_relationship_dynamics (id, user_id, person_id, dynamic, attachment_style, conflict_pattern, health_score, created_at, updated_at)
SELECT pg_temp.uid('dynamic', u * 10 + k), pg_temp.acct(u), pg_temp.uid('person', u * 10 + k),
       (ARRAY['Pursue-withdraw cycle','Caretaking role','Mutual support','Competitive'])[1 + (u + k) % 4],
       (ARRAY['secure','anxious','avoidant','disorganized','unknown'])[1 + (u + k) % 5]::users.attachment_style,
       'Escalates over chores', pg_temp.ri('rdh' || u || k, 1, 10)::smallint, pg_temp.mts('rd', u, k), pg_temp.mts('rd', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_growth_opportunities (id, user_id, area, description, status, readiness, priority, created_at, updated_at)
SELECT pg_temp.uid('opportunity', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Asking for help','Tolerating uncertainty','Expressing anger safely','Rest without guilt'])[1 + (u + k) % 4],
       NULL, (ARRAY['identified','exploring','practicing','integrated'])[1 + (u + k) % 4]::users.growth_status,
       pg_temp.ri('gor' || u || k, 1, 10)::smallint, pg_temp.ri('gop' || u || k, 1, 5)::smallint,
       pg_temp.mts('gr', u, k), pg_temp.mts('gr', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_risk_factors (id, user_id, factor, category, severity, is_current, protective_measures, identified_at, created_at, updated_at)
SELECT pg_temp.uid('risk', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Lives alone','Recent job loss','History of self-harm','Drinks to cope','Chronic pain'])[1 + (u + k) % 5],
       (ARRAY['isolation','financial','self_harm','substance','health'])[1 + (u + k) % 5]::users.risk_category,
       (ARRAY['low','moderate','high','critical'])[1 + (u * k) % 4]::users.severity_level,
       k = 1, 'Safety plan in place; weekly check-ins.', pg_temp.mts('ri', u, k), pg_temp.mts('ri', u, k), pg_temp.mts('ri', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 1 + u % 2) AS k;

INSERT INTO users.user_strengths (id, user_id, strength, category, confidence, evidence, created_at, updated_at)
SELECT pg_temp.uid('strength', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Empathy','Persistence','Creativity','Supportive friends','Faith','Physical fitness'])[1 + (u + k) % 6],
       (ARRAY['character','character','skill','relational','spiritual','physical'])[1 + (u + k) % 6]::users.strength_category,
       pg_temp.ri('stc' || u || k, 1, 10)::smallint, 'Mentioned in several conversations.', pg_temp.mts('st', u, k), pg_temp.mts('st', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 3) AS k;

-- 30 daily self-reports per member (18 000 rows).
INSERT INTO users.user_mood_trends (id, user_id, recorded_on, source, mood_score, energy_level, anxiety_level, sleep_hours, note, created_at, updated_at)
SELECT pg_temp.uid('mood', u * 100 + d), pg_temp.acct(u),
       DATE '2025-11-01' + d, 'self_report',
       greatest(1, least(10, 5 + round(3 * sin((u + d) / 5.0)) + pg_temp.ri('mdn' || u || d, -1, 1)))::smallint,
       pg_temp.ri('men' || u || d, 1, 10)::smallint, pg_temp.ri('man' || u || d, 1, 10)::smallint,
       round((4 + pg_temp.rnd('msl' || u || d) * 5)::numeric, 1),
       CASE WHEN d % 7 = 0 THEN 'Weekly reflection done.' END,
       (DATE '2025-11-01' + d) + time '21:30' AT TIME ZONE 'UTC', (DATE '2025-11-01' + d) + time '21:30' AT TIME ZONE 'UTC'
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(0, 29) AS d;

INSERT INTO users.user_emotional_states (id, user_id, conversation_id, emotion, intensity, valence, arousal, context, observed_at, created_at, updated_at)
SELECT pg_temp.uid('emostate', u * 100 + k), pg_temp.acct(u),
       pg_temp.uid('conv', u * 10 + 1 + k % 4),
       (ARRAY['anxious','hopeful','frustrated','calm','sad','content'])[1 + (u + k) % 6],
       pg_temp.ri('esi' || u || k, 1, 10)::smallint, pg_temp.ri('esv' || u || k, -5, 5)::smallint,
       pg_temp.ri('esa' || u || k, 1, 10)::smallint, 'During conversation',
       cv.started_at + interval '10 minutes', cv.started_at + interval '10 minutes', cv.started_at + interval '10 minutes'
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 8) AS k
  JOIN users.user_conversations AS cv ON cv.id = pg_temp.uid('conv', u * 10 + 1 + k % 4);

INSERT INTO users.user_support_system (id, user_id, person_id, name, support_type, availability, reliability, is_crisis_contact, contact_hint, created_at, updated_at)
SELECT pg_temp.uid('support', u * 10 + k), pg_temp.acct(u),
       CASE WHEN k <= 2 THEN pg_temp.uid('person', u * 10 + k) END,
       CASE WHEN k <= 2 THEN p.name ELSE 'Local crisis line' END,
       (ARRAY['emotional','practical','crisis'])[k]::users.support_type,
       (ARRAY['usually','sometimes','always'])[k]::users.availability_level,
       pg_temp.ri('ssr' || u || k, 1, 10)::smallint, k = 3 OR (k = 1 AND u % 2 = 0),
       CASE WHEN k = 3 THEN 'Call or text 988' END,
       pg_temp.mts('su', u, k), pg_temp.mts('su', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 3) AS k
  LEFT JOIN users.user_people AS p ON p.id = pg_temp.uid('person', u * 10 + k);

INSERT INTO users.user_current_stressors (id, user_id, stressor, category, severity, started_on, expected_end_on, resolved_on, created_at, updated_at)
SELECT pg_temp.uid('stressor', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Project deadline','Rent increase','Argument with partner','Exams','Moving house','Illness in family'])[1 + (u + k) % 6],
       (ARRAY['work','financial','relationship','academic','housing','family'])[1 + (u + k) % 6]::users.stressor_category,
       pg_temp.ri('css' || u || k, 1, 10)::smallint,
       DATE '2025-09-01' + pg_temp.ri('cso' || u || k, 0, 60),
       DATE '2025-12-01' + pg_temp.ri('cse' || u || k, 0, 60),
       CASE WHEN k = 2 THEN DATE '2025-11-20' + pg_temp.ri('csr' || u || k, 0, 20) END,
       pg_temp.mts('cs', u, k), pg_temp.mts('cs', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO users.user_daily_habits (id, user_id, habit, effect, days_per_week, time_of_day, consistency, wants_to_change, created_at, updated_at)
SELECT pg_temp.uid('habit', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Morning coffee','Phone in bed','Evening walk','Skipping breakfast','Stretching'])[1 + (u + k) % 5],
       (ARRAY['neutral','harmful','helpful','harmful','helpful'])[1 + (u + k) % 5]::users.habit_effect,
       pg_temp.ri('hdp' || u || k, 0, 7)::smallint,
       (ARRAY['morning','night','evening','morning','morning'])[1 + (u + k) % 5]::users.time_of_day,
       pg_temp.ri('hco' || u || k, 1, 10)::smallint, (u + k) % 5 IN (1, 3),
       pg_temp.mts('ha', u, k), pg_temp.mts('ha', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 3) AS k;

INSERT INTO users.user_substance_use (id, user_id, substance, frequency, typical_amount, last_used_on, concern_level, is_current, in_recovery_since, created_at, updated_at)
SELECT pg_temp.uid('substance', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Alcohol','Nicotine','Cannabis'])[k],
       (ARRAY['weekly','daily','occasionally'])[k]::users.frequency_level,
       (ARRAY['2-3 drinks','10 cigarettes','occasionally in the evening'])[k],
       DATE '2025-11-01' + pg_temp.ri('sul' || u || k, 0, 40), pg_temp.ri('suc' || u || k, 1, 10)::smallint,
       u % 9 <> 0, CASE WHEN u % 9 = 0 THEN DATE '2025-06-01' END,
       pg_temp.mts('sb', u, k), pg_temp.mts('sb', u, k)
  FROM generate_series(1, 600, 2) AS u CROSS JOIN generate_series(1, 1 + u % 3) AS k;

INSERT INTO users.user_previous_therapy (id, user_id, modality, provider_type, started_on, ended_on, helpfulness, reason_ended, notes, created_at, updated_at)
SELECT pg_temp.uid('therapy', u), pg_temp.acct(u),
       (ARRAY['CBT','DBT','Psychodynamic','EMDR','Group therapy'])[1 + u % 5],
       (ARRAY['psychologist','counselor','psychiatrist','psychologist','group'])[1 + u % 5]::users.therapy_provider_type,
       DATE '2019-01-01' + pg_temp.ri('pts' || u, 0, 1500), DATE '2024-01-01' + pg_temp.ri('pte' || u, 0, 300),
       pg_temp.ri('pth' || u, 1, 10)::smallint,
       pg_temp.pick('ptr' || u, ARRAY['Moved cities','Cost','Finished the program','Did not click with therapist']),
       NULL, pg_temp.mts('pt', u, 1), pg_temp.mts('pt', u, 1)
  FROM generate_series(1, 600, 2) AS u;

INSERT INTO users.user_suicidal_thoughts
    (id, user_id, crisis_flag_id, recorded_at, ideation_level, intensity, has_plan, has_means, has_intent,
     protective_factors, safety_plan_reviewed, notes, created_at, updated_at)
SELECT pg_temp.uid('ideation', u * 10 + k), pg_temp.acct(u),
       CASE WHEN k = 1 AND f.id IS NOT NULL THEN f.id END,
       ts, lvl::users.ideation_level,
       CASE WHEN lvl = 'none' THEN 0 ELSE pg_temp.ri('sti' || u || k, 1, 8) END::smallint,
       lvl IN ('active_with_plan', 'active_with_intent'), lvl = 'active_with_intent' AND u % 3 = 0,
       lvl = 'active_with_intent',
       'Children, pets, upcoming trip', lvl <> 'none', NULL, ts, ts
  FROM generate_series(4, 600, 4) AS u CROSS JOIN generate_series(1, 2) AS k
  LEFT JOIN users.user_crisis_flags AS f ON f.id = pg_temp.uid('flag', u) AND f.category = 'suicidal_ideation'
  CROSS JOIN LATERAL (SELECT CASE WHEN k = 2 THEN 'none'
                                  WHEN f.id IS NULL THEN 'passive'
                                  ELSE (ARRAY['passive','active_no_plan','active_with_plan','active_with_intent'])[1 + u % 4] END AS lvl,
                             pg_temp.mts('sti', u, k) AS ts) AS x;

INSERT INTO users.user_insight_notes (id, user_id, conversation_id, insight, category, source, importance, is_pinned, created_at, updated_at)
SELECT pg_temp.uid('insight', u * 10 + k), pg_temp.acct(u), pg_temp.uid('conv', u * 10 + k),
       (ARRAY['Anxiety peaks on Sunday evenings before the work week.','Feels most like themselves outdoors.',
              'Criticism from authority figures echoes a parent''s voice.','Sleep improves on days with a walk.'])[1 + (u + k) % 4],
       (ARRAY['pattern','strength','origin','habit'])[1 + (u + k) % 4],
       (ARRAY['assistant','user','assistant','therapist'])[1 + (u + k) % 4]::users.insight_source,
       pg_temp.ri('ini' || u || k, 1, 10)::smallint, k = 1, cv.started_at + interval '45 minutes', cv.started_at + interval '45 minutes'
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 3) AS k
  JOIN users.user_conversations AS cv ON cv.id = pg_temp.uid('conv', u * 10 + k);

INSERT INTO users.user_ai_preferences
    (id, user_id, tone, response_length, use_humor, challenge_level, language, check_in_frequency,
     topics_to_avoid, preferred_techniques, crisis_contact_consent, created_at, updated_at)
SELECT pg_temp.uid('aipref', u), pg_temp.acct(u),
       (ARRAY['warm','direct','playful','reflective','clinical'])[1 + u % 5]::users.ai_tone,
       (ARRAY['brief','balanced','detailed'])[1 + u % 3]::users.response_length,
       u % 4 <> 0, pg_temp.ri('aic' || u, 1, 10)::smallint, a.locale,
       (ARRAY['never','daily','every_few_days','weekly'])[1 + u % 4]::users.check_in_frequency,
       CASE WHEN u % 6 = 0 THEN ARRAY['religion'] ELSE '{}' END,
       ARRAY[(ARRAY['CBT','ACT','mindfulness','narrative'])[1 + u % 4]],
       u % 3 = 0, a.created_at, a.created_at
  FROM generate_series(1, 600) AS u
  JOIN users.account AS a ON a.id = pg_temp.acct(u);

INSERT INTO users.user_sleep_routine (id, user_id, usual_bedtime, usual_wake_time, average_hours, quality, issues, wind_down_routine, created_at, updated_at)
SELECT pg_temp.uid('sleep', u), pg_temp.acct(u),
       time '22:00' + pg_temp.ri('sbt' || u, 0, 150) * interval '1 minute',
       time '06:00' + pg_temp.ri('swt' || u, 0, 150) * interval '1 minute',
       round((5 + pg_temp.rnd('sah' || u) * 3.5)::numeric, 1), pg_temp.ri('sq' || u, 1, 10)::smallint,
       CASE WHEN u % 3 = 0 THEN ARRAY['trouble falling asleep'] WHEN u % 3 = 1 THEN ARRAY['waking at 4am','nightmares'] ELSE '{}' END,
       pg_temp.pick('swd' || u, ARRAY['Reading','Tea and music','No routine yet', NULL]),
       pg_temp.mts('sl', u, 1), pg_temp.mts('sl', u, 1)
  FROM generate_series(1, 600) AS u;

-- Relationship status history: a previous status for every 5th member, then the current one.
INSERT INTO users.user_relationship_status (id, user_id, partner_person_id, status, since, satisfaction, is_current, created_at, updated_at)
SELECT pg_temp.uid('relstatus', u * 10 + k), pg_temp.acct(u),
       CASE WHEN k = 1 AND st IN ('partnered', 'married', 'dating') THEN pg_temp.uid('person', u * 10 + 3) END,
       st::users.relationship_status_kind, DATE '2015-01-01' + pg_temp.ri('rss' || u || k, 0, 3000) + (2 - k) * 365,
       pg_temp.ri('rsa' || u || k, 1, 10)::smallint, k = 1, pg_temp.mts('rs', u, k), pg_temp.mts('rs', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, CASE WHEN u % 5 = 0 THEN 2 ELSE 1 END) AS k
  CROSS JOIN LATERAL (SELECT CASE WHEN k = 2 THEN 'divorced'
                                  ELSE (ARRAY['single','dating','partnered','married','complicated','undisclosed'])[1 + u % 6] END AS st) AS s;

INSERT INTO users.user_living_situation (id, user_id, arrangement, household_size, housing_stability, feels_safe, since, is_current, notes, created_at, updated_at)
SELECT pg_temp.uid('living', u * 10 + k), pg_temp.acct(u), arr::users.living_arrangement,
       CASE WHEN arr = 'alone' THEN 1 ELSE pg_temp.ri('lhs' || u || k, 2, 6) END::smallint,
       pg_temp.ri('lst' || u || k, 1, 10)::smallint, u % 17 <> 0,
       DATE '2018-01-01' + pg_temp.ri('lsi' || u || k, 0, 2000) + (2 - k) * 400, k = 1, NULL,
       pg_temp.mts('lv', u, k), pg_temp.mts('lv', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, CASE WHEN u % 4 = 0 THEN 2 ELSE 1 END) AS k
  CROSS JOIN LATERAL (SELECT (ARRAY['alone','with_partner','with_family','with_roommates','shared_housing'])[1 + (u + k) % 5] AS arr) AS s;

INSERT INTO users.user_spiritual_path (id, user_id, tradition, practices, importance, community_involvement, beliefs, created_at, updated_at)
SELECT pg_temp.uid('spiritual', u), pg_temp.acct(u),
       (ARRAY['Christian','Buddhist','Muslim','Spiritual but not religious','Jewish','Hindu', NULL])[1 + u % 7],
       CASE WHEN u % 2 = 0 THEN ARRAY['prayer','community service'] ELSE ARRAY['meditation'] END,
       pg_temp.ri('spi' || u, 1, 10)::smallint, pg_temp.ri('spc' || u, 1, 10)::smallint,
       'Finds meaning in helping others.', pg_temp.mts('sp', u, 1), pg_temp.mts('sp', u, 1)
  FROM generate_series(1, 600, 2) AS u;

INSERT INTO users.user_value_compass (id, user_id, value_name, rank, importance, alignment, reflection, created_at, updated_at)
SELECT pg_temp.uid('value', u * 10 + k), pg_temp.acct(u),
       (ARRAY['Family','Honesty','Growth','Freedom','Health','Creativity','Security','Connection'])[1 + (u + k * 3) % 8],
       k::smallint, (11 - k)::smallint, pg_temp.ri('vca' || u || k, 1, 10)::smallint,
       CASE WHEN k = 1 THEN 'This guides most decisions.' END, pg_temp.mts('vc', u, k), pg_temp.mts('vc', u, k)
  FROM generate_series(1, 600) AS u CROSS JOIN generate_series(1, 5) AS k;
