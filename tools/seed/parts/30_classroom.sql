-- classroom domain: 300 books, 80 classes of the 60 teachers (901..960), 600 students
-- (961..1560) with enrollments, assignments, submissions, reading data, vocabulary, book
-- clubs, discussions and AI jobs.

CREATE TEMP TABLE seed_word (i integer PRIMARY KEY, word text, pos classroom.part_of_speech, definition text) ON COMMIT DROP;
INSERT INTO seed_word
SELECT row_number() OVER () - 1, w, p::classroom.part_of_speech, d
  FROM (VALUES
    ('brave','adjective','ready to face danger'),('whisper','verb','to speak very softly'),('lantern','noun','a lamp with a protective case'),
    ('glimmer','noun','a faint light'),('curious','adjective','eager to know or learn'),('meadow','noun','a field of grass and flowers'),
    ('stumble','verb','to trip or lose balance'),('gentle','adjective','kind and soft'),('harbor','noun','a sheltered place for ships'),
    ('journey','noun','a trip from one place to another'),('quickly','adverb','at a fast speed'),('ancient','adjective','very old'),
    ('echo','noun','a repeated sound'),('wander','verb','to walk without a goal'),('fragile','adjective','easily broken'),
    ('orchard','noun','a field of fruit trees'),('shiver','verb','to shake from cold or fear'),('puzzle','noun','a game or problem to solve'),
    ('loyal','adjective','faithful to someone'),('discover','verb','to find for the first time'),('thunder','noun','the loud sound after lightning'),
    ('silently','adverb','without any sound'),('burrow','noun','a hole dug by an animal'),('glance','verb','to look quickly'),
    ('enormous','adjective','very big'),('compass','noun','a tool that shows direction'),('scatter','verb','to throw in many directions'),
    ('timid','adjective','shy and easily frightened'),('voyage','noun','a long journey by sea'),('clever','adjective','quick to understand'),
    ('although','conjunction','in spite of the fact that'),('beneath','preposition','under'),('hooray','interjection','a shout of joy'),
    ('ripple','noun','a small wave'),('gather','verb','to bring together'),('mighty','adjective','very strong'),
    ('shelter','noun','a place that protects'),('sparkle','verb','to shine with flashes of light'),('patient','adjective','able to wait calmly'),
    ('once upon a time','phrase','a traditional start of a story')
  ) AS v (w, p, d);

INSERT INTO classroom.book
    (id, title, subtitle, author_name, author_account_id, isbn, language, summary, content, page_count, word_count,
     reading_time_minutes, grade_levels, curriculum, publishing_status, published_at, access_type, has_quiz,
     has_vocabulary, has_audio, has_activities, is_interactive, cover_image_path, view_count, read_count,
     avg_rating, total_ratings, created_at, updated_at)
