-- The normalized memory tables that replaced memory_profiles' JSONB arrays (one row per
-- remembered item). Every table: uuid key, user_id -> users.account ON DELETE CASCADE,
-- created_at/updated_at (updated_at maintained by users.set_updated_at), CHECKs on every
-- bounded value, and an index led by user_id for the "all X of this user" access path.
-- Scores named *_level, intensity, importance, ... are on a 1..10 scale unless noted.

CREATE TABLE users.user_themes (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    theme              text NOT NULL CHECK (char_length(btrim(theme)) BETWEEN 1 AND 200),
    description        text CHECK (char_length(description) <= 4000),
    salience           smallint NOT NULL DEFAULT 5 CHECK (salience BETWEEN 1 AND 10),
    mention_count      integer NOT NULL DEFAULT 1 CHECK (mention_count >= 1),
    first_mentioned_at timestamptz NOT NULL DEFAULT now(),
    last_mentioned_at  timestamptz NOT NULL DEFAULT now(),
    is_active          boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_themes_mentions_ordered CHECK (last_mentioned_at >= first_mentioned_at)
);

CREATE UNIQUE INDEX user_themes_user_theme_key ON users.user_themes (user_id, lower(theme));

CREATE INDEX user_themes_user_salience_idx ON users.user_themes (user_id, salience DESC) WHERE is_active;

COMMENT ON TABLE users.user_themes IS 'Recurring therapeutic themes in a user''s conversations.';

