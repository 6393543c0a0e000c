-- Structured analytics tables. Event tables are append-only (no updated_at); aggregate tables
-- (chat_analytics, user_engagement) are maintained and carry created_at/updated_at.

CREATE TABLE analytics.calendar_analytics (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    calendar_id      uuid NOT NULL REFERENCES calendar.advent_calendar (id) ON DELETE CASCADE,
    account_id       uuid REFERENCES users.account (id) ON DELETE SET NULL,
    event_type       analytics.calendar_event_type NOT NULL,
    share_channel    analytics.share_channel,
    device           analytics.device_type NOT NULL DEFAULT 'unknown',
    country_code     text CHECK (country_code ~ '^[A-Z]{2}$'),
    referrer_host    text CHECK (char_length(referrer_host) <= 255),
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    legacy_event_id  bigint,
    CONSTRAINT calendar_analytics_legacy_event_key UNIQUE (legacy_event_id),
    CONSTRAINT calendar_analytics_channel_for_share CHECK (share_channel IS NULL OR event_type = 'share')
);

CREATE INDEX calendar_analytics_calendar_time_idx ON analytics.calendar_analytics (calendar_id, occurred_at DESC);

CREATE INDEX calendar_analytics_type_time_idx ON analytics.calendar_analytics (event_type, occurred_at DESC);

CREATE INDEX calendar_analytics_account_idx ON analytics.calendar_analytics (account_id);

COMMENT ON TABLE analytics.calendar_analytics IS 'Calendar-level events: views, shares, publish/lock changes. account_id is the acting viewer (NULL when anonymous).';
COMMENT ON COLUMN analytics.calendar_analytics.legacy_event_id IS 'id of the source row in the legacy public.analytics_event table, for migrated events.';

CREATE TABLE analytics.day_analytics (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    calendar_day_id       uuid NOT NULL,
    calendar_id           uuid NOT NULL,
    account_id            uuid REFERENCES users.account (id) ON DELETE SET NULL,
    opened_at             timestamptz NOT NULL DEFAULT now(),
    seconds_after_unlock  integer CHECK (seconds_after_unlock >= 0),
    view_duration_ms      integer CHECK (view_duration_ms BETWEEN 0 AND 86400000),
    device                analytics.device_type NOT NULL DEFAULT 'unknown',
    legacy_event_id       bigint,
    CONSTRAINT day_analytics_legacy_event_key UNIQUE (legacy_event_id),
    CONSTRAINT day_analytics_day_fkey FOREIGN KEY (calendar_day_id, calendar_id)
        REFERENCES calendar.calendar_day (id, calendar_id) ON DELETE CASCADE
);

CREATE INDEX day_analytics_calendar_time_idx ON analytics.day_analytics (calendar_id, opened_at DESC);

CREATE INDEX day_analytics_day_idx ON analytics.day_analytics (calendar_day_id);

CREATE INDEX day_analytics_account_idx ON analytics.day_analytics (account_id);

COMMENT ON TABLE analytics.day_analytics IS 'Day open events with timing: how long after unlocking the day was opened and how long it was viewed.';