SELECT pg_temp.uid('book', b),
       (ARRAY['The','A','Little','Secret','Brave','Lost','Hidden','Magic'])[1 + b % 8] || ' ' ||
       (ARRAY['Fox','Lantern','Harbor','Orchard','Dragon','Compass','Meadow','Voyage','Owl','River'])[1 + (b / 8) % 10] ||
       CASE WHEN b > 80 THEN ' ' || (ARRAY['of the North','and the Storm','in Winter','Goes Home','Finds a Friend'])[1 + b % 5] ELSE '' END ||
       CASE WHEN b > 160 THEN ' ' || (b / 160 + 1) ELSE '' END,
       CASE WHEN b % 4 = 0 THEN 'A story about ' || (ARRAY['courage','friendship','curiosity','kindness'])[1 + b % 4] END,
       CASE WHEN b % 10 = 0 THEN pg_temp.person(900 + 1 + b % 60) ELSE pg_temp.person(5000 + b) END,
       CASE WHEN b % 10 = 0 THEN pg_temp.acct(901 + b % 60) END,
       CASE WHEN b % 3 <> 0 THEN '978' || lpad(((b::bigint * 7919) % 10000000000)::text, 10, '0') END,
       (ARRAY['en','en','en','es','pt-BR','fr'])[1 + b % 6],
       'A ' || (ARRAY['gentle','funny','exciting','thoughtful'])[1 + b % 4] || ' story for young readers.',
       repeat('Once upon a time a curious fox carried a lantern through the meadow. ' ||
              'The brave little fox followed the echo to the ancient orchard, where a timid owl was waiting. ', 3 + b % 10),
       pg, pg * 120, greatest(5, pg / 3),
       ARRAY[(2 + b % 6)::text, (3 + b % 6)::text],
       CASE WHEN b % 2 = 0 THEN ARRAY['literacy','sel'] ELSE ARRAY['literacy'] END,
       st::classroom.publishing_status,
       CASE WHEN st IN ('published', 'archived') THEN timestamptz '2024-01-01 00:00:00+00' + b * interval '2 days' END,
       (ARRAY['free','free','free','premium','restricted'])[1 + b % 5]::classroom.access_type,
       b % 3 = 0, b % 2 = 0, b % 5 = 0, b % 4 = 0, b % 9 = 0,
       'covers/book-' || b || '.jpg',
       CASE WHEN st = 'published' THEN pg_temp.ri('bv' || b, 10, 5000) ELSE 0 END,
       CASE WHEN st = 'published' THEN pg_temp.ri('br' || b, 5, 900) ELSE 0 END,
       CASE WHEN st = 'published' AND b % 7 <> 0 THEN round((3 + pg_temp.rnd('rt' || b) * 2)::numeric, 2) END,
       CASE WHEN st = 'published' AND b % 7 <> 0 THEN pg_temp.ri('tr' || b, 1, 400) ELSE 0 END,
       timestamptz '2023-12-01 00:00:00+00' + b * interval '2 days', timestamptz '2023-12-01 00:00:00+00' + b * interval '2 days'
  FROM generate_series(1, 300) AS b
  CROSS JOIN LATERAL (SELECT 24 + (b * 37) % 280 AS pg,
                             CASE b % 20 WHEN 0 THEN 'draft' WHEN 7 THEN 'in_review' WHEN 13 THEN 'archived' ELSE 'published' END AS st) AS x;

-- Published books numbered 1..n for picking.
CREATE TEMP TABLE seed_pubbook ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY b) AS i, b, pg_temp.uid('book', b) AS id, 24 + (b * 37) % 280 AS pages
  FROM generate_series(1, 300) AS b
 WHERE b % 20 NOT IN (0, 7, 13);

CREATE FUNCTION pg_temp.pubbook(k bigint) RETURNS integer
    LANGUAGE sql STABLE AS $$ SELECT b FROM seed_pubbook WHERE i = 1 + (k % (SELECT count(*) FROM seed_pubbook)) $$;

INSERT INTO classroom.book_submission
    (id, book_id, submitted_by, current_stage, submitted_at, stage_changed_at, reviewer_id, reviewer_notes, decided_at, created_at, updated_at)
SELECT pg_temp.uid('booksub', b), pg_temp.uid('book', b), pg_temp.acct(901 + b % 60), st::classroom.workflow_stage,
       CASE WHEN st <> 'draft' THEN ts + interval '1 day' END,
       ts + interval '3 days',
       CASE WHEN st NOT IN ('draft', 'submitted') THEN pg_temp.acct(1561 + b % 20) END,
       CASE WHEN st = 'rejected' THEN 'Please rework the ending and the illustrations.' END,
       CASE WHEN st IN ('approved', 'published', 'rejected') THEN ts + interval '20 days' END,
       ts, ts + interval '3 days'
  FROM generate_series(1, 120) AS b
  CROSS JOIN LATERAL (SELECT (ARRAY['draft','submitted','editorial_review','illustration','final_review','approved','published','rejected'])[1 + b % 8] AS st,
                             timestamptz '2025-03-01 00:00:00+00' + b * interval '1 day' AS ts) AS x;

-- Move a few drafts through the workflow (exercises the transition trigger).
UPDATE classroom.book_submission SET current_stage = 'submitted'
 WHERE id IN (SELECT pg_temp.uid('booksub', b) FROM generate_series(8, 120, 16) AS b);

INSERT INTO classroom.book_vocabulary (id, book_id, word, definition, part_of_speech, difficulty, page_number, example_sentence, created_at, updated_at)
SELECT pg_temp.uid('bookvocab', b * 100 + v), pg_temp.uid('book', b), w.word, w.definition, w.pos,
       pg_temp.ri('vd' || b || v, 1, 5)::smallint, least(v * 3, 24 + (b * 37) % 280),
       'The ' || w.word || ' moment came at last.',
       timestamptz '2023-12-01 00:00:00+00' + b * interval '2 days', timestamptz '2023-12-01 00:00:00+00' + b * interval '2 days'
  FROM generate_series(1, 300) AS b CROSS JOIN generate_series(1, 10) AS v
  JOIN seed_word AS w ON w.i = (b * 7 + v * 3) % 40;