CREATE TABLE users.user_people (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    name            text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    relationship    users.person_relationship NOT NULL,
    closeness       smallint CHECK (closeness BETWEEN 1 AND 10),
    sentiment       smallint CHECK (sentiment BETWEEN -5 AND 5),
    is_deceased     boolean NOT NULL DEFAULT false,
    notes           text CHECK (char_length(notes) <= 4000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_people_id_user_key UNIQUE (id, user_id)
);

CREATE INDEX user_people_user_idx ON users.user_people (user_id, relationship);

COMMENT ON TABLE users.user_people IS 'Important people in the user''s life; referenced by support system, relationship dynamics and status.';
COMMENT ON COLUMN users.user_people.sentiment IS 'How the user feels about the person, -5 (very negative) .. 5 (very positive).';

CREATE TABLE users.user_coping_tools (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    name           text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
    category       users.coping_category NOT NULL,
    description    text CHECK (char_length(description) <= 4000),
    effectiveness  smallint CHECK (effectiveness BETWEEN 1 AND 10),
    times_used     integer NOT NULL DEFAULT 0 CHECK (times_used >= 0),
    last_used_at   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_coping_tools_user_idx ON users.user_coping_tools (user_id, effectiveness DESC NULLS LAST);

COMMENT ON TABLE users.user_coping_tools IS 'Coping strategies and tools the user knows, with how well they work.';

CREATE TABLE users.user_goals (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    title             text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    description       text CHECK (char_length(description) <= 4000),
    category          users.goal_category NOT NULL,
    status            users.goal_status NOT NULL DEFAULT 'active',
    priority          smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    progress_percent  smallint NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    target_date       date CHECK (target_date >= DATE '2000-01-01'),
    achieved_at       timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_goals_id_user_key UNIQUE (id, user_id),
    CONSTRAINT user_goals_achievement_consistent CHECK ((status = 'achieved') = (achieved_at IS NOT NULL)),
    CONSTRAINT user_goals_achieved_complete CHECK (status <> 'achieved' OR progress_percent = 100)
);

CREATE INDEX user_goals_user_status_idx ON users.user_goals (user_id, status, priority);

COMMENT ON TABLE users.user_goals IS 'Therapeutic and personal goals with status and progress (0..100 %).';

CREATE TABLE users.user_trauma_patterns (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    pattern              text NOT NULL CHECK (char_length(btrim(pattern)) BETWEEN 1 AND 500),
    trigger_description  text CHECK (char_length(trigger_description) <= 4000),
    typical_response     text CHECK (char_length(typical_response) <= 4000),
    severity             smallint NOT NULL CHECK (severity BETWEEN 1 AND 10),
    onset_age            smallint CHECK (onset_age BETWEEN 0 AND 120),
    is_being_processed   boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_trauma_patterns_user_idx ON users.user_trauma_patterns (user_id, severity DESC);

COMMENT ON TABLE users.user_trauma_patterns IS 'Trauma-related patterns: triggers and typical responses. Sensitive; staff read access is audited by the application.';

CREATE TABLE users.user_pattern_loops (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    name             text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
    trigger_event    text CHECK (char_length(trigger_event) <= 2000),
    automatic_thought text CHECK (char_length(automatic_thought) <= 2000),
    emotion          text CHECK (char_length(emotion) <= 200),
    behavior         text CHECK (char_length(behavior) <= 2000),
    consequence      text CHECK (char_length(consequence) <= 2000),
    frequency        users.frequency_level,
    intensity        smallint CHECK (intensity BETWEEN 1 AND 10),
    awareness_level  smallint CHECK (awareness_level BETWEEN 1 AND 10),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_pattern_loops_user_idx ON users.user_pattern_loops (user_id);

COMMENT ON TABLE users.user_pattern_loops IS 'Behavioural loops in CBT form: trigger -> thought -> emotion -> behaviour -> consequence.';

CREATE TABLE users.user_shadow_themes (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    theme               text NOT NULL CHECK (char_length(btrim(theme)) BETWEEN 1 AND 200),
    description         text CHECK (char_length(description) <= 4000),
    projection_examples text[] NOT NULL DEFAULT '{}',
    integration_level   smallint CHECK (integration_level BETWEEN 1 AND 10),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_shadow_themes_user_idx ON users.user_shadow_themes (user_id);

COMMENT ON TABLE users.user_shadow_themes IS 'Shadow-work themes: disowned traits and how far they are integrated.';

CREATE TABLE users.user_ancestral_issues (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    issue             text NOT NULL CHECK (char_length(btrim(issue)) BETWEEN 1 AND 300),
    lineage           users.lineage NOT NULL DEFAULT 'unknown',
    generations_back  smallint CHECK (generations_back BETWEEN 1 AND 10),
    impact_level      smallint CHECK (impact_level BETWEEN 1 AND 10),
    description       text CHECK (char_length(description) <= 4000),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_ancestral_issues_user_idx ON users.user_ancestral_issues (user_id);

COMMENT ON TABLE users.user_ancestral_issues IS 'Generational (ancestral) trauma patterns and the family line they come from.';

CREATE TABLE users.user_current_practices (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    practice             text NOT NULL CHECK (char_length(btrim(practice)) BETWEEN 1 AND 200),
    sessions_per_week    numeric(4,1) CHECK (sessions_per_week BETWEEN 0 AND 70),
    minutes_per_session  smallint CHECK (minutes_per_session BETWEEN 1 AND 1440),
    started_on           date CHECK (started_on >= DATE '1900-01-01'),
    effectiveness        smallint CHECK (effectiveness BETWEEN 1 AND 10),
    is_active            boolean NOT NULL DEFAULT true,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_current_practices_user_idx ON users.user_current_practices (user_id) WHERE is_active;

COMMENT ON TABLE users.user_current_practices IS 'Therapeutic practices the user currently keeps up (journaling, meditation, ...).';

CREATE TABLE users.user_regulation_strategies (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    strategy        text NOT NULL CHECK (char_length(btrim(strategy)) BETWEEN 1 AND 200),
    target_emotion  text CHECK (char_length(target_emotion) <= 100),
    context         text CHECK (char_length(context) <= 2000),
    effectiveness   smallint CHECK (effectiveness BETWEEN 1 AND 10),
    times_used      integer NOT NULL DEFAULT 0 CHECK (times_used >= 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_regulation_strategies_user_idx ON users.user_regulation_strategies (user_id, target_emotion);

COMMENT ON TABLE users.user_regulation_strategies IS 'Emotional regulation strategies, per target emotion.';

CREATE TABLE users.user_dysregulating_factors (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    factor               text NOT NULL CHECK (char_length(btrim(factor)) BETWEEN 1 AND 200),
    impact_level         smallint NOT NULL CHECK (impact_level BETWEEN 1 AND 10),
    frequency            users.frequency_level,
    early_warning_signs  text CHECK (char_length(early_warning_signs) <= 2000),
    mitigation           text CHECK (char_length(mitigation) <= 2000),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_dysregulating_factors_user_idx ON users.user_dysregulating_factors (user_id, impact_level DESC);

COMMENT ON TABLE users.user_dysregulating_factors IS 'Factors that cause dysregulation, with early warning signs and mitigation.';

CREATE TABLE users.user_role_model_traits (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    role_model      text NOT NULL CHECK (char_length(btrim(role_model)) BETWEEN 1 AND 120),
    role_model_kind users.role_model_kind NOT NULL,
    trait           text NOT NULL CHECK (char_length(btrim(trait)) BETWEEN 1 AND 200),
    why_admired     text CHECK (char_length(why_admired) <= 2000),
    importance      smallint CHECK (importance BETWEEN 1 AND 10),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_role_model_traits_user_idx ON users.user_role_model_traits (user_id);

COMMENT ON TABLE users.user_role_model_traits IS 'Admired traits and the role models who embody them.';

CREATE TABLE users.user_growth_milestones (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    title            text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    description      text CHECK (char_length(description) <= 4000),
    achieved_on      date NOT NULL CHECK (achieved_on >= DATE '1900-01-01'),
    significance     smallint CHECK (significance BETWEEN 1 AND 10),
    related_goal_id  uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_growth_milestones_goal_fkey FOREIGN KEY (related_goal_id, user_id)
        REFERENCES users.user_goals (id, user_id) ON DELETE SET NULL (related_goal_id)
);

CREATE INDEX user_growth_milestones_user_idx ON users.user_growth_milestones (user_id, achieved_on DESC);

CREATE INDEX user_growth_milestones_goal_idx ON users.user_growth_milestones (related_goal_id);

COMMENT ON TABLE users.user_growth_milestones IS 'Personal growth achievements, optionally tied to one of the user''s goals.';

CREATE TABLE users.user_emotional_patterns (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    emotion           text NOT NULL CHECK (char_length(btrim(emotion)) BETWEEN 1 AND 100),
    trigger_context   text CHECK (char_length(trigger_context) <= 2000),
    typical_response  text CHECK (char_length(typical_response) <= 2000),
    intensity         smallint CHECK (intensity BETWEEN 1 AND 10),
    frequency         users.frequency_level,
    time_of_day       users.time_of_day,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_emotional_patterns_user_idx ON users.user_emotional_patterns (user_id, emotion);

COMMENT ON TABLE users.user_emotional_patterns IS 'How the user typically responds emotionally, and in which context.';

CREATE TABLE users.user_relationship_dynamics (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    person_id         uuid,
    dynamic           text NOT NULL CHECK (char_length(btrim(dynamic)) BETWEEN 1 AND 300),
    attachment_style  users.attachment_style NOT NULL DEFAULT 'unknown',
    conflict_pattern  text CHECK (char_length(conflict_pattern) <= 2000),
    health_score      smallint CHECK (health_score BETWEEN 1 AND 10),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_relationship_dynamics_person_fkey FOREIGN KEY (person_id, user_id)
        REFERENCES users.user_people (id, user_id) ON DELETE SET NULL (person_id)
);

CREATE INDEX user_relationship_dynamics_user_idx ON users.user_relationship_dynamics (user_id);

CREATE INDEX user_relationship_dynamics_person_idx ON users.user_relationship_dynamics (person_id);

COMMENT ON TABLE users.user_relationship_dynamics IS 'Relationship patterns (attachment style, conflict pattern), optionally about a specific person.';

CREATE TABLE users.user_growth_opportunities (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    area         text NOT NULL CHECK (char_length(btrim(area)) BETWEEN 1 AND 200),
    description  text CHECK (char_length(description) <= 4000),
    status       users.growth_status NOT NULL DEFAULT 'identified',
    readiness    smallint CHECK (readiness BETWEEN 1 AND 10),
    priority     smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_growth_opportunities_user_idx ON users.user_growth_opportunities (user_id, status, priority);

COMMENT ON TABLE users.user_growth_opportunities IS 'Areas for growth the companion may gently work on, with readiness.';

CREATE TABLE users.user_risk_factors (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    factor               text NOT NULL CHECK (char_length(btrim(factor)) BETWEEN 1 AND 300),
    category             users.risk_category NOT NULL,
    severity             users.severity_level NOT NULL,
    is_current           boolean NOT NULL DEFAULT true,
    protective_measures  text CHECK (char_length(protective_measures) <= 4000),
    identified_at        timestamptz NOT NULL DEFAULT now(),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_risk_factors_user_idx ON users.user_risk_factors (user_id, severity DESC) WHERE is_current;

COMMENT ON TABLE users.user_risk_factors IS 'Risk factors and safety concerns; current high/critical ones inform crisis handling.';

CREATE TABLE users.user_strengths (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    strength    text NOT NULL CHECK (char_length(btrim(strength)) BETWEEN 1 AND 200),
    category    users.strength_category NOT NULL,
    confidence  smallint CHECK (confidence BETWEEN 1 AND 10),
    evidence    text CHECK (char_length(evidence) <= 4000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_strengths_user_idx ON users.user_strengths (user_id, category);

COMMENT ON TABLE users.user_strengths IS 'Personal strengths and resources the user can draw on.';

CREATE TABLE users.user_mood_trends (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    recorded_on   date NOT NULL CHECK (recorded_on >= DATE '2000-01-01'),
    source        users.mood_source NOT NULL DEFAULT 'self_report',
    mood_score    smallint NOT NULL CHECK (mood_score BETWEEN 1 AND 10),
    energy_level  smallint CHECK (energy_level BETWEEN 1 AND 10),
    anxiety_level smallint CHECK (anxiety_level BETWEEN 1 AND 10),
    sleep_hours   numeric(3,1) CHECK (sleep_hours BETWEEN 0 AND 24),
    note          text CHECK (char_length(note) <= 2000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_mood_trends_one_per_day UNIQUE (user_id, recorded_on, source)
);

COMMENT ON TABLE users.user_mood_trends IS 'Daily mood tracking (one entry per day and source); the unique key also serves the time-range access path.';

CREATE TABLE users.user_emotional_states (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    conversation_id  uuid,
    emotion          text NOT NULL CHECK (char_length(btrim(emotion)) BETWEEN 1 AND 100),
    intensity        smallint NOT NULL CHECK (intensity BETWEEN 1 AND 10),
    valence          smallint CHECK (valence BETWEEN -5 AND 5),
    arousal          smallint CHECK (arousal BETWEEN 1 AND 10),
    context          text CHECK (char_length(context) <= 2000),
    observed_at      timestamptz NOT NULL DEFAULT now(),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_emotional_states_conversation_fkey FOREIGN KEY (conversation_id, user_id)
        REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id)
);

CREATE INDEX user_emotional_states_user_time_idx ON users.user_emotional_states (user_id, observed_at DESC);

CREATE INDEX user_emotional_states_conversation_idx ON users.user_emotional_states (conversation_id);

COMMENT ON TABLE users.user_emotional_states IS 'Specific emotional states observed at a point in time (valence -5..5, intensity/arousal 1..10).';

CREATE TABLE users.user_support_system (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    person_id           uuid,
    name                text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    support_type        users.support_type NOT NULL,
    availability        users.availability_level NOT NULL DEFAULT 'sometimes',
    reliability         smallint CHECK (reliability BETWEEN 1 AND 10),
    is_crisis_contact   boolean NOT NULL DEFAULT false,
    contact_hint        text CHECK (char_length(contact_hint) <= 200),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_support_system_person_fkey FOREIGN KEY (person_id, user_id)
        REFERENCES users.user_people (id, user_id) ON DELETE SET NULL (person_id)
);

CREATE INDEX user_support_system_user_idx ON users.user_support_system (user_id, support_type);

CREATE INDEX user_support_system_crisis_idx ON users.user_support_system (user_id) WHERE is_crisis_contact;

CREATE INDEX user_support_system_person_idx ON users.user_support_system (person_id);

COMMENT ON TABLE users.user_support_system IS 'The user''s support network; crisis contacts are indexed for the safety flow.';

CREATE TABLE users.user_current_stressors (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    stressor         text NOT NULL CHECK (char_length(btrim(stressor)) BETWEEN 1 AND 300),
    category         users.stressor_category NOT NULL,
    severity         smallint NOT NULL CHECK (severity BETWEEN 1 AND 10),
    started_on       date CHECK (started_on >= DATE '1900-01-01'),
    expected_end_on  date,
    resolved_on      date,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_current_stressors_expected_end_order CHECK (expected_end_on IS NULL OR started_on IS NULL OR expected_end_on >= started_on),
    CONSTRAINT user_current_stressors_resolved_order CHECK (resolved_on IS NULL OR started_on IS NULL OR resolved_on >= started_on)
);

CREATE INDEX user_current_stressors_open_idx ON users.user_current_stressors (user_id, severity DESC) WHERE resolved_on IS NULL;

CREATE INDEX user_current_stressors_user_idx ON users.user_current_stressors (user_id);

COMMENT ON TABLE users.user_current_stressors IS 'Current stressors; a stressor stays "current" until resolved_on is set.';

CREATE TABLE users.user_daily_habits (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    habit           text NOT NULL CHECK (char_length(btrim(habit)) BETWEEN 1 AND 200),
    effect          users.habit_effect NOT NULL DEFAULT 'neutral',
    days_per_week   smallint CHECK (days_per_week BETWEEN 0 AND 7),
    time_of_day     users.time_of_day,
    consistency     smallint CHECK (consistency BETWEEN 1 AND 10),
    wants_to_change boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX user_daily_habits_user_idx ON users.user_daily_habits (user_id, time_of_day);

COMMENT ON TABLE users.user_daily_habits IS 'Daily routines and habits, and whether the user wants to change them.';

CREATE TABLE users.user_substance_use (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    substance            text NOT NULL CHECK (char_length(btrim(substance)) BETWEEN 1 AND 100),
    frequency            users.frequency_level NOT NULL,
    typical_amount       text CHECK (char_length(typical_amount) <= 200),
    last_used_on         date CHECK (last_used_on >= DATE '1900-01-01'),
    concern_level        smallint CHECK (concern_level BETWEEN 1 AND 10),
    is_current           boolean NOT NULL DEFAULT true,
    in_recovery_since    date CHECK (in_recovery_since >= DATE '1900-01-01'),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX user_substance_use_user_substance_key ON users.user_substance_use (user_id, lower(substance));

COMMENT ON TABLE users.user_substance_use IS 'Substance use patterns (one row per substance), including recovery.';

CREATE TABLE users.user_previous_therapy (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    modality        text NOT NULL CHECK (char_length(btrim(modality)) BETWEEN 1 AND 100),
    provider_type   users.therapy_provider_type NOT NULL,
    started_on      date CHECK (started_on >= DATE '1900-01-01'),
    ended_on        date,
    helpfulness     smallint CHECK (helpfulness BETWEEN 1 AND 10),
    reason_ended    text CHECK (char_length(reason_ended) <= 1000),
    notes           text CHECK (char_length(notes) <= 4000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_previous_therapy_dates_ordered CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);

CREATE INDEX user_previous_therapy_user_idx ON users.user_previous_therapy (user_id, started_on DESC);

COMMENT ON TABLE users.user_previous_therapy IS 'Past therapy experiences: modality, provider, how helpful it was.';

CREATE TABLE users.user_suicidal_thoughts (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    crisis_flag_id         uuid,
    recorded_at            timestamptz NOT NULL DEFAULT now(),
    ideation_level         users.ideation_level NOT NULL,
    intensity              smallint CHECK (intensity BETWEEN 0 AND 10),
    has_plan               boolean NOT NULL DEFAULT false,
    has_means              boolean NOT NULL DEFAULT false,
    has_intent             boolean NOT NULL DEFAULT false,
    protective_factors     text CHECK (char_length(protective_factors) <= 4000),
    safety_plan_reviewed   boolean NOT NULL DEFAULT false,
    notes                  text CHECK (char_length(notes) <= 4000),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_suicidal_thoughts_crisis_flag_fkey FOREIGN KEY (crisis_flag_id, user_id)
        REFERENCES users.user_crisis_flags (id, user_id) ON DELETE SET NULL (crisis_flag_id),
    CONSTRAINT user_suicidal_thoughts_plan_matches_level CHECK (NOT has_plan OR ideation_level IN ('active_with_plan', 'active_with_intent')),
    CONSTRAINT user_suicidal_thoughts_intent_matches_level CHECK (NOT has_intent OR ideation_level = 'active_with_intent'),
    CONSTRAINT user_suicidal_thoughts_none_is_zero CHECK (ideation_level <> 'none' OR coalesce(intensity, 0) = 0)
);

CREATE INDEX user_suicidal_thoughts_user_time_idx ON users.user_suicidal_thoughts (user_id, recorded_at DESC);

CREATE INDEX user_suicidal_thoughts_crisis_flag_idx ON users.user_suicidal_thoughts (crisis_flag_id);

COMMENT ON TABLE users.user_suicidal_thoughts IS 'Suicidal ideation tracking (structured risk assessment). Highly sensitive: only the user and the safety service may write; admins read.';
COMMENT ON COLUMN users.user_suicidal_thoughts.intensity IS '0 (none) .. 10 (overwhelming).';

CREATE TABLE users.user_insight_notes (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    conversation_id  uuid,
    insight          text NOT NULL CHECK (char_length(btrim(insight)) BETWEEN 1 AND 4000),
    category         text CHECK (char_length(category) <= 100),
    source           users.insight_source NOT NULL DEFAULT 'assistant',
    importance       smallint CHECK (importance BETWEEN 1 AND 10),
    is_pinned        boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_insight_notes_conversation_fkey FOREIGN KEY (conversation_id, user_id)
        REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id)
);

CREATE INDEX user_insight_notes_user_idx ON users.user_insight_notes (user_id, is_pinned DESC, created_at DESC);

CREATE INDEX user_insight_notes_conversation_idx ON users.user_insight_notes (conversation_id);

COMMENT ON TABLE users.user_insight_notes IS 'Therapeutic insights noted by the user, the assistant or a therapist.';

CREATE TABLE users.user_ai_preferences (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    tone                   users.ai_tone NOT NULL DEFAULT 'warm',
    response_length        users.response_length NOT NULL DEFAULT 'balanced',
    use_humor              boolean NOT NULL DEFAULT true,
    challenge_level        smallint NOT NULL DEFAULT 5 CHECK (challenge_level BETWEEN 1 AND 10),
    language               users.language_code NOT NULL DEFAULT 'en',
    check_in_frequency     users.check_in_frequency NOT NULL DEFAULT 'weekly',
    topics_to_avoid        text[] NOT NULL DEFAULT '{}',
    preferred_techniques   text[] NOT NULL DEFAULT '{}',
    crisis_contact_consent boolean NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_ai_preferences_user_key UNIQUE (user_id)
);

COMMENT ON TABLE users.user_ai_preferences IS 'How the user wants the companion to talk to them (one row per user).';
COMMENT ON COLUMN users.user_ai_preferences.crisis_contact_consent IS 'Whether the user consented to their crisis contacts being notified in an emergency.';

CREATE TABLE users.user_sleep_routine (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    usual_bedtime     time,
    usual_wake_time   time,
    average_hours     numeric(3,1) CHECK (average_hours BETWEEN 0 AND 24),
    quality           smallint CHECK (quality BETWEEN 1 AND 10),
    issues            text[] NOT NULL DEFAULT '{}',
    wind_down_routine text CHECK (char_length(wind_down_routine) <= 2000),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_sleep_routine_user_key UNIQUE (user_id)
);

COMMENT ON TABLE users.user_sleep_routine IS 'The user''s usual sleep pattern (one row per user; nightly data lives in user_mood_trends.sleep_hours).';

CREATE TABLE users.user_relationship_status (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    partner_person_id  uuid,
    status             users.relationship_status_kind NOT NULL,
    since              date CHECK (since >= DATE '1900-01-01'),
    satisfaction       smallint CHECK (satisfaction BETWEEN 1 AND 10),
    is_current         boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_relationship_status_partner_fkey FOREIGN KEY (partner_person_id, user_id)
        REFERENCES users.user_people (id, user_id) ON DELETE SET NULL (partner_person_id)
);

CREATE UNIQUE INDEX user_relationship_status_current_key ON users.user_relationship_status (user_id) WHERE is_current;

CREATE INDEX user_relationship_status_user_idx ON users.user_relationship_status (user_id, since DESC);

CREATE INDEX user_relationship_status_partner_idx ON users.user_relationship_status (partner_person_id);

COMMENT ON TABLE users.user_relationship_status IS 'Relationship status history; at most one current row per user (partial unique index).';

CREATE TABLE users.user_living_situation (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    arrangement        users.living_arrangement NOT NULL,
    household_size     smallint CHECK (household_size BETWEEN 1 AND 30),
    housing_stability  smallint CHECK (housing_stability BETWEEN 1 AND 10),
    feels_safe         boolean,
    since              date CHECK (since >= DATE '1900-01-01'),
    is_current         boolean NOT NULL DEFAULT true,
    notes              text CHECK (char_length(notes) <= 2000),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_living_situation_alone_is_one CHECK (arrangement <> 'alone' OR household_size IS NULL OR household_size = 1)
);

CREATE UNIQUE INDEX user_living_situation_current_key ON users.user_living_situation (user_id) WHERE is_current;

CREATE INDEX user_living_situation_user_idx ON users.user_living_situation (user_id, since DESC);

COMMENT ON TABLE users.user_living_situation IS 'Living arrangements history; at most one current row per user.';

CREATE TABLE users.user_spiritual_path (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    tradition              text CHECK (char_length(tradition) <= 200),
    practices              text[] NOT NULL DEFAULT '{}',
    importance             smallint CHECK (importance BETWEEN 1 AND 10),
    community_involvement  smallint CHECK (community_involvement BETWEEN 1 AND 10),
    beliefs                text CHECK (char_length(beliefs) <= 4000),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_spiritual_path_user_key UNIQUE (user_id)
);

COMMENT ON TABLE users.user_spiritual_path IS 'Spiritual beliefs and practices (one row per user).';

CREATE TABLE users.user_value_compass (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    value_name   text NOT NULL CHECK (char_length(btrim(value_name)) BETWEEN 1 AND 100),
    rank         smallint NOT NULL CHECK (rank BETWEEN 1 AND 50),
    importance   smallint NOT NULL CHECK (importance BETWEEN 1 AND 10),
    alignment    smallint CHECK (alignment BETWEEN 1 AND 10),
    reflection   text CHECK (char_length(reflection) <= 2000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_value_compass_rank_key UNIQUE (user_id, rank) DEFERRABLE INITIALLY DEFERRED
);

CREATE UNIQUE INDEX user_value_compass_value_key ON users.user_value_compass (user_id, lower(value_name));

COMMENT ON TABLE users.user_value_compass IS 'The user''s ranked personal values ("value compass") and how aligned their life currently is with each.';
COMMENT ON CONSTRAINT user_value_compass_rank_key ON users.user_value_compass IS 'Deferred so that a re-ranking can swap ranks within one transaction.';
