-- Companion core tables from the memory normalization: profile summary (was memory_profiles),
-- conversations and messages, session continuity, crisis flags and feedback.
--
-- Child rows carry the owner (user_id) as well as their parent id; composite foreign keys
-- (parent_id, user_id) -> parent (id, user_id) guarantee that the denormalized owner always
-- matches the parent's owner, so row-level security can filter on user_id directly.

CREATE TABLE users.user_profile_summary (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    preferred_name      text CHECK (char_length(preferred_name) BETWEEN 1 AND 80),
    pronouns            text CHECK (char_length(pronouns) <= 40),
    birth_year          smallint CHECK (birth_year BETWEEN 1900 AND 2100),
    summary             text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 8000),
    primary_concerns    text[] NOT NULL DEFAULT '{}',
    therapeutic_focus   text CHECK (char_length(therapeutic_focus) <= 2000),
    communication_notes text CHECK (char_length(communication_notes) <= 2000),
    wellbeing_score     smallint CHECK (wellbeing_score BETWEEN 1 AND 10),
    memory_version      integer NOT NULL DEFAULT 1 CHECK (memory_version >= 1),
    last_summarized_at  timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_profile_summary_user_key UNIQUE (user_id)
);

COMMENT ON TABLE users.user_profile_summary IS 'One row per user: the summary fields left of memory_profiles after its JSONB contents moved to the user_* tables.';
COMMENT ON COLUMN users.user_profile_summary.memory_version IS 'Incremented each time the summarizer rewrites the summary from the detailed memory tables.';

CREATE TABLE users.user_conversations (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    title            text CHECK (char_length(title) <= 200),
    status           users.conversation_status NOT NULL DEFAULT 'active',
    started_at       timestamptz NOT NULL DEFAULT now(),
    ended_at         timestamptz,
    last_message_at  timestamptz,
    message_count    integer NOT NULL DEFAULT 0 CHECK (message_count >= 0),
    summary          text CHECK (char_length(summary) <= 8000),
    mood_at_start    smallint CHECK (mood_at_start BETWEEN 1 AND 10),
    mood_at_end      smallint CHECK (mood_at_end BETWEEN 1 AND 10),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_conversations_id_user_key UNIQUE (id, user_id),
    CONSTRAINT user_conversations_ended_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT user_conversations_closed_has_end CHECK (status NOT IN ('closed', 'archived') OR ended_at IS NOT NULL)
);

CREATE INDEX user_conversations_user_recent_idx ON users.user_conversations (user_id, started_at DESC);

CREATE INDEX user_conversations_active_idx ON users.user_conversations (user_id, last_message_at DESC) WHERE status = 'active';

COMMENT ON TABLE users.user_conversations IS 'A conversation between a user and the companion (was conversations).';
COMMENT ON COLUMN users.user_conversations.message_count IS 'Maintained by trigger users.bump_conversation_stats on message insert.';

CREATE TABLE users.user_conversation_messages (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_id  uuid NOT NULL,
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    role             users.message_role NOT NULL,
    content          text NOT NULL CHECK (char_length(content) BETWEEN 1 AND 32000),
    token_count      integer CHECK (token_count >= 0),
    sentiment        numeric(4,3) CHECK (sentiment BETWEEN -1 AND 1),
    model            text CHECK (char_length(model) <= 100),
    is_flagged       boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_conversation_messages_id_user_key UNIQUE (id, user_id),
    CONSTRAINT user_conversation_messages_conversation_fkey FOREIGN KEY (conversation_id, user_id)
        REFERENCES users.user_conversations (id, user_id) ON DELETE CASCADE,
    CONSTRAINT user_conversation_messages_model_for_assistant CHECK (role = 'assistant' OR model IS NULL)
);

CREATE INDEX user_conversation_messages_conversation_idx ON users.user_conversation_messages (conversation_id, created_at);

CREATE INDEX user_conversation_messages_user_recent_idx ON users.user_conversation_messages (user_id, created_at DESC);

CREATE INDEX user_conversation_messages_flagged_idx ON users.user_conversation_messages (created_at) WHERE is_flagged;

COMMENT ON TABLE users.user_conversation_messages IS 'Messages of a conversation (was conversation_messages). user_id is the conversation owner, kept consistent by a composite FK.';
COMMENT ON COLUMN users.user_conversation_messages.sentiment IS 'Sentiment of the message in [-1, 1] as scored by the analysis pipeline.';