INSERT INTO classroom.learner_profile
    (id, account_id, grade_level, preferred_language, reading_level, interests, last_active_at, created_at, updated_at)
SELECT pg_temp.uid('learner', s), a.id, 'Grade ' || (2 + s % 6), a.locale,
       (ARRAY['emerging','developing','fluent','advanced'])[1 + s % 4],
       ARRAY[(ARRAY['animals','space','sports','mystery','fantasy','history'])[1 + s % 6]],
       a.created_at, a.created_at, a.created_at
  FROM generate_series(961, 1560) AS s
  JOIN users.account AS a ON a.id = pg_temp.acct(s);

INSERT INTO classroom.classroom
    (id, organization_id, teacher_id, name, description, subject, grade_level, school_year, class_code,
     max_students, is_active, archived_at, created_at, updated_at)
SELECT pg_temp.uid('class', c), pg_temp.uid('org', 1 + (t - 901) % 6), pg_temp.acct(t),
       'Grade ' || (2 + c % 6) || ' ' || (ARRAY['Reading','Literacy','Book Club','English'])[1 + c % 4] || ' - Room ' || (100 + c),
       'Class of ' || pg_temp.person(t), (ARRAY['Reading','Literacy','Book Club','English'])[1 + c % 4],
       'Grade ' || (2 + c % 6), '2025-2026',
       upper(substr(md5('classcode' || c), 1, 7)), 40::smallint,
       c % 40 <> 0, CASE WHEN c % 40 = 0 THEN timestamptz '2026-01-15 00:00:00+00' END,
       timestamptz '2025-08-25 00:00:00+00' + c * interval '2 hours', timestamptz '2025-08-25 00:00:00+00' + c * interval '2 hours'
  FROM generate_series(1, 80) AS c
  CROSS JOIN LATERAL (SELECT 901 + (c - 1) % 60 AS t) AS x;

-- Every student in two classes.
INSERT INTO classroom.class_enrollment (id, classroom_id, student_id, status, enrolled_at, left_at, created_at, updated_at)
SELECT pg_temp.uid('enroll', s * 10 + k), pg_temp.uid('class', c), pg_temp.acct(s), st::classroom.enrollment_status,
       ts, CASE WHEN st IN ('removed', 'completed') THEN ts + interval '60 days' END, ts, ts
  FROM generate_series(961, 1560) AS s CROSS JOIN generate_series(1, 2) AS k
  CROSS JOIN LATERAL (SELECT 1 + (s - 961) % 80 AS c1) AS a
  CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN c1
                                  ELSE CASE WHEN 1 + ((s - 961) * 7 + 3) % 80 = c1 THEN c1 % 80 + 1
                                            ELSE 1 + ((s - 961) * 7 + 3) % 80 END END AS c,
                             CASE WHEN (s + k) % 29 = 0 THEN 'removed' WHEN (s + k) % 31 = 0 THEN 'completed' ELSE 'active' END AS st,
                             timestamptz '2025-09-01 00:00:00+00' + ((s * k) % 14) * interval '1 day' AS ts) AS b;

CREATE TEMP TABLE seed_roster ON COMMIT DROP AS
SELECT classroom_id, student_id, row_number() OVER (PARTITION BY classroom_id ORDER BY student_id) AS i,
       count(*) OVER (PARTITION BY classroom_id) AS n
  FROM classroom.class_enrollment
 WHERE status = 'active';

INSERT INTO classroom.assignment
    (id, classroom_id, book_id, created_by, title, instructions, assignment_type, status, assigned_at, due_at,
     max_points, allow_late, created_at, updated_at)
