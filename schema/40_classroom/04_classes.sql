-- Classrooms, enrollments, assignments and submissions, book clubs and discussions.

CREATE TABLE classroom.classroom (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid REFERENCES users.organization (id) ON DELETE SET NULL,
    teacher_id       uuid NOT NULL REFERENCES users.account (id) ON DELETE RESTRICT,
    name             text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    description      text CHECK (char_length(description) <= 2000),
    subject          text CHECK (char_length(subject) <= 100),
    grade_level      text CHECK (char_length(grade_level) <= 50),
    school_year      text CHECK (school_year ~ '^[0-9]{4}-[0-9]{4}$'),
    class_code       text NOT NULL DEFAULT classroom.generate_class_code() CHECK (class_code ~ '^[A-Z0-9]{6,8}$'),
    max_students     smallint NOT NULL DEFAULT 40 CHECK (max_students BETWEEN 1 AND 500),
    is_active        boolean NOT NULL DEFAULT true,
    archived_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT classroom_class_code_key UNIQUE (class_code),
    CONSTRAINT classroom_archive_consistent CHECK (is_active = (archived_at IS NULL))
);

CREATE INDEX classroom_teacher_idx ON classroom.classroom (teacher_id) WHERE is_active;

CREATE INDEX classroom_organization_idx ON classroom.classroom (organization_id);

COMMENT ON TABLE classroom.classroom IS 'A teacher''s class (ClassRoom). Students join with the unique class_code. The teacher cannot be deleted while they own classes (reassign first).';

CREATE TABLE classroom.class_enrollment (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    classroom_id  uuid NOT NULL REFERENCES classroom.classroom (id) ON DELETE CASCADE,
    student_id    uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    status        classroom.enrollment_status NOT NULL DEFAULT 'active',
    enrolled_at   timestamptz NOT NULL DEFAULT now(),
    left_at       timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT class_enrollment_unique UNIQUE (classroom_id, student_id),
    CONSTRAINT class_enrollment_left_consistent CHECK ((status IN ('removed', 'completed')) = (left_at IS NOT NULL)),
    CONSTRAINT class_enrollment_left_after_join CHECK (left_at IS NULL OR left_at >= enrolled_at)
);

CREATE INDEX class_enrollment_student_idx ON classroom.class_enrollment (student_id) WHERE status = 'active';

COMMENT ON TABLE classroom.class_enrollment IS 'Student membership of a classroom (ClassEnrollment); unique per class and student, capacity checked by trigger.';

CREATE TABLE classroom.assignment (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    classroom_id     uuid NOT NULL REFERENCES classroom.classroom (id) ON DELETE CASCADE,
    book_id          uuid REFERENCES classroom.book (id) ON DELETE RESTRICT,
    created_by       uuid REFERENCES users.account (id) ON DELETE SET NULL,
    title            text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    instructions     text CHECK (char_length(instructions) <= 8000),
    assignment_type  classroom.assignment_type NOT NULL,
    status           classroom.assignment_status NOT NULL DEFAULT 'draft',
    assigned_at      timestamptz,
    due_at           timestamptz,
    max_points       numeric(6,2) NOT NULL DEFAULT 100 CHECK (max_points > 0),
    allow_late       boolean NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT assignment_published_has_time CHECK (status = 'draft' OR assigned_at IS NOT NULL),
    CONSTRAINT assignment_due_after_assigned CHECK (due_at IS NULL OR assigned_at IS NULL OR due_at > assigned_at),
    CONSTRAINT assignment_reading_needs_book CHECK (assignment_type <> 'reading' OR book_id IS NOT NULL)
);

CREATE INDEX assignment_due_idx ON classroom.assignment (due_at) WHERE status = 'published';

CREATE INDEX assignment_classroom_idx ON classroom.assignment (classroom_id, due_at);

CREATE INDEX assignment_book_idx ON classroom.assignment (book_id);

CREATE INDEX assignment_created_by_idx ON classroom.assignment (created_by);

COMMENT ON TABLE classroom.assignment IS 'Work assigned to a class (reading, quiz, writing, vocabulary, discussion), optionally on a book.';

CREATE TABLE classroom.assignment_submission (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    assignment_id  uuid NOT NULL REFERENCES classroom.assignment (id) ON DELETE CASCADE,
    student_id     uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    status         classroom.submission_status NOT NULL DEFAULT 'in_progress',
    content        text CHECK (char_length(content) <= 50000),
    submitted_at   timestamptz,
    is_late        boolean NOT NULL DEFAULT false,
    score          numeric(6,2) CHECK (score >= 0),
    feedback       text CHECK (char_length(feedback) <= 8000),
    graded_by      uuid REFERENCES users.account (id) ON DELETE SET NULL,
    graded_at      timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT assignment_submission_unique UNIQUE (assignment_id, student_id),
    CONSTRAINT assignment_submission_submitted_has_time CHECK (status = 'in_progress' OR submitted_at IS NOT NULL),
    CONSTRAINT assignment_submission_graded_complete CHECK (status <> 'graded' OR (score IS NOT NULL AND graded_at IS NOT NULL)),
    CONSTRAINT assignment_submission_score_needs_grading CHECK (score IS NULL OR graded_at IS NOT NULL),
    CONSTRAINT assignment_submission_graded_after_submit CHECK (graded_at IS NULL OR graded_at >= submitted_at)
);

