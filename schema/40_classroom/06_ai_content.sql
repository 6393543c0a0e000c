-- AI-generated illustrations, text-to-speech requests and AI educational content. All are
-- asynchronous jobs (status) with a moderation gate before children see the output.

CREATE TABLE classroom.ai_generated_image (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    requested_by     uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    book_id          uuid REFERENCES classroom.book (id) ON DELETE CASCADE,
    page_number      integer CHECK (page_number >= 1),
    prompt           text NOT NULL CHECK (char_length(btrim(prompt)) BETWEEN 1 AND 4000),
    negative_prompt  text CHECK (char_length(negative_prompt) <= 2000),
    style            text CHECK (char_length(style) <= 100),
    model            text NOT NULL CHECK (char_length(model) BETWEEN 1 AND 100),
    width            integer NOT NULL DEFAULT 1024 CHECK (width BETWEEN 64 AND 4096 AND width % 8 = 0),
    height           integer NOT NULL DEFAULT 1024 CHECK (height BETWEEN 64 AND 4096 AND height % 8 = 0),
    generation_seed  bigint,
    status           classroom.generation_status NOT NULL DEFAULT 'queued',
    moderation       classroom.moderation_status NOT NULL DEFAULT 'pending',
    storage_path     text CHECK (char_length(storage_path) <= 1024),
    error_message    text CHECK (char_length(error_message) <= 2000),
    completed_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ai_generated_image_completed_has_output CHECK (status <> 'completed' OR (storage_path IS NOT NULL AND completed_at IS NOT NULL)),
    CONSTRAINT ai_generated_image_failed_has_error CHECK (status <> 'failed' OR error_message IS NOT NULL),
    CONSTRAINT ai_generated_image_approved_is_completed CHECK (moderation <> 'approved' OR status = 'completed')
);

CREATE INDEX ai_generated_image_requester_idx ON classroom.ai_generated_image (requested_by, created_at DESC);

CREATE INDEX ai_generated_image_book_idx ON classroom.ai_generated_image (book_id, page_number);

CREATE INDEX ai_generated_image_queue_idx ON classroom.ai_generated_image (created_at) WHERE status IN ('queued', 'processing');

COMMENT ON TABLE classroom.ai_generated_image IS 'AI illustration job for a book page (AIGeneratedImage); output visible to others only once moderation approved it.';

CREATE TABLE classroom.tts_request (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    requested_by     uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    book_id          uuid REFERENCES classroom.book (id) ON DELETE CASCADE,
    page_number      integer CHECK (page_number >= 1),
    text_content     text NOT NULL CHECK (char_length(text_content) BETWEEN 1 AND 20000),
    character_count  integer GENERATED ALWAYS AS (char_length(text_content)) STORED,
    voice            text NOT NULL CHECK (char_length(voice) BETWEEN 1 AND 100),
    language         users.language_code NOT NULL DEFAULT 'en',
    speaking_rate    numeric(3,2) NOT NULL DEFAULT 1.00 CHECK (speaking_rate BETWEEN 0.50 AND 2.00),
    status           classroom.generation_status NOT NULL DEFAULT 'queued',
    audio_path       text CHECK (char_length(audio_path) <= 1024),
    duration_ms      integer CHECK (duration_ms > 0),
    error_message    text CHECK (char_length(error_message) <= 2000),
    completed_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tts_request_completed_has_audio CHECK (status <> 'completed' OR (audio_path IS NOT NULL AND duration_ms IS NOT NULL AND completed_at IS NOT NULL)),
    CONSTRAINT tts_request_failed_has_error CHECK (status <> 'failed' OR error_message IS NOT NULL)
);

CREATE INDEX tts_request_requester_idx ON classroom.tts_request (requested_by, created_at DESC);

CREATE INDEX tts_request_book_idx ON classroom.tts_request (book_id, page_number);

CREATE INDEX tts_request_queue_idx ON classroom.tts_request (created_at) WHERE status IN ('queued', 'processing');

COMMENT ON TABLE classroom.tts_request IS 'Text-to-speech job (TTSRequest): text, voice, rate and the produced audio. character_count is derived for billing.';

CREATE TABLE classroom.ai_generated_content (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    requested_by  uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    book_id       uuid REFERENCES classroom.book (id) ON DELETE CASCADE,
    classroom_id  uuid REFERENCES classroom.classroom (id) ON DELETE SET NULL,
    content_type  classroom.ai_content_type NOT NULL,
    prompt        text NOT NULL CHECK (char_length(btrim(prompt)) BETWEEN 1 AND 8000),
    body          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(body) = 'object'),
    model         text NOT NULL CHECK (char_length(model) BETWEEN 1 AND 100),
    tokens_used   integer CHECK (tokens_used >= 0),
    status        classroom.generation_status NOT NULL DEFAULT 'queued',
    moderation    classroom.moderation_status NOT NULL DEFAULT 'pending',
    reviewed_by   uuid REFERENCES users.account (id) ON DELETE SET NULL,
    reviewed_at   timestamptz,
    completed_at  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ai_generated_content_completed_has_time CHECK (status <> 'completed' OR completed_at IS NOT NULL),
    CONSTRAINT ai_generated_content_review_has_time CHECK (reviewed_by IS NULL OR reviewed_at IS NOT NULL),
    CONSTRAINT ai_generated_content_approved_is_completed CHECK (moderation <> 'approved' OR status = 'completed')
);

CREATE INDEX ai_generated_content_requester_idx ON classroom.ai_generated_content (requested_by, created_at DESC);

CREATE INDEX ai_generated_content_book_idx ON classroom.ai_generated_content (book_id, content_type);

CREATE INDEX ai_generated_content_classroom_idx ON classroom.ai_generated_content (classroom_id);

CREATE INDEX ai_generated_content_review_queue_idx ON classroom.ai_generated_content (created_at) WHERE moderation IN ('pending', 'flagged');

CREATE INDEX ai_generated_content_reviewer_idx ON classroom.ai_generated_content (reviewed_by);

COMMENT ON TABLE classroom.ai_generated_content IS 'AI educational content (quiz, summary, vocabulary list, ...). body is the generated document whose shape depends on content_type.';