SELECT pg_temp.uid('assign', c * 100 + a), pg_temp.uid('class', c),
       CASE WHEN typ IN ('reading', 'quiz', 'vocabulary', 'discussion') OR a % 2 = 0 THEN pg_temp.uid('book', pg_temp.pubbook(c * 10 + a)) END,
       pg_temp.acct(901 + (c - 1) % 60),
       initcap(typ) || ' #' || a || ': ' || (ARRAY['Chapter one','Character map','New words','Predict the ending','Book report'])[1 + a % 5],
       'Read carefully and complete the task by the due date.',
       typ::classroom.assignment_type, st::classroom.assignment_status,
       CASE WHEN st <> 'draft' THEN ts END,
       CASE WHEN st <> 'draft' THEN ts + interval '7 days' END,
       (ARRAY[10, 20, 50, 100])[1 + a % 4], a % 5 <> 0, ts - interval '1 day', ts - interval '1 day'
  FROM generate_series(1, 80) AS c CROSS JOIN generate_series(1, 10) AS a
  CROSS JOIN LATERAL (SELECT (ARRAY['reading','quiz','writing','vocabulary','discussion'])[1 + a % 5] AS typ,
                             CASE a WHEN 10 THEN 'draft' WHEN 9 THEN 'archived' WHEN 1 THEN 'closed' ELSE 'published' END AS st,
                             timestamptz '2025-09-08 08:00:00+00' + (a * 10 + c % 5) * interval '1 day' AS ts) AS x;

-- Submissions of the active students for published/closed assignments (about 80 % submit).
INSERT INTO classroom.assignment_submission
    (id, assignment_id, student_id, status, content, submitted_at, score, feedback, graded_by, graded_at, created_at, updated_at)
SELECT pg_temp.uid('submission', (c * 100 + a) * 10000 + r.i), pg_temp.uid('assign', c * 100 + a), r.student_id,
       st::classroom.submission_status,
       'My answer: the fox was brave because it kept going even when it was scared.',
       CASE WHEN st <> 'in_progress' THEN asg.due_at - interval '2 days' + pg_temp.ri('sub' || c || a || r.i, 0, 72) * interval '1 hour' END,
       CASE WHEN st = 'graded' THEN round((asg.max_points * (0.5 + pg_temp.rnd('sc' || c || a || r.i) * 0.5))::numeric, 2) END,
       CASE WHEN st IN ('graded', 'returned') THEN (ARRAY['Great work!','Good effort, check your spelling.','Please add more detail.'])[1 + r.i % 3] END,
       CASE WHEN st = 'graded' THEN asg.created_by END,
       CASE WHEN st = 'graded' THEN asg.due_at + interval '4 days' END,
       asg.assigned_at + interval '1 day', asg.assigned_at + interval '1 day'
  FROM generate_series(1, 80) AS c CROSS JOIN generate_series(1, 8) AS a
  JOIN classroom.assignment AS asg ON asg.id = pg_temp.uid('assign', c * 100 + a) AND asg.status IN ('published', 'closed')
  JOIN seed_roster AS r ON r.classroom_id = asg.classroom_id
  CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.rnd('sst' || c || a || r.i) < 0.2 THEN 'in_progress'
                                  WHEN a <= 5 THEN 'graded'
                                  WHEN a = 6 AND r.i % 4 = 0 THEN 'returned'
                                  ELSE 'submitted' END AS st) AS x
 WHERE NOT (asg.allow_late = false AND st <> 'in_progress'
            AND asg.due_at - interval '2 days' + pg_temp.ri('sub' || c || a || r.i, 0, 72) * interval '1 hour' > asg.due_at);

-- 30 reading sessions per student in chronological order (the trigger keeps streaks).
INSERT INTO classroom.reading_session
    (id, user_id, book_id, assignment_id, started_at, ended_at, duration_seconds, start_page, end_page, words_read, device, created_at, updated_at)
SELECT pg_temp.uid('rsession', s * 100 + k), pg_temp.acct(s), pg_temp.uid('book', bk.b), NULL,
       st, st + (dur + 120) * interval '1 second', dur, sp, least(sp + 1 + dur / 120, bk.pages), (1 + dur / 120) * 110,
       (ARRAY['web','tablet','phone','e_reader'])[1 + (s + k) % 4]::classroom.reading_device,
       st, st
  FROM generate_series(961, 1560) AS s CROSS JOIN generate_series(1, 30) AS k
  CROSS JOIN LATERAL (SELECT b, pages FROM seed_pubbook WHERE i = 1 + ((s * 13 + (k / 4) * 7) % (SELECT count(*) FROM seed_pubbook))) AS bk
  CROSS JOIN LATERAL (SELECT timestamptz '2025-09-15 15:00:00+00' + (k + (k / 7) * 3 + s % 3) * interval '1 day'
                                 + pg_temp.ri('rst' || s || k, 0, 300) * interval '1 minute' AS st,
                             pg_temp.ri('rdu' || s || k, 300, 2400) AS dur,
                             1 + ((k % 4) * 6) % greatest(bk.pages - 1, 1) AS sp) AS x
 ORDER BY st;

