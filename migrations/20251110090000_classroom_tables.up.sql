-- 20251110090000_classroom_tables (up): written by `schemac migrate new` from the difference between the
-- migrations before it and the schema files (classroom-tables).

SET search_path = public;
SET check_function_bodies = false;

-- create schema classroom
CREATE SCHEMA classroom;

-- create type classroom.publishing_status
CREATE TYPE classroom.publishing_status AS ENUM ('draft', 'in_review', 'published', 'archived');

-- create type classroom.access_type
CREATE TYPE classroom.access_type AS ENUM ('free', 'premium', 'restricted');

-- create type classroom.workflow_stage
CREATE TYPE classroom.workflow_stage AS ENUM ('draft', 'submitted', 'editorial_review', 'illustration', 'final_review', 'approved', 'published', 'rejected');

-- create type classroom.enrollment_status
CREATE TYPE classroom.enrollment_status AS ENUM ('invited', 'active', 'removed', 'completed');

-- create type classroom.assignment_type
CREATE TYPE classroom.assignment_type AS ENUM ('reading', 'quiz', 'writing', 'vocabulary', 'discussion');

-- create type classroom.assignment_status
CREATE TYPE classroom.assignment_status AS ENUM ('draft', 'published', 'closed', 'archived');

-- create type classroom.submission_status
CREATE TYPE classroom.submission_status AS ENUM ('in_progress', 'submitted', 'graded', 'returned');

-- create type classroom.part_of_speech
CREATE TYPE classroom.part_of_speech AS ENUM ('noun', 'verb', 'adjective', 'adverb', 'pronoun', 'preposition', 'conjunction', 'interjection', 'phrase', 'other');

-- create type classroom.reading_device
CREATE TYPE classroom.reading_device AS ENUM ('web', 'tablet', 'phone', 'e_reader');

-- create type classroom.moderation_status
CREATE TYPE classroom.moderation_status AS ENUM ('pending', 'approved', 'flagged', 'rejected');

-- create type classroom.generation_status
CREATE TYPE classroom.generation_status AS ENUM ('queued', 'processing', 'completed', 'failed', 'cancelled');

-- create type classroom.ai_content_type
CREATE TYPE classroom.ai_content_type AS ENUM ('quiz', 'summary', 'vocabulary_list', 'discussion_questions', 'activity', 'lesson_plan');

-- create function classroom.generate_class_code()
CREATE FUNCTION classroom.generate_class_code()
  RETURNS text
  LANGUAGE sql
AS $function$
    SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + floor(random() * 31)::integer, 1), '')
      FROM generate_series(1, 7)
$function$;

-- create function classroom.is_class_teacher(uuid)
CREATE FUNCTION classroom.is_class_teacher(p_classroom_id uuid)
  RETURNS boolean
  LANGUAGE sql
  STABLE SECURITY DEFINER
  SET search_path TO ''
AS $function$
    SELECT EXISTS (
        SELECT 1
          FROM classroom.classroom AS c
         WHERE c.id = p_classroom_id
           AND (c.teacher_id = users.current_user_id()
                OR EXISTS (SELECT 1
                             FROM users.organization_member AS m
                            WHERE m.organization_id = c.organization_id
                              AND m.account_id = users.current_user_id()
                              AND m.role IN ('owner', 'admin')))
    )
$function$;

-- create function classroom.is_class_member(uuid)
CREATE FUNCTION classroom.is_class_member(p_classroom_id uuid)
  RETURNS boolean
  LANGUAGE sql
  STABLE SECURITY DEFINER
  SET search_path TO ''
AS $function$
    SELECT classroom.is_class_teacher(p_classroom_id)
        OR EXISTS (SELECT 1
                     FROM classroom.class_enrollment AS e
                    WHERE e.classroom_id = p_classroom_id
                      AND e.student_id = users.current_user_id()
                      AND e.status = 'active')
        OR EXISTS (SELECT 1
                     FROM classroom.classroom AS c
                     JOIN users.organization_member AS m ON m.organization_id = c.organization_id
                    WHERE c.id = p_classroom_id
                      AND m.account_id = users.current_user_id()
                      AND m.role = 'staff')
$function$;

-- create function classroom.is_teacher_of(uuid)
CREATE FUNCTION classroom.is_teacher_of(p_student_id uuid)
  RETURNS boolean
  LANGUAGE sql
  STABLE SECURITY DEFINER
  SET search_path TO ''
AS $function$
    SELECT EXISTS (
        SELECT 1
          FROM classroom.class_enrollment AS e
          JOIN classroom.classroom AS c ON c.id = e.classroom_id
         WHERE e.student_id = p_student_id
           AND e.status IN ('active', 'completed')
           AND c.teacher_id = users.current_user_id()
    )
$function$;

-- create function classroom.join_class(text)
CREATE FUNCTION classroom.join_class(p_class_code text)
  RETURNS uuid
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
DECLARE
    v_student   uuid := users.current_user_id();
    v_classroom uuid;
    v_enrollment uuid;
BEGIN
    IF v_student IS NULL THEN
        RAISE EXCEPTION 'join_class requires an authenticated user (app.user_id)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    SELECT c.id INTO v_classroom
      FROM classroom.classroom AS c
     WHERE c.class_code = upper(btrim(p_class_code))
       AND c.is_active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no active class with code %', p_class_code
            USING ERRCODE = 'no_data_found';
    END IF;

    INSERT INTO classroom.class_enrollment AS e (classroom_id, student_id, status)
    VALUES (v_classroom, v_student, 'active')
    ON CONFLICT (classroom_id, student_id)
        DO UPDATE SET status = 'active', left_at = NULL, enrolled_at = now()
        WHERE e.status <> 'active'
    RETURNING e.id INTO v_enrollment;

    IF v_enrollment IS NULL THEN
        SELECT e.id INTO v_enrollment
          FROM classroom.class_enrollment AS e
         WHERE e.classroom_id = v_classroom AND e.student_id = v_student;
    END IF;
    RETURN v_enrollment;
END;
$function$;

-- create table classroom.learner_profile
CREATE TABLE classroom.learner_profile (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    grade_level text,
    preferred_language users.language_code DEFAULT 'en' NOT NULL,
    reading_level text,
    interests text[] DEFAULT '{}' NOT NULL,
    last_active_at timestamp with time zone DEFAULT now() NOT NULL,
    total_reading_seconds integer DEFAULT 0 NOT NULL,
    books_completed integer DEFAULT 0 NOT NULL,
    current_streak integer DEFAULT 0 NOT NULL,
    longest_streak integer DEFAULT 0 NOT NULL,
    last_reading_date date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT learner_profile_grade_level_check CHECK (char_length(grade_level) BETWEEN 1 AND 50),
    CONSTRAINT learner_profile_reading_level_check CHECK (char_length(reading_level) BETWEEN 1 AND 50),
    CONSTRAINT learner_profile_interests_check CHECK (cardinality(interests) <= 50),
    CONSTRAINT learner_profile_total_reading_seconds_check CHECK (total_reading_seconds >= 0),
    CONSTRAINT learner_profile_books_completed_check CHECK (books_completed >= 0),
    CONSTRAINT learner_profile_current_streak_check CHECK (current_streak >= 0),
    CONSTRAINT learner_profile_longest_streak_check CHECK (longest_streak >= 0),
    CONSTRAINT learner_profile_streaks_ordered CHECK (current_streak <= longest_streak),
    CONSTRAINT learner_profile_pkey PRIMARY KEY (id),
    CONSTRAINT learner_profile_account_key UNIQUE (account_id)
);
ALTER TABLE classroom.learner_profile ENABLE ROW LEVEL SECURITY;

-- add constraint learner_profile_account_id_fkey on classroom.learner_profile
ALTER TABLE classroom.learner_profile ADD CONSTRAINT learner_profile_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table classroom.book
CREATE TABLE classroom.book (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    title text NOT NULL,
    subtitle text,
    author_name text NOT NULL,
    author_account_id uuid,
    isbn text,
    language users.language_code DEFAULT 'en' NOT NULL,
    summary text,
    content text,
    page_count integer NOT NULL,
    word_count integer,
    reading_time_minutes integer,
    grade_levels text[] DEFAULT '{}' NOT NULL,
    curriculum text[] DEFAULT '{}' NOT NULL,
    publishing_status classroom.publishing_status DEFAULT 'draft' NOT NULL,
    published_at timestamp with time zone,
    access_type classroom.access_type DEFAULT 'free' NOT NULL,
    has_quiz boolean DEFAULT false NOT NULL,
    has_vocabulary boolean DEFAULT false NOT NULL,
    has_audio boolean DEFAULT false NOT NULL,
    has_activities boolean DEFAULT false NOT NULL,
    is_interactive boolean DEFAULT false NOT NULL,
    cover_image_path text,
    view_count integer DEFAULT 0 NOT NULL,
    read_count integer DEFAULT 0 NOT NULL,
    avg_rating numeric(3,2),
    total_ratings integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT book_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
    CONSTRAINT book_subtitle_check CHECK (char_length(subtitle) <= 300),
    CONSTRAINT book_author_name_check CHECK (char_length(btrim(author_name)) BETWEEN 1 AND 200),
    CONSTRAINT book_isbn_check CHECK (isbn ~ '^(97[89][0-9]{10}|[0-9]{9}[0-9X])$'),
    CONSTRAINT book_summary_check CHECK (char_length(summary) <= 4000),
    CONSTRAINT book_page_count_check CHECK (page_count BETWEEN 1 AND 5000),
    CONSTRAINT book_word_count_check CHECK (word_count > 0),
    CONSTRAINT book_reading_time_minutes_check CHECK (reading_time_minutes > 0),
    CONSTRAINT book_cover_image_path_check CHECK (char_length(cover_image_path) <= 1024),
    CONSTRAINT book_view_count_check CHECK (view_count >= 0),
    CONSTRAINT book_read_count_check CHECK (read_count >= 0),
    CONSTRAINT book_avg_rating_check CHECK (avg_rating BETWEEN 1 AND 5),
    CONSTRAINT book_total_ratings_check CHECK (total_ratings >= 0),
    CONSTRAINT book_published_has_time CHECK (publishing_status <> 'published' OR published_at IS NOT NULL),
    CONSTRAINT book_rating_consistent CHECK ((avg_rating IS NULL) = (total_ratings = 0)),
    CONSTRAINT book_pkey PRIMARY KEY (id),
    CONSTRAINT book_isbn_key UNIQUE (isbn)
);
ALTER TABLE classroom.book ENABLE ROW LEVEL SECURITY;