CREATE TABLE analytics.chat_analytics (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    chat_session_id           uuid NOT NULL REFERENCES calendar.chat_session (id) ON DELETE CASCADE,
    account_id                uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    child_profile_id          uuid NOT NULL REFERENCES calendar.child_profile (id) ON DELETE CASCADE,
    started_at                timestamptz NOT NULL,
    ended_at                  timestamptz,
    duration_seconds          integer CHECK (duration_seconds >= 0),
    message_count             integer NOT NULL DEFAULT 0 CHECK (message_count >= 0),
    child_message_count       integer NOT NULL DEFAULT 0 CHECK (child_message_count >= 0),
    assistant_message_count   integer NOT NULL DEFAULT 0 CHECK (assistant_message_count >= 0),
    moderated_message_count   integer NOT NULL DEFAULT 0 CHECK (moderated_message_count >= 0),
    avg_response_ms           integer CHECK (avg_response_ms >= 0),
    end_reason                analytics.chat_end_reason,
    engagement_score          numeric(5,2) CHECK (engagement_score BETWEEN 0 AND 100),
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT chat_analytics_session_key UNIQUE (chat_session_id),
    CONSTRAINT chat_analytics_counts_consistent CHECK (child_message_count + assistant_message_count <= message_count
                                                       AND moderated_message_count <= message_count),
    CONSTRAINT chat_analytics_end_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE INDEX chat_analytics_account_time_idx ON analytics.chat_analytics (account_id, started_at DESC);

CREATE INDEX chat_analytics_child_idx ON analytics.chat_analytics (child_profile_id, started_at DESC);

CREATE INDEX chat_analytics_started_idx ON analytics.chat_analytics (started_at);

COMMENT ON TABLE analytics.chat_analytics IS 'One row per chat session: counts, duration, latency, end reason and an engagement score (0..100).';

CREATE TABLE analytics.user_engagement (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    first_active_date    date,
    last_active_date     date,
    current_streak_days  integer NOT NULL DEFAULT 0 CHECK (current_streak_days >= 0),
    longest_streak_days  integer NOT NULL DEFAULT 0 CHECK (longest_streak_days >= 0),
    active_days_total    integer NOT NULL DEFAULT 0 CHECK (active_days_total >= 0),
    sessions_total       integer NOT NULL DEFAULT 0 CHECK (sessions_total >= 0),
    engagement_score     numeric(5,2) NOT NULL DEFAULT 0 CHECK (engagement_score BETWEEN 0 AND 100),
    score_updated_at     timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_engagement_account_key UNIQUE (account_id),
    CONSTRAINT user_engagement_streak_bounds CHECK (current_streak_days <= longest_streak_days
                                                    AND longest_streak_days <= active_days_total),
    CONSTRAINT user_engagement_dates_ordered CHECK (last_active_date >= first_active_date),
    CONSTRAINT user_engagement_dates_paired CHECK ((first_active_date IS NULL) = (last_active_date IS NULL))
);

CREATE INDEX user_engagement_score_idx ON analytics.user_engagement (engagement_score DESC);

CREATE INDEX user_engagement_last_active_idx ON analytics.user_engagement (last_active_date DESC);

COMMENT ON TABLE analytics.user_engagement IS 'Per-account engagement: activity streaks (consecutive active days) and a 0..100 score, maintained by analytics.record_activity().';

CREATE TABLE analytics.nps_submission (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id    uuid REFERENCES users.account (id) ON DELETE SET NULL,
    survey        text NOT NULL CHECK (survey ~ '^[a-z][a-z0-9_]{1,49}$'),
    score         smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
    category      analytics.nps_category NOT NULL GENERATED ALWAYS AS (
                      CASE WHEN score >= 9 THEN 'promoter'::analytics.nps_category
                           WHEN score >= 7 THEN 'passive'::analytics.nps_category
                           ELSE 'detractor'::analytics.nps_category END
                  ) STORED,
    comment       text CHECK (char_length(comment) <= 2000),
    submitted_at  timestamptz NOT NULL DEFAULT now(),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX nps_submission_time_idx ON analytics.nps_submission (submitted_at DESC);

CREATE INDEX nps_submission_account_idx ON analytics.nps_submission (account_id, submitted_at DESC);

COMMENT ON TABLE analytics.nps_submission IS 'Net Promoter Score survey answers (0..10); category is derived. Kept (anonymized) when the account is deleted.';

CREATE TABLE analytics.metrics_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    metric_name  text NOT NULL CHECK (metric_name ~ '^[a-z][a-z0-9_.]{0,99}$'),
    kind         analytics.metric_kind NOT NULL,
    value        double precision NOT NULL,
    unit         text CHECK (char_length(unit) <= 20),
    tags         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(tags) = 'object'),
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT metrics_log_counter_non_negative CHECK (kind <> 'counter' OR value >= 0)
);

CREATE INDEX metrics_log_name_time_idx ON analytics.metrics_log (metric_name, recorded_at DESC);

CREATE INDEX metrics_log_recorded_brin ON analytics.metrics_log USING brin (recorded_at);

COMMENT ON TABLE analytics.metrics_log IS 'System metrics samples (append-only, high volume: identity key and a BRIN index on time). tags are free-form labels.';

CREATE TABLE analytics.audit_log (
    id                bigint PRIMARY KEY DEFAULT nextval('analytics.audit_log_id_seq'),
    occurred_at       timestamptz NOT NULL DEFAULT now(),
    actor_account_id  uuid,
    actor_role        text NOT NULL DEFAULT current_user,
    action            analytics.audit_action NOT NULL,
    schema_name       text NOT NULL,
    table_name        text NOT NULL,
    row_id            text,
    changed_columns   text[],
    old_data          jsonb,
    new_data          jsonb,
    client_ip         inet DEFAULT inet_client_addr(),
    transaction_id    bigint NOT NULL DEFAULT txid_current(),
    CONSTRAINT audit_log_row_images CHECK (
        (action = 'insert' AND old_data IS NULL AND new_data IS NOT NULL)
        OR (action = 'update' AND old_data IS NOT NULL AND new_data IS NOT NULL)
        OR (action = 'delete' AND old_data IS NOT NULL AND new_data IS NULL)
        OR action NOT IN ('insert', 'update', 'delete')
    )
);

CREATE INDEX audit_log_occurred_brin ON analytics.audit_log USING brin (occurred_at);

CREATE INDEX audit_log_row_idx ON analytics.audit_log (schema_name, table_name, row_id, occurred_at DESC);

CREATE INDEX audit_log_actor_idx ON analytics.audit_log (actor_account_id, occurred_at DESC);

COMMENT ON TABLE analytics.audit_log IS 'Append-only audit trail written by analytics.audit_row_change() triggers (and by the application for logins/exports). No FK on actor_account_id: the trail must outlive deleted accounts.';
COMMENT ON COLUMN analytics.audit_log.old_data IS 'Row image before the change, with secrets (password hashes, token hashes) removed.';
