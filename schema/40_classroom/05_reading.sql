-- Reading sessions, reading progress and the learner's vocabulary. These are personal
-- learning data keyed by user_id (any reader, not only enrolled students).

CREATE TABLE classroom.reading_session (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    book_id           uuid NOT NULL REFERENCES classroom.book (id) ON DELETE CASCADE,
    assignment_id     uuid REFERENCES classroom.assignment (id) ON DELETE SET NULL,
    started_at        timestamptz NOT NULL DEFAULT now(),
    ended_at          timestamptz,
    duration_seconds  integer CHECK (duration_seconds BETWEEN 0 AND 86400),
    start_page        integer NOT NULL CHECK (start_page >= 1),
    end_page          integer,
    pages_read        integer GENERATED ALWAYS AS (greatest(end_page - start_page, 0)) STORED,
    words_read        integer CHECK (words_read >= 0),
    device            classroom.reading_device NOT NULL DEFAULT 'web',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reading_session_end_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT reading_session_pages_ordered CHECK (end_page IS NULL OR end_page >= start_page),
    CONSTRAINT reading_session_duration_when_ended CHECK (ended_at IS NULL OR duration_seconds IS NOT NULL),
    CONSTRAINT reading_session_duration_fits CHECK (duration_seconds IS NULL OR ended_at IS NULL
                                                    OR duration_seconds <= extract(epoch FROM ended_at - started_at) + 1)
);

CREATE INDEX reading_session_user_time_idx ON classroom.reading_session (user_id, started_at DESC);

CREATE INDEX reading_session_book_idx ON classroom.reading_session (book_id, started_at DESC);

CREATE INDEX reading_session_assignment_idx ON classroom.reading_session (assignment_id);

COMMENT ON TABLE classroom.reading_session IS 'One continuous reading session (ReadingSession). Inserting an ended session adds its duration and streak day to the learner profile.';
COMMENT ON COLUMN classroom.reading_session.duration_seconds IS 'Active reading time; at most the wall-clock span (pauses excluded).';

CREATE TABLE classroom.reading_progress (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    book_id           uuid NOT NULL REFERENCES classroom.book (id) ON DELETE CASCADE,
    current_page      integer NOT NULL DEFAULT 1 CHECK (current_page >= 1),
    total_pages       integer NOT NULL CHECK (total_pages >= 1),
    percent_complete  numeric(5,2) NOT NULL DEFAULT 0 CHECK (percent_complete >= 0 AND percent_complete <= 100),
    started_at        timestamptz NOT NULL DEFAULT now(),
    last_read_at      timestamptz,
    completed_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reading_progress_user_book_key UNIQUE (user_id, book_id),
    CONSTRAINT reading_progress_page_in_book CHECK (current_page <= total_pages),
    CONSTRAINT reading_progress_completion_consistent CHECK ((percent_complete = 100) = (completed_at IS NOT NULL))
);

CREATE INDEX reading_progress_book_idx ON classroom.reading_progress (book_id);

CREATE INDEX reading_progress_recent_idx ON classroom.reading_progress (user_id, last_read_at DESC NULLS LAST);

COMMENT ON TABLE classroom.reading_progress IS 'Where a reader is in a book. percent_complete, last_read_at and completed_at are derived by trigger from current_page/total_pages; completing a book increments learner_profile.books_completed.';

CREATE TABLE classroom.vocabulary_word (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    word                text NOT NULL CHECK (char_length(btrim(word)) BETWEEN 1 AND 100),
    definition          text CHECK (char_length(definition) <= 2000),
    book_id             uuid REFERENCES classroom.book (id) ON DELETE SET NULL,
    book_vocabulary_id  uuid REFERENCES classroom.book_vocabulary (id) ON DELETE SET NULL,
    context_sentence    text CHECK (char_length(context_sentence) <= 1000),
    mastery             smallint NOT NULL DEFAULT 0 CHECK (mastery >= 0 AND mastery <= 100),
    times_reviewed      integer NOT NULL DEFAULT 0 CHECK (times_reviewed >= 0),
    times_correct       integer NOT NULL DEFAULT 0 CHECK (times_correct >= 0),
    last_reviewed_at    timestamptz,
    next_review_at      timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT vocabulary_word_correct_le_reviewed CHECK (times_correct <= times_reviewed),
    CONSTRAINT vocabulary_word_reviewed_has_time CHECK (times_reviewed = 0 OR last_reviewed_at IS NOT NULL)
);

CREATE UNIQUE INDEX vocabulary_word_user_word_key ON classroom.vocabulary_word (user_id, lower(word));

CREATE INDEX vocabulary_word_mastery_idx ON classroom.vocabulary_word (user_id, mastery);

CREATE INDEX vocabulary_word_review_due_idx ON classroom.vocabulary_word (user_id, next_review_at) WHERE mastery < 100;

CREATE INDEX vocabulary_word_book_idx ON classroom.vocabulary_word (book_id);

CREATE INDEX vocabulary_word_book_vocabulary_idx ON classroom.vocabulary_word (book_vocabulary_id);

COMMENT ON TABLE classroom.vocabulary_word IS 'A word a learner is learning (VocabularyWord): mastery 0..100 and spaced-repetition schedule.';