CREATE INDEX assignment_submission_student_idx ON classroom.assignment_submission (student_id, status);

CREATE INDEX assignment_submission_to_grade_idx ON classroom.assignment_submission (assignment_id) WHERE status = 'submitted';

CREATE INDEX assignment_submission_graded_by_idx ON classroom.assignment_submission (graded_by);

COMMENT ON TABLE classroom.assignment_submission IS 'A student''s submission (unique per assignment and student). is_late and the score bound (<= max_points) are set/checked by trigger.';

CREATE TABLE classroom.book_club (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    classroom_id     uuid NOT NULL REFERENCES classroom.classroom (id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    current_book_id  uuid REFERENCES classroom.book (id) ON DELETE SET NULL,
    created_by       uuid REFERENCES users.account (id) ON DELETE SET NULL,
    is_active        boolean NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT book_club_id_classroom_key UNIQUE (id, classroom_id)
);

CREATE UNIQUE INDEX book_club_name_key ON classroom.book_club (classroom_id, lower(name));

CREATE INDEX book_club_book_idx ON classroom.book_club (current_book_id);

CREATE INDEX book_club_created_by_idx ON classroom.book_club (created_by);

COMMENT ON TABLE classroom.book_club IS 'A book club inside a classroom; its members are the class members.';

CREATE TABLE classroom.discussion (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    classroom_id   uuid NOT NULL REFERENCES classroom.classroom (id) ON DELETE CASCADE,
    club_id        uuid,
    book_id        uuid REFERENCES classroom.book (id) ON DELETE SET NULL,
    assignment_id  uuid REFERENCES classroom.assignment (id) ON DELETE SET NULL,
    created_by     uuid REFERENCES users.account (id) ON DELETE SET NULL,
    title          text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    prompt         text CHECK (char_length(prompt) <= 4000),
    is_locked      boolean NOT NULL DEFAULT false,
    is_pinned      boolean NOT NULL DEFAULT false,
    post_count     integer NOT NULL DEFAULT 0 CHECK (post_count >= 0),
    last_post_at   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT discussion_club_fkey FOREIGN KEY (club_id, classroom_id)
        REFERENCES classroom.book_club (id, classroom_id) ON DELETE CASCADE
);

CREATE INDEX discussion_club_idx ON classroom.discussion (club_id);

CREATE INDEX discussion_classroom_idx ON classroom.discussion (classroom_id, is_pinned DESC, last_post_at DESC NULLS LAST);

CREATE INDEX discussion_book_idx ON classroom.discussion (book_id);

CREATE INDEX discussion_assignment_idx ON classroom.discussion (assignment_id);

CREATE INDEX discussion_created_by_idx ON classroom.discussion (created_by);

COMMENT ON TABLE classroom.discussion IS 'A discussion thread of a class or of one of its book clubs (composite FK keeps the club in the same class).';

CREATE TABLE classroom.discussion_post (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    discussion_id   uuid NOT NULL REFERENCES classroom.discussion (id) ON DELETE CASCADE,
    author_id       uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    parent_post_id  uuid REFERENCES classroom.discussion_post (id) ON DELETE CASCADE,
    body            text NOT NULL CHECK (char_length(btrim(body)) BETWEEN 1 AND 10000),
    moderation      classroom.moderation_status NOT NULL DEFAULT 'approved',
    edited_at       timestamptz,
    deleted_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT discussion_post_not_own_parent CHECK (parent_post_id <> id),
    CONSTRAINT discussion_post_edit_after_create CHECK (edited_at IS NULL OR edited_at >= created_at)
);

CREATE INDEX discussion_post_thread_idx ON classroom.discussion_post (discussion_id, created_at);

CREATE INDEX discussion_post_author_idx ON classroom.discussion_post (author_id, created_at DESC);

CREATE INDEX discussion_post_parent_idx ON classroom.discussion_post (parent_post_id);

CREATE INDEX discussion_post_moderation_idx ON classroom.discussion_post (created_at) WHERE moderation IN ('pending', 'flagged');

CREATE INDEX discussion_post_body_fts_idx ON classroom.discussion_post USING gin (to_tsvector('english', body));

COMMENT ON TABLE classroom.discussion_post IS 'A post (or reply) in a discussion. Soft-deleted with deleted_at so that replies keep their thread.';