-- Reading progress on 8 books per student; some completed (increments books_completed).
INSERT INTO classroom.reading_progress (id, user_id, book_id, current_page, total_pages, started_at, last_read_at, created_at, updated_at)
SELECT pg_temp.uid('progress', s * 100 + k), pg_temp.acct(s), pg_temp.uid('book', bk.b),
       CASE WHEN (s + k) % 4 = 0 THEN bk.pages ELSE greatest(1, (bk.pages * pg_temp.rnd('rpp' || s || k))::integer) END,
       bk.pages, st, st + pg_temp.ri('rpl' || s || k, 1, 60) * interval '1 day', st, st
  FROM generate_series(961, 1560) AS s CROSS JOIN generate_series(1, 8) AS k
  CROSS JOIN LATERAL (SELECT b, pages FROM seed_pubbook WHERE i = 1 + ((s * 13 + k * 7) % (SELECT count(*) FROM seed_pubbook))) AS bk
  CROSS JOIN LATERAL (SELECT timestamptz '2025-09-15 15:00:00+00' + k * 12 * interval '1 day' AS st) AS x;

INSERT INTO classroom.vocabulary_word
    (id, user_id, word, definition, book_id, book_vocabulary_id, context_sentence, mastery, times_reviewed,
     times_correct, last_reviewed_at, next_review_at, created_at, updated_at)
SELECT pg_temp.uid('vocab', s * 100 + k), pg_temp.acct(s), w.word, w.definition,
       pg_temp.uid('book', bk), bv.id, 'I read the word "' || w.word || '" in a story.',
       m, rv, least(rv, (rv * m) / 100),
       CASE WHEN rv > 0 THEN ts + rv * interval '2 days' END,
       CASE WHEN m < 100 THEN ts + (rv * 2 + 3) * interval '1 day' END,
       ts, ts
  FROM generate_series(961, 1560) AS s CROSS JOIN generate_series(1, 15) AS k
  JOIN seed_word AS w ON w.i = (s + k * 11) % 40
  CROSS JOIN LATERAL (SELECT pg_temp.pubbook(s + k) AS bk, pg_temp.ri('vm' || s || k, 0, 100) AS m,
                             pg_temp.ri('vr' || s || k, 0, 12) AS rv,
                             timestamptz '2025-09-20 00:00:00+00' + k * 5 * interval '1 day' AS ts) AS x
  LEFT JOIN classroom.book_vocabulary AS bv ON bv.book_id = pg_temp.uid('book', bk) AND lower(bv.word) = lower(w.word);

INSERT INTO classroom.book_club (id, classroom_id, name, current_book_id, created_by, is_active, created_at, updated_at)
SELECT pg_temp.uid('club', c), pg_temp.uid('class', c),
       (ARRAY['Page Turners','Bookworms','Story Seekers','Reading Rockets'])[1 + c % 4],
       pg_temp.uid('book', pg_temp.pubbook(c * 3)), pg_temp.acct(901 + (c - 1) % 60), c % 10 <> 0,
       timestamptz '2025-09-20 00:00:00+00' + c * interval '3 hours', timestamptz '2025-09-20 00:00:00+00' + c * interval '3 hours'
  FROM generate_series(1, 40) AS c;

-- Two class discussions per class plus one per book club (200 threads).
INSERT INTO classroom.discussion
    (id, classroom_id, club_id, book_id, assignment_id, created_by, title, prompt, is_locked, is_pinned, created_at, updated_at)
SELECT pg_temp.uid('discussion', c * 10 + d), pg_temp.uid('class', c),
       CASE WHEN d = 3 THEN pg_temp.uid('club', c) END,
       pg_temp.uid('book', pg_temp.pubbook(c * 3 + d)),
       CASE WHEN d = 1 THEN pg_temp.uid('assign', c * 100 + 4) END,
       pg_temp.acct(901 + (c - 1) % 60),
       (ARRAY['What would you do in the fox''s place?','Favourite character and why','Club pick: first impressions'])[d],
       'Share your thoughts and reply to at least one classmate.',
       d = 2 AND c % 9 = 0, d = 1,
       timestamptz '2025-10-01 00:00:00+00' + (c + d * 7) * interval '1 day', timestamptz '2025-10-01 00:00:00+00' + (c + d * 7) * interval '1 day'
  FROM generate_series(1, 80) AS c CROSS JOIN generate_series(1, 3) AS d
 WHERE d < 3 OR c <= 40;