CREATE TABLE users.user_conversation_continuity (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    last_conversation_id   uuid,
    carry_over_summary     text CHECK (char_length(carry_over_summary) <= 4000),
    open_threads           text[] NOT NULL DEFAULT '{}',
    suggested_next_focus   text CHECK (char_length(suggested_next_focus) <= 1000),
    sessions_count         integer NOT NULL DEFAULT 0 CHECK (sessions_count >= 0),
    last_session_ended_at  timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_conversation_continuity_user_key UNIQUE (user_id),
    CONSTRAINT user_conversation_continuity_last_conversation_fkey FOREIGN KEY (last_conversation_id, user_id)
        REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (last_conversation_id)
);

CREATE INDEX user_conversation_continuity_last_conversation_idx ON users.user_conversation_continuity (last_conversation_id);

COMMENT ON TABLE users.user_conversation_continuity IS 'Per-user session continuity: what the companion carries over into the next conversation.';

CREATE TABLE users.user_crisis_flags (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    conversation_id      uuid,
    message_id           uuid,
    category             users.crisis_category NOT NULL,
    severity             users.severity_level NOT NULL,
    status               users.crisis_status NOT NULL DEFAULT 'open',
    detected_by          users.detection_source NOT NULL,
    detector_confidence  numeric(4,3) CHECK (detector_confidence BETWEEN 0 AND 1),
    excerpt              text CHECK (char_length(excerpt) <= 2000),
    staff_notes          text CHECK (char_length(staff_notes) <= 8000),
    acknowledged_at      timestamptz,
    acknowledged_by      uuid REFERENCES users.account (id) ON DELETE SET NULL,
    resolved_at          timestamptz,
    resolved_by          uuid REFERENCES users.account (id) ON DELETE SET NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_crisis_flags_id_user_key UNIQUE (id, user_id),
    CONSTRAINT user_crisis_flags_conversation_fkey FOREIGN KEY (conversation_id, user_id)
        REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id),
    CONSTRAINT user_crisis_flags_message_fkey FOREIGN KEY (message_id, user_id)
        REFERENCES users.user_conversation_messages (id, user_id) ON DELETE SET NULL (message_id),
    CONSTRAINT user_crisis_flags_ack_after_create CHECK (acknowledged_at IS NULL OR acknowledged_at >= created_at),
    CONSTRAINT user_crisis_flags_resolution_consistent CHECK ((status IN ('resolved', 'dismissed')) = (resolved_at IS NOT NULL)),
    CONSTRAINT user_crisis_flags_resolved_after_create CHECK (resolved_at IS NULL OR resolved_at >= created_at),
    CONSTRAINT user_crisis_flags_acknowledged_when_handled CHECK (status = 'open' OR acknowledged_at IS NOT NULL)
);

CREATE INDEX user_crisis_flags_user_idx ON users.user_crisis_flags (user_id, created_at DESC);

CREATE INDEX user_crisis_flags_triage_idx ON users.user_crisis_flags (severity DESC, created_at) WHERE status IN ('open', 'acknowledged', 'escalated');

CREATE INDEX user_crisis_flags_conversation_idx ON users.user_crisis_flags (conversation_id);

CREATE INDEX user_crisis_flags_message_idx ON users.user_crisis_flags (message_id);

CREATE INDEX user_crisis_flags_acknowledged_by_idx ON users.user_crisis_flags (acknowledged_by) WHERE acknowledged_by IS NOT NULL;

CREATE INDEX user_crisis_flags_resolved_by_idx ON users.user_crisis_flags (resolved_by) WHERE resolved_by IS NOT NULL;

COMMENT ON TABLE users.user_crisis_flags IS 'Safety escalations raised on a user (was crisis_flags). The triage index serves the staff queue of unresolved flags by severity.';

CREATE TABLE users.user_feedback_log (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    conversation_id  uuid,
    message_id       uuid,
    kind             users.feedback_kind NOT NULL,
    rating           smallint CHECK (rating BETWEEN 1 AND 5),
    comment          text CHECK (char_length(comment) <= 4000),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_feedback_log_conversation_fkey FOREIGN KEY (conversation_id, user_id)
        REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id),
    CONSTRAINT user_feedback_log_message_fkey FOREIGN KEY (message_id, user_id)
        REFERENCES users.user_conversation_messages (id, user_id) ON DELETE SET NULL (message_id)
);

CREATE INDEX user_feedback_log_user_idx ON users.user_feedback_log (user_id, created_at DESC);

CREATE INDEX user_feedback_log_kind_idx ON users.user_feedback_log (kind, created_at DESC);

CREATE INDEX user_feedback_log_conversation_idx ON users.user_feedback_log (conversation_id);

CREATE INDEX user_feedback_log_message_idx ON users.user_feedback_log (message_id);

COMMENT ON TABLE users.user_feedback_log IS 'Feedback a user gives on the companion''s replies (feedback router''s feedback log).';