-- add constraint book_author_account_id_fkey on classroom.book
ALTER TABLE classroom.book ADD CONSTRAINT book_author_account_id_fkey FOREIGN KEY (author_account_id) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table classroom.book_submission
CREATE TABLE classroom.book_submission (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    book_id uuid NOT NULL,
    submitted_by uuid NOT NULL,
    current_stage classroom.workflow_stage DEFAULT 'draft' NOT NULL,
    submitted_at timestamp with time zone,
    stage_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    reviewer_id uuid,
    reviewer_notes text,
    decided_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT book_submission_reviewer_notes_check CHECK (char_length(reviewer_notes) <= 8000),
    CONSTRAINT book_submission_submitted_has_time CHECK (current_stage = 'draft' OR submitted_at IS NOT NULL),
    CONSTRAINT book_submission_decision_consistent CHECK ((current_stage IN ('approved', 'published', 'rejected')) = (decided_at IS NOT NULL)),
    CONSTRAINT book_submission_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.book_submission ENABLE ROW LEVEL SECURITY;

-- add constraint book_submission_book_id_fkey on classroom.book_submission
ALTER TABLE classroom.book_submission ADD CONSTRAINT book_submission_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE CASCADE;

-- add constraint book_submission_submitted_by_fkey on classroom.book_submission
ALTER TABLE classroom.book_submission ADD CONSTRAINT book_submission_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint book_submission_reviewer_id_fkey on classroom.book_submission
ALTER TABLE classroom.book_submission ADD CONSTRAINT book_submission_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table classroom.book_vocabulary
CREATE TABLE classroom.book_vocabulary (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    book_id uuid NOT NULL,
    word text NOT NULL,
    definition text NOT NULL,
    part_of_speech classroom.part_of_speech DEFAULT 'other' NOT NULL,
    difficulty smallint DEFAULT 3 NOT NULL,
    page_number integer,
    example_sentence text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT book_vocabulary_word_check CHECK (char_length(btrim(word)) BETWEEN 1 AND 100),
    CONSTRAINT book_vocabulary_definition_check CHECK (char_length(definition) BETWEEN 1 AND 2000),
    CONSTRAINT book_vocabulary_difficulty_check CHECK (difficulty BETWEEN 1 AND 5),
    CONSTRAINT book_vocabulary_page_number_check CHECK (page_number >= 1),
    CONSTRAINT book_vocabulary_example_sentence_check CHECK (char_length(example_sentence) <= 1000),
    CONSTRAINT book_vocabulary_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.book_vocabulary ENABLE ROW LEVEL SECURITY;

-- add constraint book_vocabulary_book_id_fkey on classroom.book_vocabulary
ALTER TABLE classroom.book_vocabulary ADD CONSTRAINT book_vocabulary_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE CASCADE;

-- create table classroom.classroom
CREATE TABLE classroom.classroom (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid,
    teacher_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    subject text,
    grade_level text,
    school_year text,
    class_code text DEFAULT classroom.generate_class_code() NOT NULL,
    max_students smallint DEFAULT 40 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    archived_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT classroom_name_check CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    CONSTRAINT classroom_description_check CHECK (char_length(description) <= 2000),
    CONSTRAINT classroom_subject_check CHECK (char_length(subject) <= 100),
    CONSTRAINT classroom_grade_level_check CHECK (char_length(grade_level) <= 50),
    CONSTRAINT classroom_school_year_check CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    CONSTRAINT classroom_class_code_check CHECK (class_code ~ '^[A-Z0-9]{6,8}$'),
    CONSTRAINT classroom_max_students_check CHECK (max_students BETWEEN 1 AND 500),
    CONSTRAINT classroom_archive_consistent CHECK (is_active = (archived_at IS NULL)),
    CONSTRAINT classroom_pkey PRIMARY KEY (id),
    CONSTRAINT classroom_class_code_key UNIQUE (class_code)
);
ALTER TABLE classroom.classroom ENABLE ROW LEVEL SECURITY;

-- add constraint classroom_organization_id_fkey on classroom.classroom
ALTER TABLE classroom.classroom ADD CONSTRAINT classroom_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES users.organization (id) ON DELETE SET NULL;

-- add constraint classroom_teacher_id_fkey on classroom.classroom
ALTER TABLE classroom.classroom ADD CONSTRAINT classroom_teacher_id_fkey FOREIGN KEY (teacher_id) REFERENCES users.account (id) ON DELETE RESTRICT;

-- create table classroom.class_enrollment
CREATE TABLE classroom.class_enrollment (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    classroom_id uuid NOT NULL,
    student_id uuid NOT NULL,
    status classroom.enrollment_status DEFAULT 'active' NOT NULL,
    enrolled_at timestamp with time zone DEFAULT now() NOT NULL,
    left_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT class_enrollment_left_consistent CHECK ((status IN ('removed', 'completed')) = (left_at IS NOT NULL)),
    CONSTRAINT class_enrollment_left_after_join CHECK (left_at IS NULL OR left_at >= enrolled_at),
    CONSTRAINT class_enrollment_pkey PRIMARY KEY (id),
    CONSTRAINT class_enrollment_unique UNIQUE (classroom_id, student_id)
);
ALTER TABLE classroom.class_enrollment ENABLE ROW LEVEL SECURITY;

-- add constraint class_enrollment_classroom_id_fkey on classroom.class_enrollment
ALTER TABLE classroom.class_enrollment ADD CONSTRAINT class_enrollment_classroom_id_fkey FOREIGN KEY (classroom_id) REFERENCES classroom.classroom (id) ON DELETE CASCADE;

-- add constraint class_enrollment_student_id_fkey on classroom.class_enrollment
ALTER TABLE classroom.class_enrollment ADD CONSTRAINT class_enrollment_student_id_fkey FOREIGN KEY (student_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table classroom.assignment
CREATE TABLE classroom.assignment (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    classroom_id uuid NOT NULL,
    book_id uuid,
    created_by uuid,
    title text NOT NULL,
    instructions text,
    assignment_type classroom.assignment_type NOT NULL,
    status classroom.assignment_status DEFAULT 'draft' NOT NULL,
    assigned_at timestamp with time zone,
    due_at timestamp with time zone,
    max_points numeric(6,2) DEFAULT 100 NOT NULL,
    allow_late boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assignment_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    CONSTRAINT assignment_instructions_check CHECK (char_length(instructions) <= 8000),
    CONSTRAINT assignment_max_points_check CHECK (max_points > 0),
    CONSTRAINT assignment_published_has_time CHECK (status = 'draft' OR assigned_at IS NOT NULL),
    CONSTRAINT assignment_due_after_assigned CHECK (due_at IS NULL OR assigned_at IS NULL OR due_at > assigned_at),
    CONSTRAINT assignment_reading_needs_book CHECK (assignment_type <> 'reading' OR book_id IS NOT NULL),
    CONSTRAINT assignment_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.assignment ENABLE ROW LEVEL SECURITY;

-- add constraint assignment_classroom_id_fkey on classroom.assignment
ALTER TABLE classroom.assignment ADD CONSTRAINT assignment_classroom_id_fkey FOREIGN KEY (classroom_id) REFERENCES classroom.classroom (id) ON DELETE CASCADE;

-- add constraint assignment_book_id_fkey on classroom.assignment
ALTER TABLE classroom.assignment ADD CONSTRAINT assignment_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE RESTRICT;

-- add constraint assignment_created_by_fkey on classroom.assignment
ALTER TABLE classroom.assignment ADD CONSTRAINT assignment_created_by_fkey FOREIGN KEY (created_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table classroom.assignment_submission
CREATE TABLE classroom.assignment_submission (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    assignment_id uuid NOT NULL,
    student_id uuid NOT NULL,
    status classroom.submission_status DEFAULT 'in_progress' NOT NULL,
    content text,
    submitted_at timestamp with time zone,
    is_late boolean DEFAULT false NOT NULL,
    score numeric(6,2),
    feedback text,
    graded_by uuid,
    graded_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT assignment_submission_content_check CHECK (char_length(content) <= 50000),
    CONSTRAINT assignment_submission_score_check CHECK (score >= 0),
    CONSTRAINT assignment_submission_feedback_check CHECK (char_length(feedback) <= 8000),
    CONSTRAINT assignment_submission_submitted_has_time CHECK (status = 'in_progress' OR submitted_at IS NOT NULL),
    CONSTRAINT assignment_submission_graded_complete CHECK (status <> 'graded' OR (score IS NOT NULL AND graded_at IS NOT NULL)),
    CONSTRAINT assignment_submission_score_needs_grading CHECK (score IS NULL OR graded_at IS NOT NULL),
    CONSTRAINT assignment_submission_graded_after_submit CHECK (graded_at IS NULL OR graded_at >= submitted_at),
    CONSTRAINT assignment_submission_pkey PRIMARY KEY (id),
    CONSTRAINT assignment_submission_unique UNIQUE (assignment_id, student_id)
);
ALTER TABLE classroom.assignment_submission ENABLE ROW LEVEL SECURITY;

-- add constraint assignment_submission_assignment_id_fkey on classroom.assignment_submission
ALTER TABLE classroom.assignment_submission ADD CONSTRAINT assignment_submission_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES classroom.assignment (id) ON DELETE CASCADE;

-- add constraint assignment_submission_student_id_fkey on classroom.assignment_submission
ALTER TABLE classroom.assignment_submission ADD CONSTRAINT assignment_submission_student_id_fkey FOREIGN KEY (student_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint assignment_submission_graded_by_fkey on classroom.assignment_submission
ALTER TABLE classroom.assignment_submission ADD CONSTRAINT assignment_submission_graded_by_fkey FOREIGN KEY (graded_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table classroom.book_club
CREATE TABLE classroom.book_club (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    classroom_id uuid NOT NULL,
    name text NOT NULL,
    current_book_id uuid,
    created_by uuid,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT book_club_name_check CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    CONSTRAINT book_club_pkey PRIMARY KEY (id),
    CONSTRAINT book_club_id_classroom_key UNIQUE (id, classroom_id)
);
ALTER TABLE classroom.book_club ENABLE ROW LEVEL SECURITY;

-- add constraint book_club_classroom_id_fkey on classroom.book_club
ALTER TABLE classroom.book_club ADD CONSTRAINT book_club_classroom_id_fkey FOREIGN KEY (classroom_id) REFERENCES classroom.classroom (id) ON DELETE CASCADE;

-- add constraint book_club_current_book_id_fkey on classroom.book_club
ALTER TABLE classroom.book_club ADD CONSTRAINT book_club_current_book_id_fkey FOREIGN KEY (current_book_id) REFERENCES classroom.book (id) ON DELETE SET NULL;

-- add constraint book_club_created_by_fkey on classroom.book_club
ALTER TABLE classroom.book_club ADD CONSTRAINT book_club_created_by_fkey FOREIGN KEY (created_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table classroom.discussion
CREATE TABLE classroom.discussion (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    classroom_id uuid NOT NULL,
    club_id uuid,
    book_id uuid,
    assignment_id uuid,
    created_by uuid,
    title text NOT NULL,
    prompt text,
    is_locked boolean DEFAULT false NOT NULL,
    is_pinned boolean DEFAULT false NOT NULL,
    post_count integer DEFAULT 0 NOT NULL,
    last_post_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT discussion_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    CONSTRAINT discussion_prompt_check CHECK (char_length(prompt) <= 4000),
    CONSTRAINT discussion_post_count_check CHECK (post_count >= 0),
    CONSTRAINT discussion_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.discussion ENABLE ROW LEVEL SECURITY;

-- add constraint discussion_classroom_id_fkey on classroom.discussion
ALTER TABLE classroom.discussion ADD CONSTRAINT discussion_classroom_id_fkey FOREIGN KEY (classroom_id) REFERENCES classroom.classroom (id) ON DELETE CASCADE;

-- add constraint discussion_book_id_fkey on classroom.discussion
ALTER TABLE classroom.discussion ADD CONSTRAINT discussion_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE SET NULL;

-- add constraint discussion_assignment_id_fkey on classroom.discussion
ALTER TABLE classroom.discussion ADD CONSTRAINT discussion_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES classroom.assignment (id) ON DELETE SET NULL;

-- add constraint discussion_created_by_fkey on classroom.discussion
ALTER TABLE classroom.discussion ADD CONSTRAINT discussion_created_by_fkey FOREIGN KEY (created_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- add constraint discussion_club_fkey on classroom.discussion
ALTER TABLE classroom.discussion ADD CONSTRAINT discussion_club_fkey FOREIGN KEY (club_id, classroom_id) REFERENCES classroom.book_club (id, classroom_id) ON DELETE CASCADE;

-- create table classroom.discussion_post
CREATE TABLE classroom.discussion_post (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    discussion_id uuid NOT NULL,
    author_id uuid NOT NULL,
    parent_post_id uuid,
    body text NOT NULL,
    moderation classroom.moderation_status DEFAULT 'approved' NOT NULL,
    edited_at timestamp with time zone,
    deleted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT discussion_post_body_check CHECK (char_length(btrim(body)) BETWEEN 1 AND 10000),
    CONSTRAINT discussion_post_not_own_parent CHECK (parent_post_id <> id),
    CONSTRAINT discussion_post_edit_after_create CHECK (edited_at IS NULL OR edited_at >= created_at),
    CONSTRAINT discussion_post_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.discussion_post ENABLE ROW LEVEL SECURITY;

-- add constraint discussion_post_discussion_id_fkey on classroom.discussion_post
ALTER TABLE classroom.discussion_post ADD CONSTRAINT discussion_post_discussion_id_fkey FOREIGN KEY (discussion_id) REFERENCES classroom.discussion (id) ON DELETE CASCADE;

-- add constraint discussion_post_author_id_fkey on classroom.discussion_post
ALTER TABLE classroom.discussion_post ADD CONSTRAINT discussion_post_author_id_fkey FOREIGN KEY (author_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint discussion_post_parent_post_id_fkey on classroom.discussion_post
ALTER TABLE classroom.discussion_post ADD CONSTRAINT discussion_post_parent_post_id_fkey FOREIGN KEY (parent_post_id) REFERENCES classroom.discussion_post (id) ON DELETE CASCADE;

-- create table classroom.reading_session
CREATE TABLE classroom.reading_session (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    book_id uuid NOT NULL,
    assignment_id uuid,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    ended_at timestamp with time zone,
    duration_seconds integer,
    start_page integer NOT NULL,
    end_page integer,
    pages_read integer GENERATED ALWAYS AS (GREATEST(end_page - start_page, 0)) STORED,
    words_read integer,
    device classroom.reading_device DEFAULT 'web' NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reading_session_duration_seconds_check CHECK (duration_seconds BETWEEN 0 AND 86400),
    CONSTRAINT reading_session_start_page_check CHECK (start_page >= 1),
    CONSTRAINT reading_session_words_read_check CHECK (words_read >= 0),
    CONSTRAINT reading_session_end_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT reading_session_pages_ordered CHECK (end_page IS NULL OR end_page >= start_page),
    CONSTRAINT reading_session_duration_when_ended CHECK (ended_at IS NULL OR duration_seconds IS NOT NULL),
    CONSTRAINT reading_session_duration_fits CHECK (duration_seconds IS NULL OR ended_at IS NULL OR duration_seconds <= (extract ('epoch' FROM ended_at - started_at) + 1)),
    CONSTRAINT reading_session_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.reading_session ENABLE ROW LEVEL SECURITY;

-- add constraint reading_session_user_id_fkey on classroom.reading_session
ALTER TABLE classroom.reading_session ADD CONSTRAINT reading_session_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint reading_session_book_id_fkey on classroom.reading_session
ALTER TABLE classroom.reading_session ADD CONSTRAINT reading_session_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE CASCADE;

-- add constraint reading_session_assignment_id_fkey on classroom.reading_session
ALTER TABLE classroom.reading_session ADD CONSTRAINT reading_session_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES classroom.assignment (id) ON DELETE SET NULL;

-- create table classroom.reading_progress
CREATE TABLE classroom.reading_progress (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    book_id uuid NOT NULL,
    current_page integer DEFAULT 1 NOT NULL,
    total_pages integer NOT NULL,
    percent_complete numeric(5,2) DEFAULT 0 NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    last_read_at timestamp with time zone,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reading_progress_current_page_check CHECK (current_page >= 1),
    CONSTRAINT reading_progress_total_pages_check CHECK (total_pages >= 1),
    CONSTRAINT reading_progress_percent_complete_check CHECK (percent_complete >= 0 AND percent_complete <= 100),
    CONSTRAINT reading_progress_page_in_book CHECK (current_page <= total_pages),
    CONSTRAINT reading_progress_completion_consistent CHECK ((percent_complete = 100) = (completed_at IS NOT NULL)),
    CONSTRAINT reading_progress_pkey PRIMARY KEY (id),
    CONSTRAINT reading_progress_user_book_key UNIQUE (user_id, book_id)
);
ALTER TABLE classroom.reading_progress ENABLE ROW LEVEL SECURITY;

-- add constraint reading_progress_user_id_fkey on classroom.reading_progress
ALTER TABLE classroom.reading_progress ADD CONSTRAINT reading_progress_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint reading_progress_book_id_fkey on classroom.reading_progress
ALTER TABLE classroom.reading_progress ADD CONSTRAINT reading_progress_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE CASCADE;

-- create table classroom.vocabulary_word
CREATE TABLE classroom.vocabulary_word (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    word text NOT NULL,
    definition text,
    book_id uuid,
    book_vocabulary_id uuid,
    context_sentence text,
    mastery smallint DEFAULT 0 NOT NULL,
    times_reviewed integer DEFAULT 0 NOT NULL,
    times_correct integer DEFAULT 0 NOT NULL,
    last_reviewed_at timestamp with time zone,
    next_review_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT vocabulary_word_word_check CHECK (char_length(btrim(word)) BETWEEN 1 AND 100),
    CONSTRAINT vocabulary_word_definition_check CHECK (char_length(definition) <= 2000),
    CONSTRAINT vocabulary_word_context_sentence_check CHECK (char_length(context_sentence) <= 1000),
    CONSTRAINT vocabulary_word_mastery_check CHECK (mastery >= 0 AND mastery <= 100),
    CONSTRAINT vocabulary_word_times_reviewed_check CHECK (times_reviewed >= 0),
    CONSTRAINT vocabulary_word_times_correct_check CHECK (times_correct >= 0),
    CONSTRAINT vocabulary_word_correct_le_reviewed CHECK (times_correct <= times_reviewed),
    CONSTRAINT vocabulary_word_reviewed_has_time CHECK (times_reviewed = 0 OR last_reviewed_at IS NOT NULL),
    CONSTRAINT vocabulary_word_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.vocabulary_word ENABLE ROW LEVEL SECURITY;

-- add constraint vocabulary_word_user_id_fkey on classroom.vocabulary_word
ALTER TABLE classroom.vocabulary_word ADD CONSTRAINT vocabulary_word_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint vocabulary_word_book_id_fkey on classroom.vocabulary_word
ALTER TABLE classroom.vocabulary_word ADD CONSTRAINT vocabulary_word_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE SET NULL;

-- add constraint vocabulary_word_book_vocabulary_id_fkey on classroom.vocabulary_word
ALTER TABLE classroom.vocabulary_word ADD CONSTRAINT vocabulary_word_book_vocabulary_id_fkey FOREIGN KEY (book_vocabulary_id) REFERENCES classroom.book_vocabulary (id) ON DELETE SET NULL;

-- create table classroom.ai_generated_image
CREATE TABLE classroom.ai_generated_image (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    requested_by uuid NOT NULL,
    book_id uuid,
    page_number integer,
    prompt text NOT NULL,
    negative_prompt text,
    style text,
    model text NOT NULL,
    width integer DEFAULT 1024 NOT NULL,
    height integer DEFAULT 1024 NOT NULL,
    generation_seed bigint,
    status classroom.generation_status DEFAULT 'queued' NOT NULL,
    moderation classroom.moderation_status DEFAULT 'pending' NOT NULL,
    storage_path text,
    error_message text,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ai_generated_image_page_number_check CHECK (page_number >= 1),
    CONSTRAINT ai_generated_image_prompt_check CHECK (char_length(btrim(prompt)) BETWEEN 1 AND 4000),
    CONSTRAINT ai_generated_image_negative_prompt_check CHECK (char_length(negative_prompt) <= 2000),
    CONSTRAINT ai_generated_image_style_check CHECK (char_length(style) <= 100),
    CONSTRAINT ai_generated_image_model_check CHECK (char_length(model) BETWEEN 1 AND 100),
    CONSTRAINT ai_generated_image_width_check CHECK (width BETWEEN 64 AND 4096 AND (width % 8) = 0),
    CONSTRAINT ai_generated_image_height_check CHECK (height BETWEEN 64 AND 4096 AND (height % 8) = 0),
    CONSTRAINT ai_generated_image_storage_path_check CHECK (char_length(storage_path) <= 1024),
    CONSTRAINT ai_generated_image_error_message_check CHECK (char_length(error_message) <= 2000),
    CONSTRAINT ai_generated_image_completed_has_output CHECK (status <> 'completed' OR (storage_path IS NOT NULL AND completed_at IS NOT NULL)),
    CONSTRAINT ai_generated_image_failed_has_error CHECK (status <> 'failed' OR error_message IS NOT NULL),
    CONSTRAINT ai_generated_image_approved_is_completed CHECK (moderation <> 'approved' OR status = 'completed'),
    CONSTRAINT ai_generated_image_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.ai_generated_image ENABLE ROW LEVEL SECURITY;

-- add constraint ai_generated_image_requested_by_fkey on classroom.ai_generated_image
ALTER TABLE classroom.ai_generated_image ADD CONSTRAINT ai_generated_image_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint ai_generated_image_book_id_fkey on classroom.ai_generated_image
ALTER TABLE classroom.ai_generated_image ADD CONSTRAINT ai_generated_image_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE CASCADE;

-- create table classroom.tts_request
CREATE TABLE classroom.tts_request (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    requested_by uuid NOT NULL,
    book_id uuid,
    page_number integer,
    text_content text NOT NULL,
    character_count integer GENERATED ALWAYS AS (char_length(text_content)) STORED,
    voice text NOT NULL,
    language users.language_code DEFAULT 'en' NOT NULL,
    speaking_rate numeric(3,2) DEFAULT 1.00 NOT NULL,
    status classroom.generation_status DEFAULT 'queued' NOT NULL,
    audio_path text,
    duration_ms integer,
    error_message text,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tts_request_page_number_check CHECK (page_number >= 1),
    CONSTRAINT tts_request_text_content_check CHECK (char_length(text_content) BETWEEN 1 AND 20000),
    CONSTRAINT tts_request_voice_check CHECK (char_length(voice) BETWEEN 1 AND 100),
    CONSTRAINT tts_request_speaking_rate_check CHECK (speaking_rate BETWEEN 0.50 AND 2.00),
    CONSTRAINT tts_request_audio_path_check CHECK (char_length(audio_path) <= 1024),
    CONSTRAINT tts_request_duration_ms_check CHECK (duration_ms > 0),
    CONSTRAINT tts_request_error_message_check CHECK (char_length(error_message) <= 2000),
    CONSTRAINT tts_request_completed_has_audio CHECK (status <> 'completed' OR (audio_path IS NOT NULL AND duration_ms IS NOT NULL AND completed_at IS NOT NULL)),
    CONSTRAINT tts_request_failed_has_error CHECK (status <> 'failed' OR error_message IS NOT NULL),
    CONSTRAINT tts_request_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.tts_request ENABLE ROW LEVEL SECURITY;

-- add constraint tts_request_requested_by_fkey on classroom.tts_request
ALTER TABLE classroom.tts_request ADD CONSTRAINT tts_request_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint tts_request_book_id_fkey on classroom.tts_request
ALTER TABLE classroom.tts_request ADD CONSTRAINT tts_request_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE CASCADE;

-- create table classroom.ai_generated_content
CREATE TABLE classroom.ai_generated_content (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    requested_by uuid NOT NULL,
    book_id uuid,
    classroom_id uuid,
    content_type classroom.ai_content_type NOT NULL,
    prompt text NOT NULL,
    body jsonb DEFAULT '{}' NOT NULL,
    model text NOT NULL,
    tokens_used integer,
    status classroom.generation_status DEFAULT 'queued' NOT NULL,
    moderation classroom.moderation_status DEFAULT 'pending' NOT NULL,
    reviewed_by uuid,
    reviewed_at timestamp with time zone,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ai_generated_content_prompt_check CHECK (char_length(btrim(prompt)) BETWEEN 1 AND 8000),
    CONSTRAINT ai_generated_content_body_check CHECK (jsonb_typeof(body) = 'object'),
    CONSTRAINT ai_generated_content_model_check CHECK (char_length(model) BETWEEN 1 AND 100),
    CONSTRAINT ai_generated_content_tokens_used_check CHECK (tokens_used >= 0),
    CONSTRAINT ai_generated_content_completed_has_time CHECK (status <> 'completed' OR completed_at IS NOT NULL),
    CONSTRAINT ai_generated_content_review_has_time CHECK (reviewed_by IS NULL OR reviewed_at IS NOT NULL),
    CONSTRAINT ai_generated_content_approved_is_completed CHECK (moderation <> 'approved' OR status = 'completed'),
    CONSTRAINT ai_generated_content_pkey PRIMARY KEY (id)
);
ALTER TABLE classroom.ai_generated_content ENABLE ROW LEVEL SECURITY;

-- add constraint ai_generated_content_requested_by_fkey on classroom.ai_generated_content
ALTER TABLE classroom.ai_generated_content ADD CONSTRAINT ai_generated_content_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint ai_generated_content_book_id_fkey on classroom.ai_generated_content
ALTER TABLE classroom.ai_generated_content ADD CONSTRAINT ai_generated_content_book_id_fkey FOREIGN KEY (book_id) REFERENCES classroom.book (id) ON DELETE CASCADE;

-- add constraint ai_generated_content_classroom_id_fkey on classroom.ai_generated_content
ALTER TABLE classroom.ai_generated_content ADD CONSTRAINT ai_generated_content_classroom_id_fkey FOREIGN KEY (classroom_id) REFERENCES classroom.classroom (id) ON DELETE SET NULL;

-- add constraint ai_generated_content_reviewed_by_fkey on classroom.ai_generated_content
ALTER TABLE classroom.ai_generated_content ADD CONSTRAINT ai_generated_content_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- create view classroom.class_roster
CREATE VIEW classroom.class_roster (classroom_id, student_id, display_name, status, enrolled_at) WITH (security_barrier='true') AS
SELECT e.classroom_id, e.student_id, a.display_name, e.status, e.enrolled_at FROM classroom.class_enrollment e JOIN users.account a ON a.id = e.student_id WHERE e.status = 'active' AND classroom.is_class_member(e.classroom_id);

-- create view classroom.assignment_overview
CREATE VIEW classroom.assignment_overview (assignment_id, classroom_id, title, assignment_type, status, due_at, max_points, submitted, graded, late, avg_score) WITH (security_invoker='true') AS
SELECT a.id AS assignment_id, a.classroom_id, a.title, a.assignment_type, a.status, a.due_at, a.max_points, count(s.id) FILTER (WHERE s.status <> 'in_progress') AS submitted, count(s.id) FILTER (WHERE s.status = 'graded') AS graded, count(s.id) FILTER (WHERE s.is_late) AS late, round(avg(s.score), 2) AS avg_score FROM classroom.assignment a LEFT JOIN classroom.assignment_submission s ON s.assignment_id = a.id GROUP BY a.id;

-- create view classroom.reader_stats
CREATE VIEW classroom.reader_stats (user_id, books_completed, total_reading_minutes, current_streak, longest_streak, last_reading_date, books_in_progress, words_mastered) WITH (security_invoker='true') AS
SELECT p.account_id AS user_id, p.books_completed, p.total_reading_seconds / 60 AS total_reading_minutes, p.current_streak, p.longest_streak, p.last_reading_date, (SELECT count(*) FROM classroom.reading_progress rp WHERE rp.user_id = p.account_id AND rp.completed_at IS NULL) AS books_in_progress, (SELECT count(*) FROM classroom.vocabulary_word v WHERE v.user_id = p.account_id AND v.mastery >= 80) AS words_mastered FROM classroom.learner_profile p;

-- create index classroom.learner_profile_last_active_idx
CREATE INDEX learner_profile_last_active_idx ON classroom.learner_profile (last_active_at DESC);

-- create index classroom.book_published_idx
CREATE INDEX book_published_idx ON classroom.book (published_at DESC) WHERE (publishing_status = 'published');

-- create index classroom.book_author_idx
CREATE INDEX book_author_idx ON classroom.book (author_account_id);

-- create index classroom.book_grade_levels_idx
CREATE INDEX book_grade_levels_idx ON classroom.book USING gin (grade_levels);

-- create index classroom.book_title_fts_idx
CREATE INDEX book_title_fts_idx ON classroom.book USING gin ((to_tsvector('english', title)));

-- create index classroom.book_content_fts_idx
CREATE INDEX book_content_fts_idx ON classroom.book USING gin ((to_tsvector('english', content)));

-- create index classroom.book_title_trgm_idx
CREATE INDEX book_title_trgm_idx ON classroom.book USING gin (title gin_trgm_ops);

-- create index classroom.book_author_name_trgm_idx
CREATE INDEX book_author_name_trgm_idx ON classroom.book USING gin (author_name gin_trgm_ops);

-- create index classroom.book_submission_stage_idx
CREATE INDEX book_submission_stage_idx ON classroom.book_submission (current_stage);

-- create index classroom.book_submission_book_idx
CREATE INDEX book_submission_book_idx ON classroom.book_submission (book_id);

-- create index classroom.book_submission_submitter_idx
CREATE INDEX book_submission_submitter_idx ON classroom.book_submission (submitted_by, created_at DESC);

-- create index classroom.book_submission_reviewer_idx
CREATE INDEX book_submission_reviewer_idx ON classroom.book_submission (reviewer_id);

-- create index classroom.book_vocabulary_word_key
CREATE UNIQUE INDEX book_vocabulary_word_key ON classroom.book_vocabulary (book_id, (lower(word)));

-- create index classroom.classroom_teacher_idx
CREATE INDEX classroom_teacher_idx ON classroom.classroom (teacher_id) WHERE (is_active);

-- create index classroom.classroom_organization_idx
CREATE INDEX classroom_organization_idx ON classroom.classroom (organization_id);

-- create index classroom.class_enrollment_student_idx
CREATE INDEX class_enrollment_student_idx ON classroom.class_enrollment (student_id) WHERE (status = 'active');

-- create index classroom.assignment_due_idx
CREATE INDEX assignment_due_idx ON classroom.assignment (due_at) WHERE (status = 'published');

-- create index classroom.assignment_classroom_idx
CREATE INDEX assignment_classroom_idx ON classroom.assignment (classroom_id, due_at);

-- create index classroom.assignment_book_idx
CREATE INDEX assignment_book_idx ON classroom.assignment (book_id);

-- create index classroom.assignment_created_by_idx
CREATE INDEX assignment_created_by_idx ON classroom.assignment (created_by);

-- create index classroom.assignment_submission_student_idx
CREATE INDEX assignment_submission_student_idx ON classroom.assignment_submission (student_id, status);

-- create index classroom.assignment_submission_to_grade_idx
CREATE INDEX assignment_submission_to_grade_idx ON classroom.assignment_submission (assignment_id) WHERE (status = 'submitted');

-- create index classroom.assignment_submission_graded_by_idx
CREATE INDEX assignment_submission_graded_by_idx ON classroom.assignment_submission (graded_by);

-- create index classroom.book_club_name_key
CREATE UNIQUE INDEX book_club_name_key ON classroom.book_club (classroom_id, (lower(name)));

-- create index classroom.book_club_book_idx
CREATE INDEX book_club_book_idx ON classroom.book_club (current_book_id);

-- create index classroom.book_club_created_by_idx
CREATE INDEX book_club_created_by_idx ON classroom.book_club (created_by);

-- create index classroom.discussion_club_idx
CREATE INDEX discussion_club_idx ON classroom.discussion (club_id);

-- create index classroom.discussion_classroom_idx
CREATE INDEX discussion_classroom_idx ON classroom.discussion (classroom_id, is_pinned DESC, last_post_at DESC NULLS LAST);

-- create index classroom.discussion_book_idx
CREATE INDEX discussion_book_idx ON classroom.discussion (book_id);

-- create index classroom.discussion_assignment_idx
CREATE INDEX discussion_assignment_idx ON classroom.discussion (assignment_id);

-- create index classroom.discussion_created_by_idx
CREATE INDEX discussion_created_by_idx ON classroom.discussion (created_by);

-- create index classroom.discussion_post_thread_idx
CREATE INDEX discussion_post_thread_idx ON classroom.discussion_post (discussion_id, created_at);

-- create index classroom.discussion_post_author_idx
CREATE INDEX discussion_post_author_idx ON classroom.discussion_post (author_id, created_at DESC);

-- create index classroom.discussion_post_parent_idx
CREATE INDEX discussion_post_parent_idx ON classroom.discussion_post (parent_post_id);

-- create index classroom.discussion_post_moderation_idx
CREATE INDEX discussion_post_moderation_idx ON classroom.discussion_post (created_at) WHERE (moderation IN ('pending', 'flagged'));

-- create index classroom.discussion_post_body_fts_idx
CREATE INDEX discussion_post_body_fts_idx ON classroom.discussion_post USING gin ((to_tsvector('english', body)));

-- create index classroom.reading_session_user_time_idx
CREATE INDEX reading_session_user_time_idx ON classroom.reading_session (user_id, started_at DESC);

-- create index classroom.reading_session_book_idx
CREATE INDEX reading_session_book_idx ON classroom.reading_session (book_id, started_at DESC);

-- create index classroom.reading_session_assignment_idx
CREATE INDEX reading_session_assignment_idx ON classroom.reading_session (assignment_id);

-- create index classroom.reading_progress_book_idx
CREATE INDEX reading_progress_book_idx ON classroom.reading_progress (book_id);

-- create index classroom.reading_progress_recent_idx
CREATE INDEX reading_progress_recent_idx ON classroom.reading_progress (user_id, last_read_at DESC NULLS LAST);

-- create index classroom.vocabulary_word_user_word_key
CREATE UNIQUE INDEX vocabulary_word_user_word_key ON classroom.vocabulary_word (user_id, (lower(word)));

-- create index classroom.vocabulary_word_mastery_idx
CREATE INDEX vocabulary_word_mastery_idx ON classroom.vocabulary_word (user_id, mastery);

-- create index classroom.vocabulary_word_review_due_idx
CREATE INDEX vocabulary_word_review_due_idx ON classroom.vocabulary_word (user_id, next_review_at) WHERE (mastery < 100);

-- create index classroom.vocabulary_word_book_idx
CREATE INDEX vocabulary_word_book_idx ON classroom.vocabulary_word (book_id);

-- create index classroom.vocabulary_word_book_vocabulary_idx
CREATE INDEX vocabulary_word_book_vocabulary_idx ON classroom.vocabulary_word (book_vocabulary_id);

-- create index classroom.ai_generated_image_requester_idx
CREATE INDEX ai_generated_image_requester_idx ON classroom.ai_generated_image (requested_by, created_at DESC);

-- create index classroom.ai_generated_image_book_idx
CREATE INDEX ai_generated_image_book_idx ON classroom.ai_generated_image (book_id, page_number);

-- create index classroom.ai_generated_image_queue_idx
CREATE INDEX ai_generated_image_queue_idx ON classroom.ai_generated_image (created_at) WHERE (status IN ('queued', 'processing'));

-- create index classroom.tts_request_requester_idx
CREATE INDEX tts_request_requester_idx ON classroom.tts_request (requested_by, created_at DESC);

-- create index classroom.tts_request_book_idx
CREATE INDEX tts_request_book_idx ON classroom.tts_request (book_id, page_number);

-- create index classroom.tts_request_queue_idx
CREATE INDEX tts_request_queue_idx ON classroom.tts_request (created_at) WHERE (status IN ('queued', 'processing'));

-- create index classroom.ai_generated_content_requester_idx
CREATE INDEX ai_generated_content_requester_idx ON classroom.ai_generated_content (requested_by, created_at DESC);

-- create index classroom.ai_generated_content_book_idx
CREATE INDEX ai_generated_content_book_idx ON classroom.ai_generated_content (book_id, content_type);

-- create index classroom.ai_generated_content_classroom_idx
CREATE INDEX ai_generated_content_classroom_idx ON classroom.ai_generated_content (classroom_id);

-- create index classroom.ai_generated_content_review_queue_idx
CREATE INDEX ai_generated_content_review_queue_idx ON classroom.ai_generated_content (created_at) WHERE (moderation IN ('pending', 'flagged'));

-- create index classroom.ai_generated_content_reviewer_idx
CREATE INDEX ai_generated_content_reviewer_idx ON classroom.ai_generated_content (reviewed_by);

-- create policy learner_profile_owner_all on classroom.learner_profile
CREATE POLICY learner_profile_owner_all ON classroom.learner_profile AS PERMISSIVE FOR ALL TO app_user USING (account_id = users.current_user_id()) WITH CHECK (account_id = users.current_user_id());

-- create policy learner_profile_teacher_read on classroom.learner_profile
CREATE POLICY learner_profile_teacher_read ON classroom.learner_profile AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_teacher_of(account_id));

-- create policy learner_profile_service_all on classroom.learner_profile
CREATE POLICY learner_profile_service_all ON classroom.learner_profile AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy learner_profile_admin_read on classroom.learner_profile
CREATE POLICY learner_profile_admin_read ON classroom.learner_profile AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy book_read_published on classroom.book
CREATE POLICY book_read_published ON classroom.book AS PERMISSIVE FOR SELECT TO app_user USING (publishing_status = 'published' OR author_account_id = users.current_user_id());

-- create policy book_author_insert on classroom.book
CREATE POLICY book_author_insert ON classroom.book AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (author_account_id = users.current_user_id() AND publishing_status IN ('draft', 'in_review'));

-- create policy book_author_update on classroom.book
CREATE POLICY book_author_update ON classroom.book AS PERMISSIVE FOR UPDATE TO app_user USING (author_account_id = users.current_user_id() AND publishing_status IN ('draft', 'in_review')) WITH CHECK (author_account_id = users.current_user_id() AND publishing_status IN ('draft', 'in_review'));

-- create policy book_author_delete on classroom.book
CREATE POLICY book_author_delete ON classroom.book AS PERMISSIVE FOR DELETE TO app_user USING (author_account_id = users.current_user_id() AND publishing_status = 'draft');

-- create policy book_staff_all on classroom.book
CREATE POLICY book_staff_all ON classroom.book AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy book_submission_owner_read on classroom.book_submission
CREATE POLICY book_submission_owner_read ON classroom.book_submission AS PERMISSIVE FOR SELECT TO app_user USING (submitted_by = users.current_user_id());

-- create policy book_submission_owner_create on classroom.book_submission
CREATE POLICY book_submission_owner_create ON classroom.book_submission AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (submitted_by = users.current_user_id() AND current_stage IN ('draft', 'submitted'));

-- create policy book_submission_owner_submit on classroom.book_submission
CREATE POLICY book_submission_owner_submit ON classroom.book_submission AS PERMISSIVE FOR UPDATE TO app_user USING (submitted_by = users.current_user_id() AND current_stage IN ('draft', 'submitted', 'rejected')) WITH CHECK (submitted_by = users.current_user_id() AND current_stage IN ('draft', 'submitted'));

-- create policy book_submission_staff_all on classroom.book_submission
CREATE POLICY book_submission_staff_all ON classroom.book_submission AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy book_vocabulary_read on classroom.book_vocabulary
CREATE POLICY book_vocabulary_read ON classroom.book_vocabulary AS PERMISSIVE FOR SELECT TO app_user USING (EXISTS (SELECT 1 FROM classroom.book b WHERE b.id = book_vocabulary.book_id));

-- create policy book_vocabulary_author_write on classroom.book_vocabulary
CREATE POLICY book_vocabulary_author_write ON classroom.book_vocabulary AS PERMISSIVE FOR ALL TO app_user USING (EXISTS (SELECT 1 FROM classroom.book b WHERE b.id = book_vocabulary.book_id AND b.author_account_id = users.current_user_id())) WITH CHECK (EXISTS (SELECT 1 FROM classroom.book b WHERE b.id = book_vocabulary.book_id AND b.author_account_id = users.current_user_id() AND b.publishing_status IN ('draft', 'in_review')));

-- create policy book_vocabulary_staff_all on classroom.book_vocabulary
CREATE POLICY book_vocabulary_staff_all ON classroom.book_vocabulary AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy classroom_member_read on classroom.classroom
CREATE POLICY classroom_member_read ON classroom.classroom AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_class_member(id));

-- create policy classroom_teacher_create on classroom.classroom
CREATE POLICY classroom_teacher_create ON classroom.classroom AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (teacher_id = users.current_user_id() AND (organization_id IS NULL OR users.is_org_member(organization_id)));

-- create policy classroom_teacher_update on classroom.classroom
CREATE POLICY classroom_teacher_update ON classroom.classroom AS PERMISSIVE FOR UPDATE TO app_user USING (classroom.is_class_teacher(id)) WITH CHECK (classroom.is_class_teacher(id));

-- create policy classroom_teacher_delete on classroom.classroom
CREATE POLICY classroom_teacher_delete ON classroom.classroom AS PERMISSIVE FOR DELETE TO app_user USING (classroom.is_class_teacher(id));

-- create policy classroom_staff_all on classroom.classroom
CREATE POLICY classroom_staff_all ON classroom.classroom AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy class_enrollment_read on classroom.class_enrollment
CREATE POLICY class_enrollment_read ON classroom.class_enrollment AS PERMISSIVE FOR SELECT TO app_user USING (student_id = users.current_user_id() OR classroom.is_class_teacher(classroom_id));

-- create policy class_enrollment_teacher_add on classroom.class_enrollment
CREATE POLICY class_enrollment_teacher_add ON classroom.class_enrollment AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (classroom.is_class_teacher(classroom_id));

-- create policy class_enrollment_update on classroom.class_enrollment
CREATE POLICY class_enrollment_update ON classroom.class_enrollment AS PERMISSIVE FOR UPDATE TO app_user USING (student_id = users.current_user_id() OR classroom.is_class_teacher(classroom_id)) WITH CHECK (classroom.is_class_teacher(classroom_id) OR (student_id = users.current_user_id() AND status = 'removed'));

-- create policy class_enrollment_teacher_delete on classroom.class_enrollment
CREATE POLICY class_enrollment_teacher_delete ON classroom.class_enrollment AS PERMISSIVE FOR DELETE TO app_user USING (classroom.is_class_teacher(classroom_id));

-- create policy class_enrollment_staff_all on classroom.class_enrollment
CREATE POLICY class_enrollment_staff_all ON classroom.class_enrollment AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy assignment_read on classroom.assignment
CREATE POLICY assignment_read ON classroom.assignment AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_class_teacher(classroom_id) OR (status IN ('published', 'closed') AND classroom.is_class_member(classroom_id)));

-- create policy assignment_teacher_write on classroom.assignment
CREATE POLICY assignment_teacher_write ON classroom.assignment AS PERMISSIVE FOR ALL TO app_user USING (classroom.is_class_teacher(classroom_id)) WITH CHECK (classroom.is_class_teacher(classroom_id));

-- create policy assignment_staff_all on classroom.assignment
CREATE POLICY assignment_staff_all ON classroom.assignment AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy assignment_submission_student_read on classroom.assignment_submission
CREATE POLICY assignment_submission_student_read ON classroom.assignment_submission AS PERMISSIVE FOR SELECT TO app_user USING (student_id = users.current_user_id());

-- create policy assignment_submission_student_create on classroom.assignment_submission
CREATE POLICY assignment_submission_student_create ON classroom.assignment_submission AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (student_id = users.current_user_id() AND status IN ('in_progress', 'submitted') AND score IS NULL AND graded_by IS NULL AND EXISTS (SELECT 1 FROM classroom.assignment a WHERE a.id = assignment_submission.assignment_id AND a.status = 'published' AND classroom.is_class_member(a.classroom_id)));

-- create policy assignment_submission_student_update on classroom.assignment_submission
CREATE POLICY assignment_submission_student_update ON classroom.assignment_submission AS PERMISSIVE FOR UPDATE TO app_user USING (student_id = users.current_user_id() AND status IN ('in_progress', 'submitted', 'returned')) WITH CHECK (student_id = users.current_user_id() AND status IN ('in_progress', 'submitted') AND score IS NULL AND graded_by IS NULL);

-- create policy assignment_submission_teacher_all on classroom.assignment_submission
CREATE POLICY assignment_submission_teacher_all ON classroom.assignment_submission AS PERMISSIVE FOR ALL TO app_user USING (EXISTS (SELECT 1 FROM classroom.assignment a WHERE a.id = assignment_submission.assignment_id AND classroom.is_class_teacher(a.classroom_id))) WITH CHECK (EXISTS (SELECT 1 FROM classroom.assignment a WHERE a.id = assignment_submission.assignment_id AND classroom.is_class_teacher(a.classroom_id)));

-- create policy assignment_submission_staff_all on classroom.assignment_submission
CREATE POLICY assignment_submission_staff_all ON classroom.assignment_submission AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy book_club_member_read on classroom.book_club
CREATE POLICY book_club_member_read ON classroom.book_club AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_class_member(classroom_id));

-- create policy book_club_teacher_write on classroom.book_club
CREATE POLICY book_club_teacher_write ON classroom.book_club AS PERMISSIVE FOR ALL TO app_user USING (classroom.is_class_teacher(classroom_id)) WITH CHECK (classroom.is_class_teacher(classroom_id));

-- create policy book_club_staff_all on classroom.book_club
CREATE POLICY book_club_staff_all ON classroom.book_club AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy discussion_member_read on classroom.discussion
CREATE POLICY discussion_member_read ON classroom.discussion AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_class_member(classroom_id));

-- create policy discussion_teacher_write on classroom.discussion
CREATE POLICY discussion_teacher_write ON classroom.discussion AS PERMISSIVE FOR ALL TO app_user USING (classroom.is_class_teacher(classroom_id)) WITH CHECK (classroom.is_class_teacher(classroom_id));

-- create policy discussion_staff_all on classroom.discussion
CREATE POLICY discussion_staff_all ON classroom.discussion AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy discussion_post_member_read on classroom.discussion_post
CREATE POLICY discussion_post_member_read ON classroom.discussion_post AS PERMISSIVE FOR SELECT TO app_user USING (EXISTS (SELECT 1 FROM classroom.discussion d WHERE d.id = discussion_post.discussion_id));

-- create policy discussion_post_member_write on classroom.discussion_post
CREATE POLICY discussion_post_member_write ON classroom.discussion_post AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (author_id = users.current_user_id() AND EXISTS (SELECT 1 FROM classroom.discussion d WHERE d.id = discussion_post.discussion_id AND NOT d.is_locked));

-- create policy discussion_post_author_edit on classroom.discussion_post
CREATE POLICY discussion_post_author_edit ON classroom.discussion_post AS PERMISSIVE FOR UPDATE TO app_user USING (author_id = users.current_user_id()) WITH CHECK (author_id = users.current_user_id());

-- create policy discussion_post_teacher_moderate on classroom.discussion_post
CREATE POLICY discussion_post_teacher_moderate ON classroom.discussion_post AS PERMISSIVE FOR ALL TO app_user USING (EXISTS (SELECT 1 FROM classroom.discussion d WHERE d.id = discussion_post.discussion_id AND classroom.is_class_teacher(d.classroom_id))) WITH CHECK (EXISTS (SELECT 1 FROM classroom.discussion d WHERE d.id = discussion_post.discussion_id AND classroom.is_class_teacher(d.classroom_id)));

-- create policy discussion_post_staff_all on classroom.discussion_post
CREATE POLICY discussion_post_staff_all ON classroom.discussion_post AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy reading_session_owner_all on classroom.reading_session
CREATE POLICY reading_session_owner_all ON classroom.reading_session AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy reading_session_teacher_read on classroom.reading_session
CREATE POLICY reading_session_teacher_read ON classroom.reading_session AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_teacher_of(user_id));

-- create policy reading_session_service_all on classroom.reading_session
CREATE POLICY reading_session_service_all ON classroom.reading_session AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy reading_session_admin_read on classroom.reading_session
CREATE POLICY reading_session_admin_read ON classroom.reading_session AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy reading_progress_owner_all on classroom.reading_progress
CREATE POLICY reading_progress_owner_all ON classroom.reading_progress AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy reading_progress_teacher_read on classroom.reading_progress
CREATE POLICY reading_progress_teacher_read ON classroom.reading_progress AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_teacher_of(user_id));

-- create policy reading_progress_service_all on classroom.reading_progress
CREATE POLICY reading_progress_service_all ON classroom.reading_progress AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy reading_progress_admin_read on classroom.reading_progress
CREATE POLICY reading_progress_admin_read ON classroom.reading_progress AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy vocabulary_word_owner_all on classroom.vocabulary_word
CREATE POLICY vocabulary_word_owner_all ON classroom.vocabulary_word AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy vocabulary_word_teacher_read on classroom.vocabulary_word
CREATE POLICY vocabulary_word_teacher_read ON classroom.vocabulary_word AS PERMISSIVE FOR SELECT TO app_user USING (classroom.is_teacher_of(user_id));

-- create policy vocabulary_word_service_all on classroom.vocabulary_word
CREATE POLICY vocabulary_word_service_all ON classroom.vocabulary_word AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy vocabulary_word_admin_read on classroom.vocabulary_word
CREATE POLICY vocabulary_word_admin_read ON classroom.vocabulary_word AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy ai_generated_image_owner_all on classroom.ai_generated_image
CREATE POLICY ai_generated_image_owner_all ON classroom.ai_generated_image AS PERMISSIVE FOR ALL TO app_user USING (requested_by = users.current_user_id()) WITH CHECK (requested_by = users.current_user_id() AND moderation = 'pending');

-- create policy ai_generated_image_approved_read on classroom.ai_generated_image
CREATE POLICY ai_generated_image_approved_read ON classroom.ai_generated_image AS PERMISSIVE FOR SELECT TO app_user USING (moderation = 'approved' AND EXISTS (SELECT 1 FROM classroom.book b WHERE b.id = ai_generated_image.book_id));

-- create policy ai_generated_image_staff_all on classroom.ai_generated_image
CREATE POLICY ai_generated_image_staff_all ON classroom.ai_generated_image AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy tts_request_owner_all on classroom.tts_request
CREATE POLICY tts_request_owner_all ON classroom.tts_request AS PERMISSIVE FOR ALL TO app_user USING (requested_by = users.current_user_id()) WITH CHECK (requested_by = users.current_user_id());

-- create policy tts_request_staff_all on classroom.tts_request
CREATE POLICY tts_request_staff_all ON classroom.tts_request AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy ai_generated_content_owner_all on classroom.ai_generated_content
CREATE POLICY ai_generated_content_owner_all ON classroom.ai_generated_content AS PERMISSIVE FOR ALL TO app_user USING (requested_by = users.current_user_id()) WITH CHECK (requested_by = users.current_user_id() AND moderation = 'pending');

-- create policy ai_generated_content_class_read on classroom.ai_generated_content
CREATE POLICY ai_generated_content_class_read ON classroom.ai_generated_content AS PERMISSIVE FOR SELECT TO app_user USING (moderation = 'approved' AND classroom_id IS NOT NULL AND classroom.is_class_member(classroom_id));

-- create policy ai_generated_content_staff_all on classroom.ai_generated_content
CREATE POLICY ai_generated_content_staff_all ON classroom.ai_generated_content AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- privileges on SCHEMA classroom
GRANT USAGE ON SCHEMA classroom TO app_admin;
GRANT USAGE ON SCHEMA classroom TO app_readonly;
GRANT USAGE ON SCHEMA classroom TO app_service;
GRANT USAGE ON SCHEMA classroom TO app_user;

-- privileges on ROUTINE classroom.join_class(text)
GRANT EXECUTE ON ROUTINE classroom.join_class(text) TO app_user;

-- privileges on TABLE classroom.learner_profile
GRANT SELECT ON TABLE classroom.learner_profile TO app_admin;
GRANT DELETE ON TABLE classroom.learner_profile TO app_service;
GRANT INSERT ON TABLE classroom.learner_profile TO app_service;
GRANT SELECT ON TABLE classroom.learner_profile TO app_service;
GRANT UPDATE ON TABLE classroom.learner_profile TO app_service;
GRANT DELETE ON TABLE classroom.learner_profile TO app_user;
GRANT SELECT ON TABLE classroom.learner_profile TO app_user;

-- privileges on TABLE classroom.learner_profile (account_id)
GRANT INSERT (account_id) ON TABLE classroom.learner_profile TO app_user;

-- privileges on TABLE classroom.learner_profile (grade_level)
GRANT INSERT (grade_level) ON TABLE classroom.learner_profile TO app_user;
GRANT UPDATE (grade_level) ON TABLE classroom.learner_profile TO app_user;

-- privileges on TABLE classroom.learner_profile (preferred_language)
GRANT INSERT (preferred_language) ON TABLE classroom.learner_profile TO app_user;
GRANT UPDATE (preferred_language) ON TABLE classroom.learner_profile TO app_user;

-- privileges on TABLE classroom.learner_profile (reading_level)
GRANT INSERT (reading_level) ON TABLE classroom.learner_profile TO app_user;
GRANT UPDATE (reading_level) ON TABLE classroom.learner_profile TO app_user;

-- privileges on TABLE classroom.learner_profile (interests)
GRANT INSERT (interests) ON TABLE classroom.learner_profile TO app_user;
GRANT UPDATE (interests) ON TABLE classroom.learner_profile TO app_user;

-- privileges on TABLE classroom.learner_profile (last_active_at)
GRANT UPDATE (last_active_at) ON TABLE classroom.learner_profile TO app_user;

-- privileges on TABLE classroom.book
GRANT DELETE ON TABLE classroom.book TO app_admin;
GRANT INSERT ON TABLE classroom.book TO app_admin;
GRANT SELECT ON TABLE classroom.book TO app_admin;
GRANT UPDATE ON TABLE classroom.book TO app_admin;
GRANT DELETE ON TABLE classroom.book TO app_service;
GRANT INSERT ON TABLE classroom.book TO app_service;
GRANT SELECT ON TABLE classroom.book TO app_service;
GRANT UPDATE ON TABLE classroom.book TO app_service;
GRANT DELETE ON TABLE classroom.book TO app_user;
GRANT INSERT ON TABLE classroom.book TO app_user;
GRANT SELECT ON TABLE classroom.book TO app_user;
GRANT UPDATE ON TABLE classroom.book TO app_user;

-- privileges on TABLE classroom.book_submission
GRANT DELETE ON TABLE classroom.book_submission TO app_admin;
GRANT INSERT ON TABLE classroom.book_submission TO app_admin;
GRANT SELECT ON TABLE classroom.book_submission TO app_admin;
GRANT UPDATE ON TABLE classroom.book_submission TO app_admin;
GRANT DELETE ON TABLE classroom.book_submission TO app_service;
GRANT INSERT ON TABLE classroom.book_submission TO app_service;
GRANT SELECT ON TABLE classroom.book_submission TO app_service;
GRANT UPDATE ON TABLE classroom.book_submission TO app_service;
GRANT SELECT ON TABLE classroom.book_submission TO app_user;

-- privileges on TABLE classroom.book_submission (book_id)
GRANT INSERT (book_id) ON TABLE classroom.book_submission TO app_user;

-- privileges on TABLE classroom.book_submission (submitted_by)
GRANT INSERT (submitted_by) ON TABLE classroom.book_submission TO app_user;

-- privileges on TABLE classroom.book_submission (current_stage)
GRANT INSERT (current_stage) ON TABLE classroom.book_submission TO app_user;
GRANT UPDATE (current_stage) ON TABLE classroom.book_submission TO app_user;

-- privileges on TABLE classroom.book_vocabulary
GRANT DELETE ON TABLE classroom.book_vocabulary TO app_admin;
GRANT INSERT ON TABLE classroom.book_vocabulary TO app_admin;
GRANT SELECT ON TABLE classroom.book_vocabulary TO app_admin;
GRANT UPDATE ON TABLE classroom.book_vocabulary TO app_admin;
GRANT DELETE ON TABLE classroom.book_vocabulary TO app_service;
GRANT INSERT ON TABLE classroom.book_vocabulary TO app_service;
GRANT SELECT ON TABLE classroom.book_vocabulary TO app_service;
GRANT UPDATE ON TABLE classroom.book_vocabulary TO app_service;
GRANT DELETE ON TABLE classroom.book_vocabulary TO app_user;
GRANT INSERT ON TABLE classroom.book_vocabulary TO app_user;
GRANT SELECT ON TABLE classroom.book_vocabulary TO app_user;
GRANT UPDATE ON TABLE classroom.book_vocabulary TO app_user;

-- privileges on TABLE classroom.classroom
GRANT DELETE ON TABLE classroom.classroom TO app_admin;
GRANT INSERT ON TABLE classroom.classroom TO app_admin;
GRANT SELECT ON TABLE classroom.classroom TO app_admin;
GRANT UPDATE ON TABLE classroom.classroom TO app_admin;
GRANT DELETE ON TABLE classroom.classroom TO app_service;
GRANT INSERT ON TABLE classroom.classroom TO app_service;
GRANT SELECT ON TABLE classroom.classroom TO app_service;
GRANT UPDATE ON TABLE classroom.classroom TO app_service;
GRANT DELETE ON TABLE classroom.classroom TO app_user;
GRANT INSERT ON TABLE classroom.classroom TO app_user;
GRANT SELECT ON TABLE classroom.classroom TO app_user;
GRANT UPDATE ON TABLE classroom.classroom TO app_user;

-- privileges on TABLE classroom.class_enrollment
GRANT DELETE ON TABLE classroom.class_enrollment TO app_admin;
GRANT INSERT ON TABLE classroom.class_enrollment TO app_admin;
GRANT SELECT ON TABLE classroom.class_enrollment TO app_admin;
GRANT UPDATE ON TABLE classroom.class_enrollment TO app_admin;
GRANT DELETE ON TABLE classroom.class_enrollment TO app_service;
GRANT INSERT ON TABLE classroom.class_enrollment TO app_service;
GRANT SELECT ON TABLE classroom.class_enrollment TO app_service;
GRANT UPDATE ON TABLE classroom.class_enrollment TO app_service;
GRANT DELETE ON TABLE classroom.class_enrollment TO app_user;
GRANT INSERT ON TABLE classroom.class_enrollment TO app_user;
GRANT SELECT ON TABLE classroom.class_enrollment TO app_user;
GRANT UPDATE ON TABLE classroom.class_enrollment TO app_user;

-- privileges on TABLE classroom.assignment
GRANT DELETE ON TABLE classroom.assignment TO app_admin;
GRANT INSERT ON TABLE classroom.assignment TO app_admin;
GRANT SELECT ON TABLE classroom.assignment TO app_admin;
GRANT UPDATE ON TABLE classroom.assignment TO app_admin;
GRANT DELETE ON TABLE classroom.assignment TO app_service;
GRANT INSERT ON TABLE classroom.assignment TO app_service;
GRANT SELECT ON TABLE classroom.assignment TO app_service;
GRANT UPDATE ON TABLE classroom.assignment TO app_service;
GRANT DELETE ON TABLE classroom.assignment TO app_user;
GRANT INSERT ON TABLE classroom.assignment TO app_user;
GRANT SELECT ON TABLE classroom.assignment TO app_user;
GRANT UPDATE ON TABLE classroom.assignment TO app_user;

-- privileges on TABLE classroom.assignment_submission
GRANT DELETE ON TABLE classroom.assignment_submission TO app_admin;
GRANT INSERT ON TABLE classroom.assignment_submission TO app_admin;
GRANT SELECT ON TABLE classroom.assignment_submission TO app_admin;
GRANT UPDATE ON TABLE classroom.assignment_submission TO app_admin;
GRANT DELETE ON TABLE classroom.assignment_submission TO app_service;
GRANT INSERT ON TABLE classroom.assignment_submission TO app_service;
GRANT SELECT ON TABLE classroom.assignment_submission TO app_service;
GRANT UPDATE ON TABLE classroom.assignment_submission TO app_service;
GRANT DELETE ON TABLE classroom.assignment_submission TO app_user;
GRANT INSERT ON TABLE classroom.assignment_submission TO app_user;
GRANT SELECT ON TABLE classroom.assignment_submission TO app_user;
GRANT UPDATE ON TABLE classroom.assignment_submission TO app_user;

-- privileges on TABLE classroom.book_club
GRANT DELETE ON TABLE classroom.book_club TO app_admin;
GRANT INSERT ON TABLE classroom.book_club TO app_admin;
GRANT SELECT ON TABLE classroom.book_club TO app_admin;
GRANT UPDATE ON TABLE classroom.book_club TO app_admin;
GRANT DELETE ON TABLE classroom.book_club TO app_service;
GRANT INSERT ON TABLE classroom.book_club TO app_service;
GRANT SELECT ON TABLE classroom.book_club TO app_service;
GRANT UPDATE ON TABLE classroom.book_club TO app_service;
GRANT DELETE ON TABLE classroom.book_club TO app_user;
GRANT INSERT ON TABLE classroom.book_club TO app_user;
GRANT SELECT ON TABLE classroom.book_club TO app_user;
GRANT UPDATE ON TABLE classroom.book_club TO app_user;

-- privileges on TABLE classroom.discussion
GRANT DELETE ON TABLE classroom.discussion TO app_admin;
GRANT INSERT ON TABLE classroom.discussion TO app_admin;
GRANT SELECT ON TABLE classroom.discussion TO app_admin;
GRANT UPDATE ON TABLE classroom.discussion TO app_admin;
GRANT DELETE ON TABLE classroom.discussion TO app_service;
GRANT INSERT ON TABLE classroom.discussion TO app_service;
GRANT SELECT ON TABLE classroom.discussion TO app_service;
GRANT UPDATE ON TABLE classroom.discussion TO app_service;
GRANT DELETE ON TABLE classroom.discussion TO app_user;
GRANT INSERT ON TABLE classroom.discussion TO app_user;
GRANT SELECT ON TABLE classroom.discussion TO app_user;
GRANT UPDATE ON TABLE classroom.discussion TO app_user;

-- privileges on TABLE classroom.discussion_post
GRANT DELETE ON TABLE classroom.discussion_post TO app_admin;
GRANT INSERT ON TABLE classroom.discussion_post TO app_admin;
GRANT SELECT ON TABLE classroom.discussion_post TO app_admin;
GRANT UPDATE ON TABLE classroom.discussion_post TO app_admin;
GRANT DELETE ON TABLE classroom.discussion_post TO app_service;
GRANT INSERT ON TABLE classroom.discussion_post TO app_service;
GRANT SELECT ON TABLE classroom.discussion_post TO app_service;
GRANT UPDATE ON TABLE classroom.discussion_post TO app_service;
GRANT DELETE ON TABLE classroom.discussion_post TO app_user;
GRANT INSERT ON TABLE classroom.discussion_post TO app_user;
GRANT SELECT ON TABLE classroom.discussion_post TO app_user;
GRANT UPDATE ON TABLE classroom.discussion_post TO app_user;

-- privileges on TABLE classroom.reading_session
GRANT SELECT ON TABLE classroom.reading_session TO app_admin;
GRANT DELETE ON TABLE classroom.reading_session TO app_service;
GRANT INSERT ON TABLE classroom.reading_session TO app_service;
GRANT SELECT ON TABLE classroom.reading_session TO app_service;
GRANT UPDATE ON TABLE classroom.reading_session TO app_service;
GRANT DELETE ON TABLE classroom.reading_session TO app_user;
GRANT INSERT ON TABLE classroom.reading_session TO app_user;
GRANT SELECT ON TABLE classroom.reading_session TO app_user;
GRANT UPDATE ON TABLE classroom.reading_session TO app_user;

-- privileges on TABLE classroom.reading_progress
GRANT SELECT ON TABLE classroom.reading_progress TO app_admin;
GRANT DELETE ON TABLE classroom.reading_progress TO app_service;
GRANT INSERT ON TABLE classroom.reading_progress TO app_service;
GRANT SELECT ON TABLE classroom.reading_progress TO app_service;
GRANT UPDATE ON TABLE classroom.reading_progress TO app_service;
GRANT DELETE ON TABLE classroom.reading_progress TO app_user;
GRANT INSERT ON TABLE classroom.reading_progress TO app_user;
GRANT SELECT ON TABLE classroom.reading_progress TO app_user;
GRANT UPDATE ON TABLE classroom.reading_progress TO app_user;

-- privileges on TABLE classroom.vocabulary_word
GRANT SELECT ON TABLE classroom.vocabulary_word TO app_admin;
GRANT DELETE ON TABLE classroom.vocabulary_word TO app_service;
GRANT INSERT ON TABLE classroom.vocabulary_word TO app_service;
GRANT SELECT ON TABLE classroom.vocabulary_word TO app_service;
GRANT UPDATE ON TABLE classroom.vocabulary_word TO app_service;
GRANT DELETE ON TABLE classroom.vocabulary_word TO app_user;
GRANT INSERT ON TABLE classroom.vocabulary_word TO app_user;
GRANT SELECT ON TABLE classroom.vocabulary_word TO app_user;
GRANT UPDATE ON TABLE classroom.vocabulary_word TO app_user;

-- privileges on TABLE classroom.ai_generated_image
GRANT DELETE ON TABLE classroom.ai_generated_image TO app_admin;
GRANT INSERT ON TABLE classroom.ai_generated_image TO app_admin;
GRANT SELECT ON TABLE classroom.ai_generated_image TO app_admin;
GRANT UPDATE ON TABLE classroom.ai_generated_image TO app_admin;
GRANT DELETE ON TABLE classroom.ai_generated_image TO app_service;
GRANT INSERT ON TABLE classroom.ai_generated_image TO app_service;
GRANT SELECT ON TABLE classroom.ai_generated_image TO app_service;
GRANT UPDATE ON TABLE classroom.ai_generated_image TO app_service;
GRANT DELETE ON TABLE classroom.ai_generated_image TO app_user;
GRANT SELECT ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (requested_by)
GRANT INSERT (requested_by) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (book_id)
GRANT INSERT (book_id) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (page_number)
GRANT INSERT (page_number) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (prompt)
GRANT INSERT (prompt) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (negative_prompt)
GRANT INSERT (negative_prompt) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (style)
GRANT INSERT (style) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (model)
GRANT INSERT (model) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (width)
GRANT INSERT (width) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.ai_generated_image (height)
GRANT INSERT (height) ON TABLE classroom.ai_generated_image TO app_user;

-- privileges on TABLE classroom.tts_request
GRANT DELETE ON TABLE classroom.tts_request TO app_admin;
GRANT INSERT ON TABLE classroom.tts_request TO app_admin;
GRANT SELECT ON TABLE classroom.tts_request TO app_admin;
GRANT UPDATE ON TABLE classroom.tts_request TO app_admin;
GRANT DELETE ON TABLE classroom.tts_request TO app_service;
GRANT INSERT ON TABLE classroom.tts_request TO app_service;
GRANT SELECT ON TABLE classroom.tts_request TO app_service;
GRANT UPDATE ON TABLE classroom.tts_request TO app_service;
GRANT DELETE ON TABLE classroom.tts_request TO app_user;
GRANT SELECT ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.tts_request (requested_by)
GRANT INSERT (requested_by) ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.tts_request (book_id)
GRANT INSERT (book_id) ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.tts_request (page_number)
GRANT INSERT (page_number) ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.tts_request (text_content)
GRANT INSERT (text_content) ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.tts_request (voice)
GRANT INSERT (voice) ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.tts_request (language)
GRANT INSERT (language) ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.tts_request (speaking_rate)
GRANT INSERT (speaking_rate) ON TABLE classroom.tts_request TO app_user;

-- privileges on TABLE classroom.ai_generated_content
GRANT DELETE ON TABLE classroom.ai_generated_content TO app_admin;
GRANT INSERT ON TABLE classroom.ai_generated_content TO app_admin;
GRANT SELECT ON TABLE classroom.ai_generated_content TO app_admin;
GRANT UPDATE ON TABLE classroom.ai_generated_content TO app_admin;
GRANT DELETE ON TABLE classroom.ai_generated_content TO app_service;
GRANT INSERT ON TABLE classroom.ai_generated_content TO app_service;
GRANT SELECT ON TABLE classroom.ai_generated_content TO app_service;
GRANT UPDATE ON TABLE classroom.ai_generated_content TO app_service;
GRANT DELETE ON TABLE classroom.ai_generated_content TO app_user;
GRANT SELECT ON TABLE classroom.ai_generated_content TO app_user;

-- privileges on TABLE classroom.ai_generated_content (requested_by)
GRANT INSERT (requested_by) ON TABLE classroom.ai_generated_content TO app_user;

-- privileges on TABLE classroom.ai_generated_content (book_id)
GRANT INSERT (book_id) ON TABLE classroom.ai_generated_content TO app_user;

-- privileges on TABLE classroom.ai_generated_content (classroom_id)
GRANT INSERT (classroom_id) ON TABLE classroom.ai_generated_content TO app_user;

-- privileges on TABLE classroom.ai_generated_content (content_type)
GRANT INSERT (content_type) ON TABLE classroom.ai_generated_content TO app_user;

-- privileges on TABLE classroom.ai_generated_content (prompt)
GRANT INSERT (prompt) ON TABLE classroom.ai_generated_content TO app_user;

-- privileges on TABLE classroom.ai_generated_content (model)
GRANT INSERT (model) ON TABLE classroom.ai_generated_content TO app_user;

-- privileges on TABLE classroom.class_roster
GRANT SELECT ON TABLE classroom.class_roster TO app_admin;
GRANT SELECT ON TABLE classroom.class_roster TO app_user;

-- privileges on TABLE classroom.assignment_overview
GRANT SELECT ON TABLE classroom.assignment_overview TO app_admin;
GRANT SELECT ON TABLE classroom.assignment_overview TO app_user;

-- privileges on TABLE classroom.reader_stats
GRANT SELECT ON TABLE classroom.reader_stats TO app_admin;
GRANT SELECT ON TABLE classroom.reader_stats TO app_user;

-- comment on schema classroom
COMMENT ON SCHEMA classroom IS 'Educational platform: classrooms, enrollments, assignments, reading progress, vocabulary, discussions, AI content.';

-- comment on function classroom.generate_class_code()
COMMENT ON ROUTINE classroom.generate_class_code() IS 'Default for classroom.class_code: 7 random unambiguous characters.';

-- comment on function classroom.is_class_teacher(uuid)
COMMENT ON ROUTINE classroom.is_class_teacher(uuid) IS 'True when the caller teaches the class or administers its organization.';

-- comment on function classroom.is_class_member(uuid)
COMMENT ON ROUTINE classroom.is_class_member(uuid) IS 'True when the caller may see the class: teacher, active student or organization staff.';

-- comment on function classroom.is_teacher_of(uuid)
COMMENT ON ROUTINE classroom.is_teacher_of(uuid) IS 'True when the caller teaches a class the student is enrolled in.';

-- comment on function classroom.join_class(text)
COMMENT ON ROUTINE classroom.join_class(text) IS 'Enrolls the calling user in the active class with this code (idempotent); returns the enrollment id.';

-- comment on table classroom.learner_profile
COMMENT ON TABLE classroom.learner_profile IS 'Reading-platform fields of an account (grade/reading level, language, interests) and its reading statistics, maintained by triggers on reading_session and reading_progress.';

-- comment on column classroom.learner_profile.total_reading_seconds
COMMENT ON COLUMN classroom.learner_profile.total_reading_seconds IS 'Sum of reading_session.duration_seconds (the strategy''s total_reading_time).';

-- comment on column classroom.learner_profile.current_streak
COMMENT ON COLUMN classroom.learner_profile.current_streak IS 'Consecutive days (UTC) with at least one reading session.';

-- comment on table classroom.book
COMMENT ON TABLE classroom.book IS 'Book catalogue with the strategy''s additions (ISBN, publishing status, grade levels, feature flags, counters, rating). Full-text GIN indexes serve to_tsvector(''english'', title/content) @@ queries; trigram indexes serve ILIKE/fuzzy title and author search.';

-- comment on column classroom.book.grade_levels
COMMENT ON COLUMN classroom.book.grade_levels IS 'Grade levels the book suits (e.g. {3,4,5}); GIN-indexed for @> filters.';

-- comment on table classroom.book_submission
COMMENT ON TABLE classroom.book_submission IS 'Multi-stage publishing workflow of a book; valid stage transitions are enforced by trigger classroom.enforce_workflow_transition.';

-- comment on table classroom.book_vocabulary
COMMENT ON TABLE classroom.book_vocabulary IS 'Vocabulary defined by a book (word, definition, difficulty 1..5, page).';

-- comment on table classroom.classroom
COMMENT ON TABLE classroom.classroom IS 'A teacher''s class (ClassRoom). Students join with the unique class_code. The teacher cannot be deleted while they own classes (reassign first).';

-- comment on table classroom.class_enrollment
COMMENT ON TABLE classroom.class_enrollment IS 'Student membership of a classroom (ClassEnrollment); unique per class and student, capacity checked by trigger.';

-- comment on table classroom.assignment
COMMENT ON TABLE classroom.assignment IS 'Work assigned to a class (reading, quiz, writing, vocabulary, discussion), optionally on a book.';

-- comment on table classroom.assignment_submission
COMMENT ON TABLE classroom.assignment_submission IS 'A student''s submission (unique per assignment and student). is_late and the score bound (<= max_points) are set/checked by trigger.';

-- comment on table classroom.book_club
COMMENT ON TABLE classroom.book_club IS 'A book club inside a classroom; its members are the class members.';

-- comment on table classroom.discussion
COMMENT ON TABLE classroom.discussion IS 'A discussion thread of a class or of one of its book clubs (composite FK keeps the club in the same class).';

-- comment on table classroom.discussion_post
COMMENT ON TABLE classroom.discussion_post IS 'A post (or reply) in a discussion. Soft-deleted with deleted_at so that replies keep their thread.';

-- comment on table classroom.reading_session
COMMENT ON TABLE classroom.reading_session IS 'One continuous reading session (ReadingSession). Inserting an ended session adds its duration and streak day to the learner profile.';

-- comment on column classroom.reading_session.duration_seconds
COMMENT ON COLUMN classroom.reading_session.duration_seconds IS 'Active reading time; at most the wall-clock span (pauses excluded).';

-- comment on table classroom.reading_progress
COMMENT ON TABLE classroom.reading_progress IS 'Where a reader is in a book. percent_complete, last_read_at and completed_at are derived by trigger from current_page/total_pages; completing a book increments learner_profile.books_completed.';

-- comment on table classroom.vocabulary_word
COMMENT ON TABLE classroom.vocabulary_word IS 'A word a learner is learning (VocabularyWord): mastery 0..100 and spaced-repetition schedule.';

-- comment on table classroom.ai_generated_image
COMMENT ON TABLE classroom.ai_generated_image IS 'AI illustration job for a book page (AIGeneratedImage); output visible to others only once moderation approved it.';

-- comment on table classroom.tts_request
COMMENT ON TABLE classroom.tts_request IS 'Text-to-speech job (TTSRequest): text, voice, rate and the produced audio. character_count is derived for billing.';

-- comment on table classroom.ai_generated_content
COMMENT ON TABLE classroom.ai_generated_content IS 'AI educational content (quiz, summary, vocabulary list, ...). body is the generated document whose shape depends on content_type.';

-- comment on view classroom.class_roster
COMMENT ON VIEW classroom.class_roster IS 'Active students of the classes the caller belongs to, with display names only (definer-rights view, security_barrier).';

-- comment on view classroom.assignment_overview
COMMENT ON VIEW classroom.assignment_overview IS 'Submission and grading progress per assignment (teacher dashboard); the caller''s RLS applies.';

-- comment on view classroom.reader_stats
COMMENT ON VIEW classroom.reader_stats IS 'Reading statistics per learner (own row, or students of the caller''s classes).';