-- 20 posts per discussion by class members; every third post replies to the previous one.
INSERT INTO classroom.discussion_post
    (id, discussion_id, author_id, parent_post_id, body, moderation, edited_at, deleted_at, created_at, updated_at)
SELECT pg_temp.uid('post', (c * 10 + d) * 100 + k), dsc.id,
       CASE WHEN k = 1 THEN dsc.created_by ELSE r.student_id END,
       CASE WHEN k % 3 = 0 THEN pg_temp.uid('post', (c * 10 + d) * 100 + k - 1) END,
       (ARRAY['I think the fox was really brave.','I liked the owl because it was funny.',
              'I would have stayed in the orchard!','The ending surprised me.','I agree with you!',
              'My favourite word was glimmer.'])[1 + (k + c) % 6],
       CASE WHEN (c * k) % 53 = 0 THEN 'flagged' WHEN (c * k) % 71 = 0 THEN 'pending' ELSE 'approved' END::classroom.moderation_status,
       CASE WHEN k % 11 = 0 THEN dsc.created_at + k * interval '2 hours' + interval '10 minutes' END,
       CASE WHEN k % 17 = 0 THEN dsc.created_at + k * interval '2 hours' + interval '1 day' END,
       dsc.created_at + k * interval '2 hours', dsc.created_at + k * interval '2 hours'
  FROM generate_series(1, 80) AS c CROSS JOIN generate_series(1, 3) AS d
  JOIN classroom.discussion AS dsc ON dsc.id = pg_temp.uid('discussion', c * 10 + d)
  CROSS JOIN generate_series(1, 20) AS k
  JOIN seed_roster AS r ON r.classroom_id = dsc.classroom_id AND r.i = 1 + (k * 7 + d) % r.n
 ORDER BY c, d, k;

INSERT INTO classroom.ai_generated_image
    (id, requested_by, book_id, page_number, prompt, negative_prompt, style, model, width, height, generation_seed,
     status, moderation, storage_path, error_message, completed_at, created_at, updated_at)
SELECT pg_temp.uid('aiimage', i), pg_temp.acct(req), pg_temp.uid('book', bk.b), 1 + i % bk.pages,
       'A ' || (ARRAY['watercolor','crayon','paper-cut','storybook'])[1 + i % 4] || ' illustration of a fox with a lantern in a snowy meadow',
       CASE WHEN i % 3 = 0 THEN 'scary, dark, text' END,
       (ARRAY['watercolor','crayon','paper-cut','storybook'])[1 + i % 4], 'illustrator-xl-2025-08',
       (ARRAY[1024, 768, 1024])[1 + i % 3], (ARRAY[1024, 1024, 768])[1 + i % 3], (i::bigint * 104729) % 4294967296,
       st::classroom.generation_status,
       CASE WHEN st <> 'completed' THEN 'pending' WHEN i % 19 = 0 THEN 'rejected' WHEN i % 7 = 0 THEN 'pending' ELSE 'approved' END::classroom.moderation_status,
       CASE WHEN st = 'completed' THEN 'ai-images/' || pg_temp.uid('aiimage', i) || '.png' END,
       CASE WHEN st = 'failed' THEN 'content policy: prompt rejected by safety filter' END,
       CASE WHEN st = 'completed' THEN ts + interval '40 seconds' END,
       ts, ts + interval '40 seconds'
  FROM generate_series(1, 800) AS i
  CROSS JOIN LATERAL (SELECT sp.b, sp.pages FROM seed_pubbook AS sp
                       WHERE sp.i = 1 + (i.i * 3 % (SELECT count(*) FROM seed_pubbook))) AS bk
  CROSS JOIN LATERAL (SELECT CASE WHEN i % 4 = 0 THEN 901 + i % 60 ELSE 961 + i % 600 END AS req,
                             CASE WHEN i % 23 = 0 THEN 'failed' WHEN i % 31 = 0 THEN 'queued' WHEN i % 37 = 0 THEN 'processing' ELSE 'completed' END AS st,
                             timestamptz '2025-10-01 00:00:00+00' + i * interval '2 hours' AS ts) AS x;

