-- Learner profile (the strategy's user additions), the book catalogue (book additions), the
-- multi-stage publishing workflow and book-defined vocabulary.

CREATE TABLE classroom.learner_profile (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id             uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    grade_level            text CHECK (char_length(grade_level) BETWEEN 1 AND 50),
    preferred_language     users.language_code NOT NULL DEFAULT 'en',
    reading_level          text CHECK (char_length(reading_level) BETWEEN 1 AND 50),
    interests              text[] NOT NULL DEFAULT '{}' CHECK (cardinality(interests) <= 50),
    last_active_at         timestamptz NOT NULL DEFAULT now(),
    total_reading_seconds  integer NOT NULL DEFAULT 0 CHECK (total_reading_seconds >= 0),
    books_completed        integer NOT NULL DEFAULT 0 CHECK (books_completed >= 0),
    current_streak         integer NOT NULL DEFAULT 0 CHECK (current_streak >= 0),
    longest_streak         integer NOT NULL DEFAULT 0 CHECK (longest_streak >= 0),
    last_reading_date      date,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT learner_profile_account_key UNIQUE (account_id),
    CONSTRAINT learner_profile_streaks_ordered CHECK (current_streak <= longest_streak)
);

CREATE INDEX learner_profile_last_active_idx ON classroom.learner_profile (last_active_at DESC);

COMMENT ON TABLE classroom.learner_profile IS 'Reading-platform fields of an account (grade/reading level, language, interests) and its reading statistics, maintained by triggers on reading_session and reading_progress.';
COMMENT ON COLUMN classroom.learner_profile.total_reading_seconds IS 'Sum of reading_session.duration_seconds (the strategy''s total_reading_time).';
COMMENT ON COLUMN classroom.learner_profile.current_streak IS 'Consecutive days (UTC) with at least one reading session.';

CREATE TABLE classroom.book (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title                 text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 300),
    subtitle              text CHECK (char_length(subtitle) <= 300),
    author_name           text NOT NULL CHECK (char_length(btrim(author_name)) BETWEEN 1 AND 200),
    author_account_id     uuid REFERENCES users.account (id) ON DELETE SET NULL,
    isbn                  text CHECK (isbn ~ '^(97[89][0-9]{10}|[0-9]{9}[0-9X])$'),
    language              users.language_code NOT NULL DEFAULT 'en',
    summary               text CHECK (char_length(summary) <= 4000),
    content               text,
    page_count            integer NOT NULL CHECK (page_count BETWEEN 1 AND 5000),
    word_count            integer CHECK (word_count > 0),
    reading_time_minutes  integer CHECK (reading_time_minutes > 0),
    grade_levels          text[] NOT NULL DEFAULT '{}',
    curriculum            text[] NOT NULL DEFAULT '{}',
    publishing_status     classroom.publishing_status NOT NULL DEFAULT 'draft',
    published_at          timestamptz,
    access_type           classroom.access_type NOT NULL DEFAULT 'free',
    has_quiz              boolean NOT NULL DEFAULT false,
    has_vocabulary        boolean NOT NULL DEFAULT false,
    has_audio             boolean NOT NULL DEFAULT false,
    has_activities        boolean NOT NULL DEFAULT false,
    is_interactive        boolean NOT NULL DEFAULT false,
    cover_image_path      text CHECK (char_length(cover_image_path) <= 1024),
    view_count            integer NOT NULL DEFAULT 0 CHECK (view_count >= 0),
    read_count            integer NOT NULL DEFAULT 0 CHECK (read_count >= 0),
    avg_rating            numeric(3,2) CHECK (avg_rating BETWEEN 1 AND 5),
    total_ratings         integer NOT NULL DEFAULT 0 CHECK (total_ratings >= 0),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT book_isbn_key UNIQUE (isbn),
    CONSTRAINT book_published_has_time CHECK (publishing_status <> 'published' OR published_at IS NOT NULL),
    CONSTRAINT book_rating_consistent CHECK ((avg_rating IS NULL) = (total_ratings = 0))
);

CREATE INDEX book_published_idx ON classroom.book (published_at DESC) WHERE publishing_status = 'published';

CREATE INDEX book_author_idx ON classroom.book (author_account_id);

CREATE INDEX book_grade_levels_idx ON classroom.book USING gin (grade_levels);

CREATE INDEX book_title_fts_idx ON classroom.book USING gin (to_tsvector('english', title));

CREATE INDEX book_content_fts_idx ON classroom.book USING gin (to_tsvector('english', content));

CREATE INDEX book_title_trgm_idx ON classroom.book USING gin (title public.gin_trgm_ops);

CREATE INDEX book_author_name_trgm_idx ON classroom.book USING gin (author_name public.gin_trgm_ops);

COMMENT ON TABLE classroom.book IS 'Book catalogue with the strategy''s additions (ISBN, publishing status, grade levels, feature flags, counters, rating). Full-text GIN indexes serve to_tsvector(''english'', title/content) @@ queries; trigram indexes serve ILIKE/fuzzy title and author search.';
COMMENT ON COLUMN classroom.book.grade_levels IS 'Grade levels the book suits (e.g. {3,4,5}); GIN-indexed for @> filters.';

CREATE TABLE classroom.book_submission (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    book_id           uuid NOT NULL REFERENCES classroom.book (id) ON DELETE CASCADE,
    submitted_by      uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    current_stage     classroom.workflow_stage NOT NULL DEFAULT 'draft',
    submitted_at      timestamptz,
    stage_changed_at  timestamptz NOT NULL DEFAULT now(),
    reviewer_id       uuid REFERENCES users.account (id) ON DELETE SET NULL,
    reviewer_notes    text CHECK (char_length(reviewer_notes) <= 8000),
    decided_at        timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT book_submission_submitted_has_time CHECK (current_stage = 'draft' OR submitted_at IS NOT NULL),
    CONSTRAINT book_submission_decision_consistent CHECK ((current_stage IN ('approved', 'published', 'rejected')) = (decided_at IS NOT NULL))
);

CREATE INDEX book_submission_stage_idx ON classroom.book_submission (current_stage);

CREATE INDEX book_submission_book_idx ON classroom.book_submission (book_id);

CREATE INDEX book_submission_submitter_idx ON classroom.book_submission (submitted_by, created_at DESC);

CREATE INDEX book_submission_reviewer_idx ON classroom.book_submission (reviewer_id);

COMMENT ON TABLE classroom.book_submission IS 'Multi-stage publishing workflow of a book; valid stage transitions are enforced by trigger classroom.enforce_workflow_transition.';

CREATE TABLE classroom.book_vocabulary (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    book_id           uuid NOT NULL REFERENCES classroom.book (id) ON DELETE CASCADE,
    word              text NOT NULL CHECK (char_length(btrim(word)) BETWEEN 1 AND 100),
    definition        text NOT NULL CHECK (char_length(definition) BETWEEN 1 AND 2000),
    part_of_speech    classroom.part_of_speech NOT NULL DEFAULT 'other',
    difficulty        smallint NOT NULL DEFAULT 3 CHECK (difficulty BETWEEN 1 AND 5),
    page_number       integer CHECK (page_number >= 1),
    example_sentence  text CHECK (char_length(example_sentence) <= 1000),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX book_vocabulary_word_key ON classroom.book_vocabulary (book_id, lower(word));

COMMENT ON TABLE classroom.book_vocabulary IS 'Vocabulary defined by a book (word, definition, difficulty 1..5, page).';
