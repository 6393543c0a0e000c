-- Chat sessions and messages, short-term memory fragments (TTL) and long-term memory
-- embeddings. account_id (the parent) is denormalized onto these high-volume tables for
-- row-level security and kept consistent by composite foreign keys.

CREATE TABLE calendar.chat_session (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id        uuid NOT NULL,
    child_profile_id  uuid NOT NULL,
    calendar_id       uuid,
    calendar_day_id   uuid REFERENCES calendar.calendar_day (id) ON DELETE SET NULL,
    status            calendar.chat_session_status NOT NULL DEFAULT 'active',
    started_at        timestamptz NOT NULL DEFAULT now(),
    last_activity_at  timestamptz NOT NULL DEFAULT now(),
    expires_at        timestamptz NOT NULL DEFAULT now() + interval '2 hours',
    ended_at          timestamptz,
    message_count     integer NOT NULL DEFAULT 0 CHECK (message_count >= 0),
    summary           text CHECK (char_length(summary) <= 4000),
    client_ip         inet,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT chat_session_id_account_key UNIQUE (id, account_id),
    CONSTRAINT chat_session_account_fkey FOREIGN KEY (account_id)
        REFERENCES users.account (id) ON DELETE CASCADE,
    CONSTRAINT chat_session_child_fkey FOREIGN KEY (child_profile_id, account_id)
        REFERENCES calendar.child_profile (id, account_id) ON DELETE CASCADE,
    CONSTRAINT chat_session_calendar_fkey FOREIGN KEY (calendar_id, account_id)
        REFERENCES calendar.advent_calendar (id, account_id) ON DELETE SET NULL (calendar_id),
    CONSTRAINT chat_session_expiry_after_start CHECK (expires_at > started_at),
    CONSTRAINT chat_session_activity_after_start CHECK (last_activity_at >= started_at),
    CONSTRAINT chat_session_end_consistent CHECK ((status = 'active') = (ended_at IS NULL)),
    CONSTRAINT chat_session_end_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE INDEX chat_session_child_idx ON calendar.chat_session (child_profile_id, started_at DESC);

CREATE INDEX chat_session_account_idx ON calendar.chat_session (account_id, started_at DESC);

CREATE INDEX chat_session_calendar_idx ON calendar.chat_session (calendar_id);

CREATE INDEX chat_session_day_idx ON calendar.chat_session (calendar_day_id);

CREATE INDEX chat_session_expiry_idx ON calendar.chat_session (expires_at) WHERE status = 'active';

COMMENT ON TABLE calendar.chat_session IS 'A child''s chat with the assistant (chat_session_v2; legacy chat_record, whose uuid ids are kept). Sliding expiry: each message extends expires_at; calendar.purge_expired_memory() expires idle sessions.';

CREATE TABLE calendar.chat_message (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id   uuid NOT NULL,
    account_id   uuid NOT NULL,
    legacy_id    bigint,
    sender       calendar.chat_sender NOT NULL,
    content      text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 8000),
    moderation   calendar.moderation_result NOT NULL DEFAULT 'clean',
    token_count  integer CHECK (token_count >= 0),
    latency_ms   integer CHECK (latency_ms >= 0),
    metadata     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT chat_message_legacy_id_key UNIQUE (legacy_id),
    CONSTRAINT chat_message_session_fkey FOREIGN KEY (session_id, account_id)
        REFERENCES calendar.chat_session (id, account_id) ON DELETE CASCADE,
    CONSTRAINT chat_message_latency_for_assistant CHECK (latency_ms IS NULL OR sender = 'assistant')
);

CREATE INDEX chat_message_session_idx ON calendar.chat_message (session_id, created_at);

CREATE INDEX chat_message_moderation_idx ON calendar.chat_message (created_at) WHERE moderation <> 'clean';

COMMENT ON TABLE calendar.chat_message IS 'A message in a chat session (chat_message_v2). metadata holds model/provider details that vary by model (genuinely unstructured).';
COMMENT ON COLUMN calendar.chat_message.moderation IS 'Outcome of the child-safety filter: clean, filtered (shown redacted) or blocked (not shown).';

CREATE TABLE calendar.memory_fragment (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id        uuid NOT NULL,
    child_profile_id  uuid NOT NULL,
    session_id        uuid,
    kind              calendar.memory_kind NOT NULL,
    content           text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 2000),
    salience          numeric(3,2) NOT NULL DEFAULT 0.50 CHECK (salience BETWEEN 0 AND 1),
    expires_at        timestamptz NOT NULL DEFAULT now() + interval '7 days',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT memory_fragment_id_account_key UNIQUE (id, account_id),
    CONSTRAINT memory_fragment_child_fkey FOREIGN KEY (child_profile_id, account_id)
        REFERENCES calendar.child_profile (id, account_id) ON DELETE CASCADE,
    CONSTRAINT memory_fragment_session_fkey FOREIGN KEY (session_id, account_id)
        REFERENCES calendar.chat_session (id, account_id) ON DELETE SET NULL (session_id),
    CONSTRAINT memory_fragment_ttl CHECK (expires_at > created_at AND expires_at - created_at <= interval '30 days')
);

CREATE INDEX memory_fragment_child_idx ON calendar.memory_fragment (child_profile_id, created_at DESC);

CREATE INDEX memory_fragment_expiry_idx ON calendar.memory_fragment (expires_at);

CREATE INDEX memory_fragment_session_idx ON calendar.memory_fragment (session_id);

COMMENT ON TABLE calendar.memory_fragment IS 'Short-term memory: recent context extracted from chats, deleted after expires_at (TTL, at most 30 days) by calendar.purge_expired_memory().';

CREATE TABLE calendar.memory_embedding (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id          uuid NOT NULL,
    child_profile_id    uuid NOT NULL,
    source_fragment_id  uuid,
    kind                calendar.memory_kind NOT NULL,
    content             text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 2000),
    model               text NOT NULL CHECK (char_length(model) BETWEEN 1 AND 100),
    embedding_dim       smallint NOT NULL CHECK (embedding_dim IN (384, 768, 1024, 1536)),
    embedding           real[] NOT NULL,
    importance          numeric(3,2) NOT NULL DEFAULT 0.50 CHECK (importance BETWEEN 0 AND 1),
    access_count        integer NOT NULL DEFAULT 0 CHECK (access_count >= 0),
    last_accessed_at    timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT memory_embedding_child_fkey FOREIGN KEY (child_profile_id, account_id)
        REFERENCES calendar.child_profile (id, account_id) ON DELETE CASCADE,
    CONSTRAINT memory_embedding_fragment_fkey FOREIGN KEY (source_fragment_id, account_id)
        REFERENCES calendar.memory_fragment (id, account_id) ON DELETE SET NULL (source_fragment_id),
    CONSTRAINT memory_embedding_vector_shape CHECK (
        array_ndims(embedding) = 1
        AND cardinality(embedding) = embedding_dim
        AND array_position(embedding, NULL) IS NULL
    )
);

CREATE INDEX memory_embedding_child_idx ON calendar.memory_embedding (child_profile_id, importance DESC);

CREATE INDEX memory_embedding_fragment_idx ON calendar.memory_embedding (source_fragment_id);

COMMENT ON TABLE calendar.memory_embedding IS 'Long-term memory with a vector embedding. pgvector is not available, so the vector is a real[] whose length must equal embedding_dim; similarity search is calendar.nearest_memories() (exact scan per child).';
COMMENT ON COLUMN calendar.memory_embedding.embedding IS 'Embedding vector, one-dimensional, no NULL elements, cardinality = embedding_dim.';