INSERT INTO classroom.tts_request
    (id, requested_by, book_id, page_number, text_content, voice, language, speaking_rate, status, audio_path,
     duration_ms, error_message, completed_at, created_at, updated_at)
SELECT pg_temp.uid('tts', i), pg_temp.acct(961 + i % 600), pg_temp.uid('book', bk.b), 1 + i % bk.pages,
       'Once upon a time a curious fox carried a lantern through the meadow. The brave little fox followed the echo.',
       (ARRAY['en-US-Story-F','en-GB-Narrator-M','es-ES-Cuento-F'])[1 + i % 3], (ARRAY['en','en','es'])[1 + i % 3],
       (ARRAY[0.85, 1.00, 1.15])[1 + i % 3],
       st::classroom.generation_status,
       CASE WHEN st = 'completed' THEN 'tts/' || pg_temp.uid('tts', i) || '.mp3' END,
       CASE WHEN st = 'completed' THEN 7000 + i % 3000 END,
       CASE WHEN st = 'failed' THEN 'voice temporarily unavailable' END,
       CASE WHEN st = 'completed' THEN ts + interval '5 seconds' END,
       ts, ts + interval '5 seconds'
  FROM generate_series(1, 800) AS i
  CROSS JOIN LATERAL (SELECT sp.b, sp.pages FROM seed_pubbook AS sp
                       WHERE sp.i = 1 + (i.i * 5 % (SELECT count(*) FROM seed_pubbook))) AS bk
  CROSS JOIN LATERAL (SELECT CASE WHEN i % 29 = 0 THEN 'failed' WHEN i % 41 = 0 THEN 'queued' ELSE 'completed' END AS st,
                             timestamptz '2025-10-01 00:00:00+00' + i * interval '107 minutes' AS ts) AS x;

INSERT INTO classroom.ai_generated_content
    (id, requested_by, book_id, classroom_id, content_type, prompt, body, model, tokens_used, status, moderation,
     reviewed_by, reviewed_at, completed_at, created_at, updated_at)
SELECT pg_temp.uid('aicontent', i), pg_temp.acct(t), pg_temp.uid('book', pg_temp.pubbook(i)), pg_temp.uid('class', 1 + i % 80),
       typ::classroom.ai_content_type,
       'Create a ' || replace(typ, '_', ' ') || ' for grade ' || (2 + i % 6) || ' about this book.',
       CASE typ WHEN 'quiz' THEN jsonb_build_object('questions', jsonb_build_array(
                     jsonb_build_object('q', 'Why did the fox carry a lantern?', 'choices', jsonb_build_array('To see in the dark', 'To cook', 'To sing'), 'answer', 0),
                     jsonb_build_object('q', 'Who was waiting in the orchard?', 'choices', jsonb_build_array('An owl', 'A bear', 'A rabbit'), 'answer', 0)))
                WHEN 'vocabulary_list' THEN jsonb_build_object('words', jsonb_build_array('lantern', 'meadow', 'ancient', 'timid'))
                ELSE jsonb_build_object('text', 'A short ' || replace(typ, '_', ' ') || ' generated for the class.') END,
       'educator-2025-09', 400 + i % 1200,
       st::classroom.generation_status,
       CASE WHEN st <> 'completed' THEN 'pending' WHEN i % 6 = 0 THEN 'pending' WHEN i % 25 = 0 THEN 'rejected' ELSE 'approved' END::classroom.moderation_status,
       CASE WHEN st = 'completed' AND i % 6 <> 0 THEN pg_temp.acct(t) END,
       CASE WHEN st = 'completed' AND i % 6 <> 0 THEN ts + interval '1 hour' END,
       CASE WHEN st = 'completed' THEN ts + interval '30 seconds' END,
       ts, ts + interval '1 hour'
  FROM generate_series(1, 500) AS i
  CROSS JOIN LATERAL (SELECT 901 + (i % 80) % 60 AS t,
                             (ARRAY['quiz','summary','vocabulary_list','discussion_questions','activity','lesson_plan'])[1 + i % 6] AS typ,
                             CASE WHEN i % 43 = 0 THEN 'failed' WHEN i % 47 = 0 THEN 'processing' ELSE 'completed' END AS st,
                             timestamptz '2025-10-05 00:00:00+00' + i * interval '3 hours' AS ts) AS x;
