-- 20251027090000_v2_domains (up): written by `schemac migrate new` from the difference between the
-- migrations before it and the schema files (v2-domains-next-to-legacy).
-- hazards: long-scan

SET search_path = public;
SET check_function_bodies = false;

-- create schema users
CREATE SCHEMA users;

-- create schema calendar
CREATE SCHEMA calendar;

-- create schema analytics
CREATE SCHEMA analytics;

-- create extension citext
CREATE EXTENSION citext WITH SCHEMA public;

-- create extension pg_trgm
CREATE EXTENSION pg_trgm WITH SCHEMA public;

-- create type users.account_role
CREATE TYPE users.account_role AS ENUM ('member', 'parent', 'teacher', 'student', 'admin');

-- create type users.account_status
CREATE TYPE users.account_status AS ENUM ('pending_verification', 'active', 'locked', 'suspended', 'deactivated');

-- create type users.auth_provider
CREATE TYPE users.auth_provider AS ENUM ('password', 'magic_link', 'google', 'apple', 'microsoft');

-- create type users.auth_token_purpose
CREATE TYPE users.auth_token_purpose AS ENUM ('email_verification', 'password_reset', 'magic_link', 'mfa_recovery');

-- create type users.session_end_reason
CREATE TYPE users.session_end_reason AS ENUM ('logout', 'expired', 'revoked_by_user', 'revoked_by_admin', 'password_changed', 'suspicious_activity');

-- create type users.login_failure_reason
CREATE TYPE users.login_failure_reason AS ENUM ('unknown_email', 'bad_password', 'account_locked', 'account_suspended', 'mfa_failed', 'rate_limited');

-- create type users.organization_kind
CREATE TYPE users.organization_kind AS ENUM ('school', 'district', 'clinic', 'family', 'company');

-- create type users.organization_role
CREATE TYPE users.organization_role AS ENUM ('owner', 'admin', 'staff', 'member');

-- create type users.conversation_status
CREATE TYPE users.conversation_status AS ENUM ('active', 'paused', 'closed', 'archived');

-- create type users.message_role
CREATE TYPE users.message_role AS ENUM ('user', 'assistant', 'system', 'tool');

-- create type users.severity_level
CREATE TYPE users.severity_level AS ENUM ('low', 'moderate', 'high', 'critical');

-- create type users.crisis_status
CREATE TYPE users.crisis_status AS ENUM ('open', 'acknowledged', 'escalated', 'resolved', 'dismissed');

-- create type users.crisis_category
CREATE TYPE users.crisis_category AS ENUM ('suicidal_ideation', 'self_harm', 'harm_to_others', 'abuse', 'medical', 'substance', 'other');

-- create type users.detection_source
CREATE TYPE users.detection_source AS ENUM ('model', 'keyword', 'user_report', 'staff', 'import');

-- create type users.feedback_kind
CREATE TYPE users.feedback_kind AS ENUM ('helpful', 'not_helpful', 'inaccurate', 'unsafe', 'too_long', 'too_short', 'other');

-- create type users.person_relationship
CREATE TYPE users.person_relationship AS ENUM ('parent', 'sibling', 'child', 'partner', 'ex_partner', 'friend', 'colleague', 'mentor', 'therapist', 'relative', 'other');

-- create type users.coping_category
CREATE TYPE users.coping_category AS ENUM ('breathing', 'grounding', 'movement', 'creative', 'social', 'cognitive', 'mindfulness', 'sensory', 'other');

-- create type users.goal_category
CREATE TYPE users.goal_category AS ENUM ('therapeutic', 'personal', 'health', 'relationship', 'career', 'education', 'financial');

-- create type users.goal_status
CREATE TYPE users.goal_status AS ENUM ('active', 'paused', 'achieved', 'abandoned');

-- create type users.frequency_level
CREATE TYPE users.frequency_level AS ENUM ('rarely', 'occasionally', 'weekly', 'several_times_weekly', 'daily', 'multiple_daily');

-- create type users.lineage
CREATE TYPE users.lineage AS ENUM ('maternal', 'paternal', 'both', 'unknown');

-- create type users.role_model_kind
CREATE TYPE users.role_model_kind AS ENUM ('personal', 'public_figure', 'historical', 'fictional');

-- create type users.attachment_style
CREATE TYPE users.attachment_style AS ENUM ('secure', 'anxious', 'avoidant', 'disorganized', 'unknown');

-- create type users.growth_status
CREATE TYPE users.growth_status AS ENUM ('identified', 'exploring', 'practicing', 'integrated');

-- create type users.risk_category
CREATE TYPE users.risk_category AS ENUM ('self_harm', 'substance', 'isolation', 'financial', 'health', 'environmental', 'relational', 'legal', 'other');

-- create type users.strength_category
CREATE TYPE users.strength_category AS ENUM ('character', 'skill', 'relational', 'resource', 'spiritual', 'physical');

-- create type users.mood_source
CREATE TYPE users.mood_source AS ENUM ('self_report', 'check_in', 'inferred');

-- create type users.support_type
CREATE TYPE users.support_type AS ENUM ('emotional', 'practical', 'informational', 'professional', 'crisis', 'peer');

-- create type users.availability_level
CREATE TYPE users.availability_level AS ENUM ('always', 'usually', 'sometimes', 'rarely');

-- create type users.stressor_category
CREATE TYPE users.stressor_category AS ENUM ('work', 'financial', 'relationship', 'health', 'family', 'housing', 'academic', 'legal', 'grief', 'other');

-- create type users.time_of_day
CREATE TYPE users.time_of_day AS ENUM ('morning', 'midday', 'afternoon', 'evening', 'night', 'variable');

-- create type users.habit_effect
CREATE TYPE users.habit_effect AS ENUM ('helpful', 'neutral', 'harmful');

-- create type users.therapy_provider_type
CREATE TYPE users.therapy_provider_type AS ENUM ('psychologist', 'psychiatrist', 'counselor', 'social_worker', 'coach', 'group', 'peer_support', 'other');

-- create type users.ideation_level
CREATE TYPE users.ideation_level AS ENUM ('none', 'passive', 'active_no_plan', 'active_with_plan', 'active_with_intent');

-- create type users.insight_source
CREATE TYPE users.insight_source AS ENUM ('user', 'assistant', 'therapist');

-- create type users.ai_tone
CREATE TYPE users.ai_tone AS ENUM ('warm', 'direct', 'playful', 'reflective', 'clinical');

-- create type users.response_length
CREATE TYPE users.response_length AS ENUM ('brief', 'balanced', 'detailed');

-- create type users.check_in_frequency
CREATE TYPE users.check_in_frequency AS ENUM ('never', 'daily', 'every_few_days', 'weekly');

-- create type users.relationship_status_kind
CREATE TYPE users.relationship_status_kind AS ENUM ('single', 'dating', 'partnered', 'engaged', 'married', 'separated', 'divorced', 'widowed', 'complicated', 'undisclosed');

-- create type users.living_arrangement
CREATE TYPE users.living_arrangement AS ENUM ('alone', 'with_partner', 'with_family', 'with_roommates', 'shared_housing', 'supported_housing', 'temporary', 'unhoused', 'other');

-- create type calendar.media_kind
CREATE TYPE calendar.media_kind AS ENUM ('image', 'video', 'audio', 'document');

-- create type calendar.media_status
CREATE TYPE calendar.media_status AS ENUM ('pending_upload', 'uploaded', 'processing', 'ready', 'failed', 'deleted');

-- create type calendar.content_filter_level
CREATE TYPE calendar.content_filter_level AS ENUM ('strict', 'moderate', 'relaxed');

-- create type calendar.calendar_status
CREATE TYPE calendar.calendar_status AS ENUM ('draft', 'published', 'archived');

-- create type calendar.day_content_type
CREATE TYPE calendar.day_content_type AS ENUM ('message', 'image', 'video', 'audio', 'activity', 'surprise');

-- create type calendar.surprise_unlock_rule
CREATE TYPE calendar.surprise_unlock_rule AS ENUM ('with_day', 'after_all_opened', 'final_day');

-- create type calendar.chat_session_status
CREATE TYPE calendar.chat_session_status AS ENUM ('active', 'ended', 'expired');

-- create type calendar.chat_sender
CREATE TYPE calendar.chat_sender AS ENUM ('child', 'parent', 'assistant', 'system');

-- create type calendar.moderation_result
CREATE TYPE calendar.moderation_result AS ENUM ('clean', 'filtered', 'blocked');

-- create type calendar.memory_kind
CREATE TYPE calendar.memory_kind AS ENUM ('fact', 'preference', 'emotion', 'event', 'question', 'relationship');

-- create type analytics.calendar_event_type
CREATE TYPE analytics.calendar_event_type AS ENUM ('view', 'share', 'publish', 'unpublish', 'lock', 'unlock', 'archive');

-- create type analytics.share_channel
CREATE TYPE analytics.share_channel AS ENUM ('link', 'email', 'whatsapp', 'sms', 'social', 'other');

-- create type analytics.device_type
CREATE TYPE analytics.device_type AS ENUM ('desktop', 'mobile', 'tablet', 'tv', 'unknown');

-- create type analytics.chat_end_reason
CREATE TYPE analytics.chat_end_reason AS ENUM ('user_left', 'timeout', 'limit_reached', 'moderation', 'error');

-- create type analytics.telemetry_source
CREATE TYPE analytics.telemetry_source AS ENUM ('web', 'ios', 'android', 'server', 'worker');

-- create type analytics.metric_kind
CREATE TYPE analytics.metric_kind AS ENUM ('counter', 'gauge', 'histogram', 'timer');

-- create type analytics.nps_category
CREATE TYPE analytics.nps_category AS ENUM ('detractor', 'passive', 'promoter');

-- create type analytics.audit_action
CREATE TYPE analytics.audit_action AS ENUM ('insert', 'update', 'delete', 'login', 'logout', 'permission_change', 'export');

-- create sequence analytics.audit_log_id_seq
CREATE SEQUENCE analytics.audit_log_id_seq;

-- create domain users.email_address
CREATE DOMAIN users.email_address AS citext CONSTRAINT email_address_format CHECK (value ~ E'^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$' AND char_length(value) <= 254);

-- create domain users.language_code
CREATE DOMAIN users.language_code AS text CONSTRAINT language_code_format CHECK (value ~ '^[a-z]{2,3}(-[A-Z]{2})?$');

-- create function users.current_user_id()
CREATE FUNCTION users.current_user_id()
  RETURNS uuid
  LANGUAGE sql
  STABLE PARALLEL SAFE
AS $function$
    SELECT nullif(current_setting('app.user_id', true), '')::uuid
$function$;

-- create function users.set_updated_at()
CREATE FUNCTION users.set_updated_at()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$function$;

-- create function users.bump_conversation_stats()
CREATE FUNCTION users.bump_conversation_stats()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE users.user_conversations AS c
           SET message_count   = c.message_count + d.n,
               last_message_at = greatest(c.last_message_at, d.last_at)
          FROM (SELECT conversation_id, count(*) AS n, max(created_at) AS last_at
                  FROM new_rows
                 GROUP BY conversation_id) AS d
         WHERE c.id = d.conversation_id;
    ELSE
        UPDATE users.user_conversations AS c
           SET message_count   = greatest(c.message_count - d.n, 0),
               last_message_at = (SELECT max(m.created_at)
                                    FROM users.user_conversation_messages AS m
                                   WHERE m.conversation_id = c.id)
          FROM (SELECT conversation_id, count(*) AS n
                  FROM old_rows
                 GROUP BY conversation_id) AS d
         WHERE c.id = d.conversation_id;
    END IF;
    RETURN NULL;
END;
$function$;

-- create function users.stamp_password_change()
CREATE FUNCTION users.stamp_password_change()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        NEW.password_changed_at := now();
    END IF;
    RETURN NEW;
END;
$function$;

-- create function users.end_sessions_on_credential_change()
CREATE FUNCTION users.end_sessions_on_credential_change()
  RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
DECLARE
    reason users.session_end_reason;
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        reason := 'password_changed';
    ELSIF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('locked', 'suspended', 'deactivated') THEN
        reason := 'revoked_by_admin';
    ELSE
        RETURN NULL;
    END IF;
    UPDATE users.account_session
       SET ended_at = now(), end_reason = reason
     WHERE account_id = NEW.id
       AND ended_at IS NULL;
    RETURN NULL;
END;
$function$;

-- create function users.is_org_member(uuid)
CREATE FUNCTION users.is_org_member(p_organization_id uuid)
  RETURNS boolean
  LANGUAGE sql
  STABLE SECURITY DEFINER
  SET search_path TO ''
AS $function$
    SELECT EXISTS (
        SELECT 1
          FROM users.organization_member AS m
         WHERE m.organization_id = p_organization_id
           AND m.account_id = users.current_user_id()
    )
$function$;

-- create function users.is_org_admin(uuid)
CREATE FUNCTION users.is_org_admin(p_organization_id uuid)
  RETURNS boolean
  LANGUAGE sql
  STABLE SECURITY DEFINER
  SET search_path TO ''
AS $function$
    SELECT EXISTS (
        SELECT 1
          FROM users.organization_member AS m
         WHERE m.organization_id = p_organization_id
           AND m.account_id = users.current_user_id()
           AND m.role IN ('owner', 'admin')
    )
$function$;

-- create function users.purge_expired_sessions(interval)
CREATE FUNCTION users.purge_expired_sessions(p_retention interval DEFAULT '30 days'::interval)
  RETURNS integer
  LANGUAGE plpgsql
AS $function$
DECLARE
    n_expired integer;
    n_sessions integer;
    n_tokens integer;
BEGIN
    UPDATE users.account_session
       SET ended_at = greatest(expires_at, created_at), end_reason = 'expired'
     WHERE ended_at IS NULL
       AND expires_at <= now();
    GET DIAGNOSTICS n_expired = ROW_COUNT;

    DELETE FROM users.account_session
     WHERE ended_at < now() - p_retention;
    GET DIAGNOSTICS n_sessions = ROW_COUNT;

    DELETE FROM users.auth_token
     WHERE expires_at < now() - p_retention;
    GET DIAGNOSTICS n_tokens = ROW_COUNT;

    RETURN n_expired + n_sessions + n_tokens;
END;
$function$;

-- create function calendar.apply_calendar_state()
CREATE FUNCTION calendar.apply_calendar_state()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    IF NEW.status = 'published' AND NEW.published_at IS NULL THEN
        NEW.published_at := now();
    END IF;
    IF NEW.is_locked AND NEW.locked_at IS NULL THEN
        NEW.locked_at := now();
    ELSIF NOT NEW.is_locked THEN
        NEW.locked_at := NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.is_locked AND NEW.is_locked
       AND (NEW.start_date, NEW.day_count) IS DISTINCT FROM (OLD.start_date, OLD.day_count) THEN
        RAISE EXCEPTION 'calendar % is locked: its dates cannot change', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$function$;

-- create function calendar.guard_calendar_day()
CREATE FUNCTION calendar.guard_calendar_day()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
DECLARE
    cal   record;
    probe calendar.calendar_day;
BEGIN
    SELECT c.is_locked, c.start_date, c.day_count
      INTO cal
      FROM calendar.advent_calendar AS c
     WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.calendar_id ELSE NEW.calendar_id END;

    IF TG_OP = 'DELETE' THEN
        IF FOUND AND cal.is_locked THEN
            RAISE EXCEPTION 'calendar % is locked: its days cannot be deleted', OLD.calendar_id
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;

    IF NEW.day_number > cal.day_count THEN
        RAISE EXCEPTION 'day % is outside calendar % (% days)', NEW.day_number, NEW.calendar_id, cal.day_count
            USING ERRCODE = 'check_violation';
    END IF;

    IF TG_OP = 'INSERT' THEN
        IF cal.is_locked THEN
            RAISE EXCEPTION 'calendar % is locked: days cannot be added', NEW.calendar_id
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.unlock_date IS NULL THEN
            NEW.unlock_date := cal.start_date + (NEW.day_number - 1);
        END IF;
        RETURN NEW;
    END IF;

    IF cal.is_locked THEN
        probe := NEW;
        probe.opened_at := OLD.opened_at;
        probe.reaction := OLD.reaction;
        probe.is_opened := OLD.is_opened;
        probe.updated_at := OLD.updated_at;
        IF probe IS DISTINCT FROM OLD THEN
            RAISE EXCEPTION 'calendar % is locked: only opened_at and reaction of a day can change', NEW.calendar_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$function$;

-- create function calendar.touch_chat_session()
CREATE FUNCTION calendar.touch_chat_session()
  RETURNS trigger
  LANGUAGE plpgsql
AS $function$
BEGIN
    UPDATE calendar.chat_session AS s
       SET message_count    = s.message_count + d.n,
           last_activity_at = greatest(s.last_activity_at, d.last_at),
           expires_at       = CASE WHEN s.status = 'active'
                                   THEN greatest(s.expires_at, d.last_at + interval '2 hours')
                                   ELSE s.expires_at END
      FROM (SELECT session_id, count(*) AS n, max(created_at) AS last_at
              FROM new_rows
             GROUP BY session_id) AS d
     WHERE s.id = d.session_id;
    RETURN NULL;
END;
$function$;

-- create function calendar.purge_expired_memory()
CREATE FUNCTION calendar.purge_expired_memory()
  RETURNS TABLE(sessions_expired integer, fragments_deleted integer)
  LANGUAGE plpgsql
AS $function$
BEGIN
    UPDATE calendar.chat_session
       SET status = 'expired', ended_at = greatest(expires_at, started_at)
     WHERE status = 'active'
       AND expires_at <= now();
    GET DIAGNOSTICS sessions_expired = ROW_COUNT;

    DELETE FROM calendar.memory_fragment
     WHERE expires_at <= now();
    GET DIAGNOSTICS fragments_deleted = ROW_COUNT;

    RETURN NEXT;
END;
$function$;

-- create function calendar.cosine_similarity(real[], real[])
CREATE FUNCTION calendar.cosine_similarity(a real[], b real[])
  RETURNS double precision
  LANGUAGE sql
  IMMUTABLE STRICT PARALLEL SAFE
AS $function$
    SELECT sum(x::double precision * y) / nullif(sqrt(sum(x::double precision * x)) * sqrt(sum(y::double precision * y)), 0)
      FROM unnest(a, b) AS v (x, y)
$function$;

-- create function calendar.nearest_memories(uuid, real[], integer)
CREATE FUNCTION calendar.nearest_memories(p_child_profile_id uuid, p_query real[], p_limit integer DEFAULT 10)
  RETURNS TABLE(memory_id uuid, kind calendar.memory_kind, content text, similarity double precision)
  LANGUAGE sql
  STABLE
AS $function$
    SELECT e.id, e.kind, e.content, calendar.cosine_similarity(e.embedding, p_query) AS similarity
      FROM calendar.memory_embedding AS e
     WHERE e.child_profile_id = p_child_profile_id
       AND e.embedding_dim = cardinality(p_query)
     ORDER BY similarity DESC NULLS LAST, e.importance DESC
     LIMIT p_limit
$function$;

-- create function analytics.audit_row_change()
CREATE FUNCTION analytics.audit_row_change()
  RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path TO ''
AS $function$
DECLARE
    redacted  text[] := coalesce(TG_ARGV, '{}'::text[]);
    old_image jsonb;
    new_image jsonb;
    changed   text[];
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_image := to_jsonb(OLD) - redacted;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        new_image := to_jsonb(NEW) - redacted;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(n.key ORDER BY n.key)
          INTO changed
          FROM jsonb_each(to_jsonb(NEW)) AS n
         WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key
           AND n.key <> 'updated_at';
        IF changed IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;

    INSERT INTO analytics.audit_log
        (actor_account_id, actor_role, action, schema_name, table_name, row_id, changed_columns, old_data, new_data)
    VALUES
        (users.current_user_id(), session_user, lower(TG_OP)::analytics.audit_action, TG_TABLE_SCHEMA, TG_TABLE_NAME,
         coalesce(new_image, old_image) ->> 'id', changed, old_image, new_image);
    RETURN NULL;
END;
$function$;

-- create table users.account
CREATE TABLE users.account (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    legacy_id integer,
    email users.email_address NOT NULL,
    email_verified_at timestamp with time zone,
    display_name text NOT NULL,
    role users.account_role DEFAULT 'member' NOT NULL,
    status users.account_status DEFAULT 'pending_verification' NOT NULL,
    auth_provider users.auth_provider DEFAULT 'password' NOT NULL,
    password_hash text,
    password_changed_at timestamp with time zone,
    mfa_enabled boolean DEFAULT false NOT NULL,
    mfa_secret_encrypted bytea,
    failed_login_count integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    last_login_at timestamp with time zone,
    last_login_ip inet,
    locale users.language_code DEFAULT 'en' NOT NULL,
    time_zone text DEFAULT 'UTC' NOT NULL,
    terms_accepted_at timestamp with time zone,
    deactivated_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT account_display_name_check CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 120),
    CONSTRAINT account_failed_login_count_check CHECK (failed_login_count >= 0),
    CONSTRAINT account_time_zone_check CHECK (char_length(time_zone) BETWEEN 1 AND 64),
    CONSTRAINT account_password_required CHECK (auth_provider <> 'password' OR password_hash IS NOT NULL),
    CONSTRAINT account_password_hash_format CHECK (password_hash IS NULL OR password_hash ~ E'^\\$(argon2id|2[aby])\\$'),
    CONSTRAINT account_mfa_secret_present CHECK (NOT mfa_enabled OR mfa_secret_encrypted IS NOT NULL),
    CONSTRAINT account_locked_until_when_locked CHECK (status <> 'locked' OR locked_until IS NOT NULL),
    CONSTRAINT account_deactivation_consistent CHECK ((status = 'deactivated') = (deactivated_at IS NOT NULL)),
    CONSTRAINT account_pkey PRIMARY KEY (id),
    CONSTRAINT account_email_key UNIQUE (email),
    CONSTRAINT account_legacy_id_key UNIQUE (legacy_id)
);
ALTER TABLE users.account ENABLE ROW LEVEL SECURITY;

-- create table users.account_session
CREATE TABLE users.account_session (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    token_hash bytea NOT NULL,
    created_ip inet NOT NULL,
    last_seen_ip inet,
    user_agent text,
    device_label text,
    mfa_verified_at timestamp with time zone,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    end_reason users.session_end_reason,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT account_session_token_hash_check CHECK (octet_length(token_hash) = 32),
    CONSTRAINT account_session_user_agent_check CHECK (char_length(user_agent) <= 512),
    CONSTRAINT account_session_device_label_check CHECK (char_length(device_label) <= 120),
    CONSTRAINT account_session_expiry_after_start CHECK (expires_at > created_at),
    CONSTRAINT account_session_max_lifetime CHECK ((expires_at - created_at) <= '90 days'::interval),
    CONSTRAINT account_session_seen_after_start CHECK (last_seen_at >= created_at),
    CONSTRAINT account_session_end_consistent CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT account_session_mfa_after_start CHECK (mfa_verified_at IS NULL OR mfa_verified_at >= created_at),
    CONSTRAINT account_session_pkey PRIMARY KEY (id),
    CONSTRAINT account_session_token_hash_key UNIQUE (token_hash)
);
ALTER TABLE users.account_session ENABLE ROW LEVEL SECURITY;

-- add constraint account_session_account_id_fkey on users.account_session
ALTER TABLE users.account_session ADD CONSTRAINT account_session_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.auth_token
CREATE TABLE users.auth_token (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    purpose users.auth_token_purpose NOT NULL,
    token_hash bytea NOT NULL,
    sent_to users.email_address NOT NULL,
    requested_ip inet,
    expires_at timestamp with time zone NOT NULL,
    consumed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT auth_token_token_hash_check CHECK (octet_length(token_hash) = 32),
    CONSTRAINT auth_token_lifetime CHECK (expires_at > created_at AND (expires_at - created_at) <= '7 days'::interval),
    CONSTRAINT auth_token_consumed_in_time CHECK (consumed_at IS NULL OR (consumed_at >= created_at AND consumed_at <= expires_at)),
    CONSTRAINT auth_token_pkey PRIMARY KEY (id),
    CONSTRAINT auth_token_token_hash_key UNIQUE (token_hash)
);
ALTER TABLE users.auth_token ENABLE ROW LEVEL SECURITY;

-- add constraint auth_token_account_id_fkey on users.auth_token
ALTER TABLE users.auth_token ADD CONSTRAINT auth_token_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.login_attempt
CREATE TABLE users.login_attempt (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid,
    email_attempted citext NOT NULL,
    ip inet NOT NULL,
    user_agent text,
    succeeded boolean NOT NULL,
    failure_reason users.login_failure_reason,
    attempted_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT login_attempt_email_attempted_check CHECK (char_length(email_attempted) <= 320),
    CONSTRAINT login_attempt_user_agent_check CHECK (char_length(user_agent) <= 512),
    CONSTRAINT login_attempt_reason_iff_failed CHECK (succeeded = (failure_reason IS NULL)),
    CONSTRAINT login_attempt_pkey PRIMARY KEY (id)
);
ALTER TABLE users.login_attempt ENABLE ROW LEVEL SECURITY;

-- add constraint login_attempt_account_id_fkey on users.login_attempt
ALTER TABLE users.login_attempt ADD CONSTRAINT login_attempt_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table users.organization
CREATE TABLE users.organization (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    kind users.organization_kind NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT organization_name_check CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT organization_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 64),
    CONSTRAINT organization_pkey PRIMARY KEY (id),
    CONSTRAINT organization_slug_key UNIQUE (slug)
);
ALTER TABLE users.organization ENABLE ROW LEVEL SECURITY;

-- add constraint organization_created_by_fkey on users.organization
ALTER TABLE users.organization ADD CONSTRAINT organization_created_by_fkey FOREIGN KEY (created_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table users.organization_member
CREATE TABLE users.organization_member (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    account_id uuid NOT NULL,
    role users.organization_role DEFAULT 'member' NOT NULL,
    invited_by uuid,
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT organization_member_pkey PRIMARY KEY (id),
    CONSTRAINT organization_member_unique UNIQUE (organization_id, account_id)
);
ALTER TABLE users.organization_member ENABLE ROW LEVEL SECURITY;

-- add constraint organization_member_organization_id_fkey on users.organization_member
ALTER TABLE users.organization_member ADD CONSTRAINT organization_member_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES users.organization (id) ON DELETE CASCADE;

-- add constraint organization_member_account_id_fkey on users.organization_member
ALTER TABLE users.organization_member ADD CONSTRAINT organization_member_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint organization_member_invited_by_fkey on users.organization_member
ALTER TABLE users.organization_member ADD CONSTRAINT organization_member_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table users.user_profile_summary
CREATE TABLE users.user_profile_summary (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    preferred_name text,
    pronouns text,
    birth_year smallint,
    summary text DEFAULT '' NOT NULL,
    primary_concerns text[] DEFAULT '{}' NOT NULL,
    therapeutic_focus text,
    communication_notes text,
    wellbeing_score smallint,
    memory_version integer DEFAULT 1 NOT NULL,
    last_summarized_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_profile_summary_preferred_name_check CHECK (char_length(preferred_name) BETWEEN 1 AND 80),
    CONSTRAINT user_profile_summary_pronouns_check CHECK (char_length(pronouns) <= 40),
    CONSTRAINT user_profile_summary_birth_year_check CHECK (birth_year BETWEEN 1900 AND 2100),
    CONSTRAINT user_profile_summary_summary_check CHECK (char_length(summary) <= 8000),
    CONSTRAINT user_profile_summary_therapeutic_focus_check CHECK (char_length(therapeutic_focus) <= 2000),
    CONSTRAINT user_profile_summary_communication_notes_check CHECK (char_length(communication_notes) <= 2000),
    CONSTRAINT user_profile_summary_wellbeing_score_check CHECK (wellbeing_score BETWEEN 1 AND 10),
    CONSTRAINT user_profile_summary_memory_version_check CHECK (memory_version >= 1),
    CONSTRAINT user_profile_summary_pkey PRIMARY KEY (id),
    CONSTRAINT user_profile_summary_user_key UNIQUE (user_id)
);
ALTER TABLE users.user_profile_summary ENABLE ROW LEVEL SECURITY;

-- add constraint user_profile_summary_user_id_fkey on users.user_profile_summary
ALTER TABLE users.user_profile_summary ADD CONSTRAINT user_profile_summary_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_conversations
CREATE TABLE users.user_conversations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    title text,
    status users.conversation_status DEFAULT 'active' NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    ended_at timestamp with time zone,
    last_message_at timestamp with time zone,
    message_count integer DEFAULT 0 NOT NULL,
    summary text,
    mood_at_start smallint,
    mood_at_end smallint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_conversations_title_check CHECK (char_length(title) <= 200),
    CONSTRAINT user_conversations_message_count_check CHECK (message_count >= 0),
    CONSTRAINT user_conversations_summary_check CHECK (char_length(summary) <= 8000),
    CONSTRAINT user_conversations_mood_at_start_check CHECK (mood_at_start BETWEEN 1 AND 10),
    CONSTRAINT user_conversations_mood_at_end_check CHECK (mood_at_end BETWEEN 1 AND 10),
    CONSTRAINT user_conversations_ended_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT user_conversations_closed_has_end CHECK (status NOT IN ('closed', 'archived') OR ended_at IS NOT NULL),
    CONSTRAINT user_conversations_pkey PRIMARY KEY (id),
    CONSTRAINT user_conversations_id_user_key UNIQUE (id, user_id)
);
ALTER TABLE users.user_conversations ENABLE ROW LEVEL SECURITY;

-- add constraint user_conversations_user_id_fkey on users.user_conversations
ALTER TABLE users.user_conversations ADD CONSTRAINT user_conversations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_conversation_messages
CREATE TABLE users.user_conversation_messages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    conversation_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role users.message_role NOT NULL,
    content text NOT NULL,
    token_count integer,
    sentiment numeric(4,3),
    model text,
    is_flagged boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_conversation_messages_content_check CHECK (char_length(content) BETWEEN 1 AND 32000),
    CONSTRAINT user_conversation_messages_token_count_check CHECK (token_count >= 0),
    CONSTRAINT user_conversation_messages_sentiment_check CHECK (sentiment BETWEEN -1 AND 1),
    CONSTRAINT user_conversation_messages_model_check CHECK (char_length(model) <= 100),
    CONSTRAINT user_conversation_messages_model_for_assistant CHECK (role = 'assistant' OR model IS NULL),
    CONSTRAINT user_conversation_messages_pkey PRIMARY KEY (id),
    CONSTRAINT user_conversation_messages_id_user_key UNIQUE (id, user_id)
);
ALTER TABLE users.user_conversation_messages ENABLE ROW LEVEL SECURITY;

-- add constraint user_conversation_messages_user_id_fkey on users.user_conversation_messages
ALTER TABLE users.user_conversation_messages ADD CONSTRAINT user_conversation_messages_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_conversation_messages_conversation_fkey on users.user_conversation_messages
ALTER TABLE users.user_conversation_messages ADD CONSTRAINT user_conversation_messages_conversation_fkey FOREIGN KEY (conversation_id, user_id) REFERENCES users.user_conversations (id, user_id) ON DELETE CASCADE;

-- create table users.user_conversation_continuity
CREATE TABLE users.user_conversation_continuity (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    last_conversation_id uuid,
    carry_over_summary text,
    open_threads text[] DEFAULT '{}' NOT NULL,
    suggested_next_focus text,
    sessions_count integer DEFAULT 0 NOT NULL,
    last_session_ended_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_conversation_continuity_carry_over_summary_check CHECK (char_length(carry_over_summary) <= 4000),
    CONSTRAINT user_conversation_continuity_suggested_next_focus_check CHECK (char_length(suggested_next_focus) <= 1000),
    CONSTRAINT user_conversation_continuity_sessions_count_check CHECK (sessions_count >= 0),
    CONSTRAINT user_conversation_continuity_pkey PRIMARY KEY (id),
    CONSTRAINT user_conversation_continuity_user_key UNIQUE (user_id)
);
ALTER TABLE users.user_conversation_continuity ENABLE ROW LEVEL SECURITY;

-- add constraint user_conversation_continuity_user_id_fkey on users.user_conversation_continuity
ALTER TABLE users.user_conversation_continuity ADD CONSTRAINT user_conversation_continuity_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_conversation_continuity_last_conversation_fkey on users.user_conversation_continuity
ALTER TABLE users.user_conversation_continuity ADD CONSTRAINT user_conversation_continuity_last_conversation_fkey FOREIGN KEY (last_conversation_id, user_id) REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (last_conversation_id);

-- create table users.user_crisis_flags
CREATE TABLE users.user_crisis_flags (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    conversation_id uuid,
    message_id uuid,
    category users.crisis_category NOT NULL,
    severity users.severity_level NOT NULL,
    status users.crisis_status DEFAULT 'open' NOT NULL,
    detected_by users.detection_source NOT NULL,
    detector_confidence numeric(4,3),
    excerpt text,
    staff_notes text,
    acknowledged_at timestamp with time zone,
    acknowledged_by uuid,
    resolved_at timestamp with time zone,
    resolved_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_crisis_flags_detector_confidence_check CHECK (detector_confidence BETWEEN 0 AND 1),
    CONSTRAINT user_crisis_flags_excerpt_check CHECK (char_length(excerpt) <= 2000),
    CONSTRAINT user_crisis_flags_staff_notes_check CHECK (char_length(staff_notes) <= 8000),
    CONSTRAINT user_crisis_flags_ack_after_create CHECK (acknowledged_at IS NULL OR acknowledged_at >= created_at),
    CONSTRAINT user_crisis_flags_resolution_consistent CHECK ((status IN ('resolved', 'dismissed')) = (resolved_at IS NOT NULL)),
    CONSTRAINT user_crisis_flags_resolved_after_create CHECK (resolved_at IS NULL OR resolved_at >= created_at),
    CONSTRAINT user_crisis_flags_acknowledged_when_handled CHECK (status = 'open' OR acknowledged_at IS NOT NULL),
    CONSTRAINT user_crisis_flags_pkey PRIMARY KEY (id),
    CONSTRAINT user_crisis_flags_id_user_key UNIQUE (id, user_id)
);
ALTER TABLE users.user_crisis_flags ENABLE ROW LEVEL SECURITY;

-- add constraint user_crisis_flags_user_id_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags ADD CONSTRAINT user_crisis_flags_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_crisis_flags_acknowledged_by_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags ADD CONSTRAINT user_crisis_flags_acknowledged_by_fkey FOREIGN KEY (acknowledged_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- add constraint user_crisis_flags_resolved_by_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags ADD CONSTRAINT user_crisis_flags_resolved_by_fkey FOREIGN KEY (resolved_by) REFERENCES users.account (id) ON DELETE SET NULL;

-- add constraint user_crisis_flags_conversation_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags ADD CONSTRAINT user_crisis_flags_conversation_fkey FOREIGN KEY (conversation_id, user_id) REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id);

-- add constraint user_crisis_flags_message_fkey on users.user_crisis_flags
ALTER TABLE users.user_crisis_flags ADD CONSTRAINT user_crisis_flags_message_fkey FOREIGN KEY (message_id, user_id) REFERENCES users.user_conversation_messages (id, user_id) ON DELETE SET NULL (message_id);

-- create table users.user_feedback_log
CREATE TABLE users.user_feedback_log (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    conversation_id uuid,
    message_id uuid,
    kind users.feedback_kind NOT NULL,
    rating smallint,
    comment text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_feedback_log_rating_check CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT user_feedback_log_comment_check CHECK (char_length(comment) <= 4000),
    CONSTRAINT user_feedback_log_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_feedback_log ENABLE ROW LEVEL SECURITY;

-- add constraint user_feedback_log_user_id_fkey on users.user_feedback_log
ALTER TABLE users.user_feedback_log ADD CONSTRAINT user_feedback_log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_feedback_log_conversation_fkey on users.user_feedback_log
ALTER TABLE users.user_feedback_log ADD CONSTRAINT user_feedback_log_conversation_fkey FOREIGN KEY (conversation_id, user_id) REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id);

-- add constraint user_feedback_log_message_fkey on users.user_feedback_log
ALTER TABLE users.user_feedback_log ADD CONSTRAINT user_feedback_log_message_fkey FOREIGN KEY (message_id, user_id) REFERENCES users.user_conversation_messages (id, user_id) ON DELETE SET NULL (message_id);

-- create table users.user_themes
CREATE TABLE users.user_themes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    theme text NOT NULL,
    description text,
    salience smallint DEFAULT 5 NOT NULL,
    mention_count integer DEFAULT 1 NOT NULL,
    first_mentioned_at timestamp with time zone DEFAULT now() NOT NULL,
    last_mentioned_at timestamp with time zone DEFAULT now() NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_themes_theme_check CHECK (char_length(btrim(theme)) BETWEEN 1 AND 200),
    CONSTRAINT user_themes_description_check CHECK (char_length(description) <= 4000),
    CONSTRAINT user_themes_salience_check CHECK (salience BETWEEN 1 AND 10),
    CONSTRAINT user_themes_mention_count_check CHECK (mention_count >= 1),
    CONSTRAINT user_themes_mentions_ordered CHECK (last_mentioned_at >= first_mentioned_at),
    CONSTRAINT user_themes_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_themes ENABLE ROW LEVEL SECURITY;

-- add constraint user_themes_user_id_fkey on users.user_themes
ALTER TABLE users.user_themes ADD CONSTRAINT user_themes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_people
CREATE TABLE users.user_people (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    name text NOT NULL,
    relationship users.person_relationship NOT NULL,
    closeness smallint,
    sentiment smallint,
    is_deceased boolean DEFAULT false NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_people_name_check CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    CONSTRAINT user_people_closeness_check CHECK (closeness BETWEEN 1 AND 10),
    CONSTRAINT user_people_sentiment_check CHECK (sentiment BETWEEN -5 AND 5),
    CONSTRAINT user_people_notes_check CHECK (char_length(notes) <= 4000),
    CONSTRAINT user_people_pkey PRIMARY KEY (id),
    CONSTRAINT user_people_id_user_key UNIQUE (id, user_id)
);
ALTER TABLE users.user_people ENABLE ROW LEVEL SECURITY;

-- add constraint user_people_user_id_fkey on users.user_people
ALTER TABLE users.user_people ADD CONSTRAINT user_people_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_coping_tools
CREATE TABLE users.user_coping_tools (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    name text NOT NULL,
    category users.coping_category NOT NULL,
    description text,
    effectiveness smallint,
    times_used integer DEFAULT 0 NOT NULL,
    last_used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_coping_tools_name_check CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT user_coping_tools_description_check CHECK (char_length(description) <= 4000),
    CONSTRAINT user_coping_tools_effectiveness_check CHECK (effectiveness BETWEEN 1 AND 10),
    CONSTRAINT user_coping_tools_times_used_check CHECK (times_used >= 0),
    CONSTRAINT user_coping_tools_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_coping_tools ENABLE ROW LEVEL SECURITY;

-- add constraint user_coping_tools_user_id_fkey on users.user_coping_tools
ALTER TABLE users.user_coping_tools ADD CONSTRAINT user_coping_tools_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_goals
CREATE TABLE users.user_goals (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    title text NOT NULL,
    description text,
    category users.goal_category NOT NULL,
    status users.goal_status DEFAULT 'active' NOT NULL,
    priority smallint DEFAULT 3 NOT NULL,
    progress_percent smallint DEFAULT 0 NOT NULL,
    target_date date,
    achieved_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_goals_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    CONSTRAINT user_goals_description_check CHECK (char_length(description) <= 4000),
    CONSTRAINT user_goals_priority_check CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT user_goals_progress_percent_check CHECK (progress_percent BETWEEN 0 AND 100),
    CONSTRAINT user_goals_target_date_check CHECK (target_date >= '2000-01-01'::date),
    CONSTRAINT user_goals_achievement_consistent CHECK ((status = 'achieved') = (achieved_at IS NOT NULL)),
    CONSTRAINT user_goals_achieved_complete CHECK (status <> 'achieved' OR progress_percent = 100),
    CONSTRAINT user_goals_pkey PRIMARY KEY (id),
    CONSTRAINT user_goals_id_user_key UNIQUE (id, user_id)
);
ALTER TABLE users.user_goals ENABLE ROW LEVEL SECURITY;

-- add constraint user_goals_user_id_fkey on users.user_goals
ALTER TABLE users.user_goals ADD CONSTRAINT user_goals_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_trauma_patterns
CREATE TABLE users.user_trauma_patterns (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    pattern text NOT NULL,
    trigger_description text,
    typical_response text,
    severity smallint NOT NULL,
    onset_age smallint,
    is_being_processed boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_trauma_patterns_pattern_check CHECK (char_length(btrim(pattern)) BETWEEN 1 AND 500),
    CONSTRAINT user_trauma_patterns_trigger_description_check CHECK (char_length(trigger_description) <= 4000),
    CONSTRAINT user_trauma_patterns_typical_response_check CHECK (char_length(typical_response) <= 4000),
    CONSTRAINT user_trauma_patterns_severity_check CHECK (severity BETWEEN 1 AND 10),
    CONSTRAINT user_trauma_patterns_onset_age_check CHECK (onset_age BETWEEN 0 AND 120),
    CONSTRAINT user_trauma_patterns_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_trauma_patterns ENABLE ROW LEVEL SECURITY;

-- add constraint user_trauma_patterns_user_id_fkey on users.user_trauma_patterns
ALTER TABLE users.user_trauma_patterns ADD CONSTRAINT user_trauma_patterns_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_pattern_loops
CREATE TABLE users.user_pattern_loops (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    name text NOT NULL,
    trigger_event text,
    automatic_thought text,
    emotion text,
    behavior text,
    consequence text,
    frequency users.frequency_level,
    intensity smallint,
    awareness_level smallint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_pattern_loops_name_check CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
    CONSTRAINT user_pattern_loops_trigger_event_check CHECK (char_length(trigger_event) <= 2000),
    CONSTRAINT user_pattern_loops_automatic_thought_check CHECK (char_length(automatic_thought) <= 2000),
    CONSTRAINT user_pattern_loops_emotion_check CHECK (char_length(emotion) <= 200),
    CONSTRAINT user_pattern_loops_behavior_check CHECK (char_length(behavior) <= 2000),
    CONSTRAINT user_pattern_loops_consequence_check CHECK (char_length(consequence) <= 2000),
    CONSTRAINT user_pattern_loops_intensity_check CHECK (intensity BETWEEN 1 AND 10),
    CONSTRAINT user_pattern_loops_awareness_level_check CHECK (awareness_level BETWEEN 1 AND 10),
    CONSTRAINT user_pattern_loops_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_pattern_loops ENABLE ROW LEVEL SECURITY;

-- add constraint user_pattern_loops_user_id_fkey on users.user_pattern_loops
ALTER TABLE users.user_pattern_loops ADD CONSTRAINT user_pattern_loops_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_shadow_themes
CREATE TABLE users.user_shadow_themes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    theme text NOT NULL,
    description text,
    projection_examples text[] DEFAULT '{}' NOT NULL,
    integration_level smallint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_shadow_themes_theme_check CHECK (char_length(btrim(theme)) BETWEEN 1 AND 200),
    CONSTRAINT user_shadow_themes_description_check CHECK (char_length(description) <= 4000),
    CONSTRAINT user_shadow_themes_integration_level_check CHECK (integration_level BETWEEN 1 AND 10),
    CONSTRAINT user_shadow_themes_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_shadow_themes ENABLE ROW LEVEL SECURITY;

-- add constraint user_shadow_themes_user_id_fkey on users.user_shadow_themes
ALTER TABLE users.user_shadow_themes ADD CONSTRAINT user_shadow_themes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_ancestral_issues
CREATE TABLE users.user_ancestral_issues (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    issue text NOT NULL,
    lineage users.lineage DEFAULT 'unknown' NOT NULL,
    generations_back smallint,
    impact_level smallint,
    description text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_ancestral_issues_issue_check CHECK (char_length(btrim(issue)) BETWEEN 1 AND 300),
    CONSTRAINT user_ancestral_issues_generations_back_check CHECK (generations_back BETWEEN 1 AND 10),
    CONSTRAINT user_ancestral_issues_impact_level_check CHECK (impact_level BETWEEN 1 AND 10),
    CONSTRAINT user_ancestral_issues_description_check CHECK (char_length(description) <= 4000),
    CONSTRAINT user_ancestral_issues_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_ancestral_issues ENABLE ROW LEVEL SECURITY;

-- add constraint user_ancestral_issues_user_id_fkey on users.user_ancestral_issues
ALTER TABLE users.user_ancestral_issues ADD CONSTRAINT user_ancestral_issues_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_current_practices
CREATE TABLE users.user_current_practices (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    practice text NOT NULL,
    sessions_per_week numeric(4,1),
    minutes_per_session smallint,
    started_on date,
    effectiveness smallint,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_current_practices_practice_check CHECK (char_length(btrim(practice)) BETWEEN 1 AND 200),
    CONSTRAINT user_current_practices_sessions_per_week_check CHECK (sessions_per_week BETWEEN 0 AND 70),
    CONSTRAINT user_current_practices_minutes_per_session_check CHECK (minutes_per_session BETWEEN 1 AND 1440),
    CONSTRAINT user_current_practices_started_on_check CHECK (started_on >= '1900-01-01'::date),
    CONSTRAINT user_current_practices_effectiveness_check CHECK (effectiveness BETWEEN 1 AND 10),
    CONSTRAINT user_current_practices_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_current_practices ENABLE ROW LEVEL SECURITY;

-- add constraint user_current_practices_user_id_fkey on users.user_current_practices
ALTER TABLE users.user_current_practices ADD CONSTRAINT user_current_practices_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_regulation_strategies
CREATE TABLE users.user_regulation_strategies (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    strategy text NOT NULL,
    target_emotion text,
    context text,
    effectiveness smallint,
    times_used integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_regulation_strategies_strategy_check CHECK (char_length(btrim(strategy)) BETWEEN 1 AND 200),
    CONSTRAINT user_regulation_strategies_target_emotion_check CHECK (char_length(target_emotion) <= 100),
    CONSTRAINT user_regulation_strategies_context_check CHECK (char_length(context) <= 2000),
    CONSTRAINT user_regulation_strategies_effectiveness_check CHECK (effectiveness BETWEEN 1 AND 10),
    CONSTRAINT user_regulation_strategies_times_used_check CHECK (times_used >= 0),
    CONSTRAINT user_regulation_strategies_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_regulation_strategies ENABLE ROW LEVEL SECURITY;

-- add constraint user_regulation_strategies_user_id_fkey on users.user_regulation_strategies
ALTER TABLE users.user_regulation_strategies ADD CONSTRAINT user_regulation_strategies_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_dysregulating_factors
CREATE TABLE users.user_dysregulating_factors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    factor text NOT NULL,
    impact_level smallint NOT NULL,
    frequency users.frequency_level,
    early_warning_signs text,
    mitigation text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_dysregulating_factors_factor_check CHECK (char_length(btrim(factor)) BETWEEN 1 AND 200),
    CONSTRAINT user_dysregulating_factors_impact_level_check CHECK (impact_level BETWEEN 1 AND 10),
    CONSTRAINT user_dysregulating_factors_early_warning_signs_check CHECK (char_length(early_warning_signs) <= 2000),
    CONSTRAINT user_dysregulating_factors_mitigation_check CHECK (char_length(mitigation) <= 2000),
    CONSTRAINT user_dysregulating_factors_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_dysregulating_factors ENABLE ROW LEVEL SECURITY;

-- add constraint user_dysregulating_factors_user_id_fkey on users.user_dysregulating_factors
ALTER TABLE users.user_dysregulating_factors ADD CONSTRAINT user_dysregulating_factors_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_role_model_traits
CREATE TABLE users.user_role_model_traits (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    role_model text NOT NULL,
    role_model_kind users.role_model_kind NOT NULL,
    trait text NOT NULL,
    why_admired text,
    importance smallint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_role_model_traits_role_model_check CHECK (char_length(btrim(role_model)) BETWEEN 1 AND 120),
    CONSTRAINT user_role_model_traits_trait_check CHECK (char_length(btrim(trait)) BETWEEN 1 AND 200),
    CONSTRAINT user_role_model_traits_why_admired_check CHECK (char_length(why_admired) <= 2000),
    CONSTRAINT user_role_model_traits_importance_check CHECK (importance BETWEEN 1 AND 10),
    CONSTRAINT user_role_model_traits_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_role_model_traits ENABLE ROW LEVEL SECURITY;

-- add constraint user_role_model_traits_user_id_fkey on users.user_role_model_traits
ALTER TABLE users.user_role_model_traits ADD CONSTRAINT user_role_model_traits_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_growth_milestones
CREATE TABLE users.user_growth_milestones (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    title text NOT NULL,
    description text,
    achieved_on date NOT NULL,
    significance smallint,
    related_goal_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_growth_milestones_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 200),
    CONSTRAINT user_growth_milestones_description_check CHECK (char_length(description) <= 4000),
    CONSTRAINT user_growth_milestones_achieved_on_check CHECK (achieved_on >= '1900-01-01'::date),
    CONSTRAINT user_growth_milestones_significance_check CHECK (significance BETWEEN 1 AND 10),
    CONSTRAINT user_growth_milestones_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_growth_milestones ENABLE ROW LEVEL SECURITY;

-- add constraint user_growth_milestones_user_id_fkey on users.user_growth_milestones
ALTER TABLE users.user_growth_milestones ADD CONSTRAINT user_growth_milestones_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_growth_milestones_goal_fkey on users.user_growth_milestones
ALTER TABLE users.user_growth_milestones ADD CONSTRAINT user_growth_milestones_goal_fkey FOREIGN KEY (related_goal_id, user_id) REFERENCES users.user_goals (id, user_id) ON DELETE SET NULL (related_goal_id);

-- create table users.user_emotional_patterns
CREATE TABLE users.user_emotional_patterns (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    emotion text NOT NULL,
    trigger_context text,
    typical_response text,
    intensity smallint,
    frequency users.frequency_level,
    time_of_day users.time_of_day,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_emotional_patterns_emotion_check CHECK (char_length(btrim(emotion)) BETWEEN 1 AND 100),
    CONSTRAINT user_emotional_patterns_trigger_context_check CHECK (char_length(trigger_context) <= 2000),
    CONSTRAINT user_emotional_patterns_typical_response_check CHECK (char_length(typical_response) <= 2000),
    CONSTRAINT user_emotional_patterns_intensity_check CHECK (intensity BETWEEN 1 AND 10),
    CONSTRAINT user_emotional_patterns_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_emotional_patterns ENABLE ROW LEVEL SECURITY;

-- add constraint user_emotional_patterns_user_id_fkey on users.user_emotional_patterns
ALTER TABLE users.user_emotional_patterns ADD CONSTRAINT user_emotional_patterns_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_relationship_dynamics
CREATE TABLE users.user_relationship_dynamics (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    person_id uuid,
    dynamic text NOT NULL,
    attachment_style users.attachment_style DEFAULT 'unknown' NOT NULL,
    conflict_pattern text,
    health_score smallint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_relationship_dynamics_dynamic_check CHECK (char_length(btrim(dynamic)) BETWEEN 1 AND 300),
    CONSTRAINT user_relationship_dynamics_conflict_pattern_check CHECK (char_length(conflict_pattern) <= 2000),
    CONSTRAINT user_relationship_dynamics_health_score_check CHECK (health_score BETWEEN 1 AND 10),
    CONSTRAINT user_relationship_dynamics_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_relationship_dynamics ENABLE ROW LEVEL SECURITY;

-- add constraint user_relationship_dynamics_user_id_fkey on users.user_relationship_dynamics
ALTER TABLE users.user_relationship_dynamics ADD CONSTRAINT user_relationship_dynamics_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_relationship_dynamics_person_fkey on users.user_relationship_dynamics
ALTER TABLE users.user_relationship_dynamics ADD CONSTRAINT user_relationship_dynamics_person_fkey FOREIGN KEY (person_id, user_id) REFERENCES users.user_people (id, user_id) ON DELETE SET NULL (person_id);

-- create table users.user_growth_opportunities
CREATE TABLE users.user_growth_opportunities (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    area text NOT NULL,
    description text,
    status users.growth_status DEFAULT 'identified' NOT NULL,
    readiness smallint,
    priority smallint DEFAULT 3 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_growth_opportunities_area_check CHECK (char_length(btrim(area)) BETWEEN 1 AND 200),
    CONSTRAINT user_growth_opportunities_description_check CHECK (char_length(description) <= 4000),
    CONSTRAINT user_growth_opportunities_readiness_check CHECK (readiness BETWEEN 1 AND 10),
    CONSTRAINT user_growth_opportunities_priority_check CHECK (priority BETWEEN 1 AND 5),
    CONSTRAINT user_growth_opportunities_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_growth_opportunities ENABLE ROW LEVEL SECURITY;

-- add constraint user_growth_opportunities_user_id_fkey on users.user_growth_opportunities
ALTER TABLE users.user_growth_opportunities ADD CONSTRAINT user_growth_opportunities_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_risk_factors
CREATE TABLE users.user_risk_factors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    factor text NOT NULL,
    category users.risk_category NOT NULL,
    severity users.severity_level NOT NULL,
    is_current boolean DEFAULT true NOT NULL,
    protective_measures text,
    identified_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_risk_factors_factor_check CHECK (char_length(btrim(factor)) BETWEEN 1 AND 300),
    CONSTRAINT user_risk_factors_protective_measures_check CHECK (char_length(protective_measures) <= 4000),
    CONSTRAINT user_risk_factors_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_risk_factors ENABLE ROW LEVEL SECURITY;

-- add constraint user_risk_factors_user_id_fkey on users.user_risk_factors
ALTER TABLE users.user_risk_factors ADD CONSTRAINT user_risk_factors_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_strengths
CREATE TABLE users.user_strengths (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    strength text NOT NULL,
    category users.strength_category NOT NULL,
    confidence smallint,
    evidence text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_strengths_strength_check CHECK (char_length(btrim(strength)) BETWEEN 1 AND 200),
    CONSTRAINT user_strengths_confidence_check CHECK (confidence BETWEEN 1 AND 10),
    CONSTRAINT user_strengths_evidence_check CHECK (char_length(evidence) <= 4000),
    CONSTRAINT user_strengths_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_strengths ENABLE ROW LEVEL SECURITY;

-- add constraint user_strengths_user_id_fkey on users.user_strengths
ALTER TABLE users.user_strengths ADD CONSTRAINT user_strengths_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_mood_trends
CREATE TABLE users.user_mood_trends (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    recorded_on date NOT NULL,
    source users.mood_source DEFAULT 'self_report' NOT NULL,
    mood_score smallint NOT NULL,
    energy_level smallint,
    anxiety_level smallint,
    sleep_hours numeric(3,1),
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_mood_trends_recorded_on_check CHECK (recorded_on >= '2000-01-01'::date),
    CONSTRAINT user_mood_trends_mood_score_check CHECK (mood_score BETWEEN 1 AND 10),
    CONSTRAINT user_mood_trends_energy_level_check CHECK (energy_level BETWEEN 1 AND 10),
    CONSTRAINT user_mood_trends_anxiety_level_check CHECK (anxiety_level BETWEEN 1 AND 10),
    CONSTRAINT user_mood_trends_sleep_hours_check CHECK (sleep_hours BETWEEN 0 AND 24),
    CONSTRAINT user_mood_trends_note_check CHECK (char_length(note) <= 2000),
    CONSTRAINT user_mood_trends_pkey PRIMARY KEY (id),
    CONSTRAINT user_mood_trends_one_per_day UNIQUE (user_id, recorded_on, source)
);
ALTER TABLE users.user_mood_trends ENABLE ROW LEVEL SECURITY;

-- add constraint user_mood_trends_user_id_fkey on users.user_mood_trends
ALTER TABLE users.user_mood_trends ADD CONSTRAINT user_mood_trends_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_emotional_states
CREATE TABLE users.user_emotional_states (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    conversation_id uuid,
    emotion text NOT NULL,
    intensity smallint NOT NULL,
    valence smallint,
    arousal smallint,
    context text,
    observed_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_emotional_states_emotion_check CHECK (char_length(btrim(emotion)) BETWEEN 1 AND 100),
    CONSTRAINT user_emotional_states_intensity_check CHECK (intensity BETWEEN 1 AND 10),
    CONSTRAINT user_emotional_states_valence_check CHECK (valence BETWEEN -5 AND 5),
    CONSTRAINT user_emotional_states_arousal_check CHECK (arousal BETWEEN 1 AND 10),
    CONSTRAINT user_emotional_states_context_check CHECK (char_length(context) <= 2000),
    CONSTRAINT user_emotional_states_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_emotional_states ENABLE ROW LEVEL SECURITY;

-- add constraint user_emotional_states_user_id_fkey on users.user_emotional_states
ALTER TABLE users.user_emotional_states ADD CONSTRAINT user_emotional_states_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_emotional_states_conversation_fkey on users.user_emotional_states
ALTER TABLE users.user_emotional_states ADD CONSTRAINT user_emotional_states_conversation_fkey FOREIGN KEY (conversation_id, user_id) REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id);

-- create table users.user_support_system
CREATE TABLE users.user_support_system (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    person_id uuid,
    name text NOT NULL,
    support_type users.support_type NOT NULL,
    availability users.availability_level DEFAULT 'sometimes' NOT NULL,
    reliability smallint,
    is_crisis_contact boolean DEFAULT false NOT NULL,
    contact_hint text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_support_system_name_check CHECK (char_length(btrim(name)) BETWEEN 1 AND 120),
    CONSTRAINT user_support_system_reliability_check CHECK (reliability BETWEEN 1 AND 10),
    CONSTRAINT user_support_system_contact_hint_check CHECK (char_length(contact_hint) <= 200),
    CONSTRAINT user_support_system_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_support_system ENABLE ROW LEVEL SECURITY;

-- add constraint user_support_system_user_id_fkey on users.user_support_system
ALTER TABLE users.user_support_system ADD CONSTRAINT user_support_system_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_support_system_person_fkey on users.user_support_system
ALTER TABLE users.user_support_system ADD CONSTRAINT user_support_system_person_fkey FOREIGN KEY (person_id, user_id) REFERENCES users.user_people (id, user_id) ON DELETE SET NULL (person_id);

-- create table users.user_current_stressors
CREATE TABLE users.user_current_stressors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    stressor text NOT NULL,
    category users.stressor_category NOT NULL,
    severity smallint NOT NULL,
    started_on date,
    expected_end_on date,
    resolved_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_current_stressors_stressor_check CHECK (char_length(btrim(stressor)) BETWEEN 1 AND 300),
    CONSTRAINT user_current_stressors_severity_check CHECK (severity BETWEEN 1 AND 10),
    CONSTRAINT user_current_stressors_started_on_check CHECK (started_on >= '1900-01-01'::date),
    CONSTRAINT user_current_stressors_expected_end_order CHECK (expected_end_on IS NULL OR started_on IS NULL OR expected_end_on >= started_on),
    CONSTRAINT user_current_stressors_resolved_order CHECK (resolved_on IS NULL OR started_on IS NULL OR resolved_on >= started_on),
    CONSTRAINT user_current_stressors_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_current_stressors ENABLE ROW LEVEL SECURITY;

-- add constraint user_current_stressors_user_id_fkey on users.user_current_stressors
ALTER TABLE users.user_current_stressors ADD CONSTRAINT user_current_stressors_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_daily_habits
CREATE TABLE users.user_daily_habits (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    habit text NOT NULL,
    effect users.habit_effect DEFAULT 'neutral' NOT NULL,
    days_per_week smallint,
    time_of_day users.time_of_day,
    consistency smallint,
    wants_to_change boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_daily_habits_habit_check CHECK (char_length(btrim(habit)) BETWEEN 1 AND 200),
    CONSTRAINT user_daily_habits_days_per_week_check CHECK (days_per_week BETWEEN 0 AND 7),
    CONSTRAINT user_daily_habits_consistency_check CHECK (consistency BETWEEN 1 AND 10),
    CONSTRAINT user_daily_habits_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_daily_habits ENABLE ROW LEVEL SECURITY;

-- add constraint user_daily_habits_user_id_fkey on users.user_daily_habits
ALTER TABLE users.user_daily_habits ADD CONSTRAINT user_daily_habits_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_substance_use
CREATE TABLE users.user_substance_use (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    substance text NOT NULL,
    frequency users.frequency_level NOT NULL,
    typical_amount text,
    last_used_on date,
    concern_level smallint,
    is_current boolean DEFAULT true NOT NULL,
    in_recovery_since date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_substance_use_substance_check CHECK (char_length(btrim(substance)) BETWEEN 1 AND 100),
    CONSTRAINT user_substance_use_typical_amount_check CHECK (char_length(typical_amount) <= 200),
    CONSTRAINT user_substance_use_last_used_on_check CHECK (last_used_on >= '1900-01-01'::date),
    CONSTRAINT user_substance_use_concern_level_check CHECK (concern_level BETWEEN 1 AND 10),
    CONSTRAINT user_substance_use_in_recovery_since_check CHECK (in_recovery_since >= '1900-01-01'::date),
    CONSTRAINT user_substance_use_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_substance_use ENABLE ROW LEVEL SECURITY;

-- add constraint user_substance_use_user_id_fkey on users.user_substance_use
ALTER TABLE users.user_substance_use ADD CONSTRAINT user_substance_use_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_previous_therapy
CREATE TABLE users.user_previous_therapy (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    modality text NOT NULL,
    provider_type users.therapy_provider_type NOT NULL,
    started_on date,
    ended_on date,
    helpfulness smallint,
    reason_ended text,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_previous_therapy_modality_check CHECK (char_length(btrim(modality)) BETWEEN 1 AND 100),
    CONSTRAINT user_previous_therapy_started_on_check CHECK (started_on >= '1900-01-01'::date),
    CONSTRAINT user_previous_therapy_helpfulness_check CHECK (helpfulness BETWEEN 1 AND 10),
    CONSTRAINT user_previous_therapy_reason_ended_check CHECK (char_length(reason_ended) <= 1000),
    CONSTRAINT user_previous_therapy_notes_check CHECK (char_length(notes) <= 4000),
    CONSTRAINT user_previous_therapy_dates_ordered CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on),
    CONSTRAINT user_previous_therapy_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_previous_therapy ENABLE ROW LEVEL SECURITY;

-- add constraint user_previous_therapy_user_id_fkey on users.user_previous_therapy
ALTER TABLE users.user_previous_therapy ADD CONSTRAINT user_previous_therapy_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_suicidal_thoughts
CREATE TABLE users.user_suicidal_thoughts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    crisis_flag_id uuid,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    ideation_level users.ideation_level NOT NULL,
    intensity smallint,
    has_plan boolean DEFAULT false NOT NULL,
    has_means boolean DEFAULT false NOT NULL,
    has_intent boolean DEFAULT false NOT NULL,
    protective_factors text,
    safety_plan_reviewed boolean DEFAULT false NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_suicidal_thoughts_intensity_check CHECK (intensity BETWEEN 0 AND 10),
    CONSTRAINT user_suicidal_thoughts_protective_factors_check CHECK (char_length(protective_factors) <= 4000),
    CONSTRAINT user_suicidal_thoughts_notes_check CHECK (char_length(notes) <= 4000),
    CONSTRAINT user_suicidal_thoughts_plan_matches_level CHECK (NOT has_plan OR ideation_level IN ('active_with_plan', 'active_with_intent')),
    CONSTRAINT user_suicidal_thoughts_intent_matches_level CHECK (NOT has_intent OR ideation_level = 'active_with_intent'),
    CONSTRAINT user_suicidal_thoughts_none_is_zero CHECK (ideation_level <> 'none' OR COALESCE(intensity, 0) = 0),
    CONSTRAINT user_suicidal_thoughts_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_suicidal_thoughts ENABLE ROW LEVEL SECURITY;

-- add constraint user_suicidal_thoughts_user_id_fkey on users.user_suicidal_thoughts
ALTER TABLE users.user_suicidal_thoughts ADD CONSTRAINT user_suicidal_thoughts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_suicidal_thoughts_crisis_flag_fkey on users.user_suicidal_thoughts
ALTER TABLE users.user_suicidal_thoughts ADD CONSTRAINT user_suicidal_thoughts_crisis_flag_fkey FOREIGN KEY (crisis_flag_id, user_id) REFERENCES users.user_crisis_flags (id, user_id) ON DELETE SET NULL (crisis_flag_id);

-- create table users.user_insight_notes
CREATE TABLE users.user_insight_notes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    conversation_id uuid,
    insight text NOT NULL,
    category text,
    source users.insight_source DEFAULT 'assistant' NOT NULL,
    importance smallint,
    is_pinned boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_insight_notes_insight_check CHECK (char_length(btrim(insight)) BETWEEN 1 AND 4000),
    CONSTRAINT user_insight_notes_category_check CHECK (char_length(category) <= 100),
    CONSTRAINT user_insight_notes_importance_check CHECK (importance BETWEEN 1 AND 10),
    CONSTRAINT user_insight_notes_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_insight_notes ENABLE ROW LEVEL SECURITY;

-- add constraint user_insight_notes_user_id_fkey on users.user_insight_notes
ALTER TABLE users.user_insight_notes ADD CONSTRAINT user_insight_notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_insight_notes_conversation_fkey on users.user_insight_notes
ALTER TABLE users.user_insight_notes ADD CONSTRAINT user_insight_notes_conversation_fkey FOREIGN KEY (conversation_id, user_id) REFERENCES users.user_conversations (id, user_id) ON DELETE SET NULL (conversation_id);

-- create table users.user_ai_preferences
CREATE TABLE users.user_ai_preferences (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    tone users.ai_tone DEFAULT 'warm' NOT NULL,
    response_length users.response_length DEFAULT 'balanced' NOT NULL,
    use_humor boolean DEFAULT true NOT NULL,
    challenge_level smallint DEFAULT 5 NOT NULL,
    language users.language_code DEFAULT 'en' NOT NULL,
    check_in_frequency users.check_in_frequency DEFAULT 'weekly' NOT NULL,
    topics_to_avoid text[] DEFAULT '{}' NOT NULL,
    preferred_techniques text[] DEFAULT '{}' NOT NULL,
    crisis_contact_consent boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_ai_preferences_challenge_level_check CHECK (challenge_level BETWEEN 1 AND 10),
    CONSTRAINT user_ai_preferences_pkey PRIMARY KEY (id),
    CONSTRAINT user_ai_preferences_user_key UNIQUE (user_id)
);
ALTER TABLE users.user_ai_preferences ENABLE ROW LEVEL SECURITY;

-- add constraint user_ai_preferences_user_id_fkey on users.user_ai_preferences
ALTER TABLE users.user_ai_preferences ADD CONSTRAINT user_ai_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_sleep_routine
CREATE TABLE users.user_sleep_routine (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    usual_bedtime time without time zone,
    usual_wake_time time without time zone,
    average_hours numeric(3,1),
    quality smallint,
    issues text[] DEFAULT '{}' NOT NULL,
    wind_down_routine text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_sleep_routine_average_hours_check CHECK (average_hours BETWEEN 0 AND 24),
    CONSTRAINT user_sleep_routine_quality_check CHECK (quality BETWEEN 1 AND 10),
    CONSTRAINT user_sleep_routine_wind_down_routine_check CHECK (char_length(wind_down_routine) <= 2000),
    CONSTRAINT user_sleep_routine_pkey PRIMARY KEY (id),
    CONSTRAINT user_sleep_routine_user_key UNIQUE (user_id)
);
ALTER TABLE users.user_sleep_routine ENABLE ROW LEVEL SECURITY;

-- add constraint user_sleep_routine_user_id_fkey on users.user_sleep_routine
ALTER TABLE users.user_sleep_routine ADD CONSTRAINT user_sleep_routine_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_relationship_status
CREATE TABLE users.user_relationship_status (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    partner_person_id uuid,
    status users.relationship_status_kind NOT NULL,
    since date,
    satisfaction smallint,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_relationship_status_since_check CHECK (since >= '1900-01-01'::date),
    CONSTRAINT user_relationship_status_satisfaction_check CHECK (satisfaction BETWEEN 1 AND 10),
    CONSTRAINT user_relationship_status_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_relationship_status ENABLE ROW LEVEL SECURITY;

-- add constraint user_relationship_status_user_id_fkey on users.user_relationship_status
ALTER TABLE users.user_relationship_status ADD CONSTRAINT user_relationship_status_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint user_relationship_status_partner_fkey on users.user_relationship_status
ALTER TABLE users.user_relationship_status ADD CONSTRAINT user_relationship_status_partner_fkey FOREIGN KEY (partner_person_id, user_id) REFERENCES users.user_people (id, user_id) ON DELETE SET NULL (partner_person_id);

-- create table users.user_living_situation
CREATE TABLE users.user_living_situation (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    arrangement users.living_arrangement NOT NULL,
    household_size smallint,
    housing_stability smallint,
    feels_safe boolean,
    since date,
    is_current boolean DEFAULT true NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_living_situation_household_size_check CHECK (household_size BETWEEN 1 AND 30),
    CONSTRAINT user_living_situation_housing_stability_check CHECK (housing_stability BETWEEN 1 AND 10),
    CONSTRAINT user_living_situation_since_check CHECK (since >= '1900-01-01'::date),
    CONSTRAINT user_living_situation_notes_check CHECK (char_length(notes) <= 2000),
    CONSTRAINT user_living_situation_alone_is_one CHECK (arrangement <> 'alone' OR household_size IS NULL OR household_size = 1),
    CONSTRAINT user_living_situation_pkey PRIMARY KEY (id)
);
ALTER TABLE users.user_living_situation ENABLE ROW LEVEL SECURITY;

-- add constraint user_living_situation_user_id_fkey on users.user_living_situation
ALTER TABLE users.user_living_situation ADD CONSTRAINT user_living_situation_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_spiritual_path
CREATE TABLE users.user_spiritual_path (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    tradition text,
    practices text[] DEFAULT '{}' NOT NULL,
    importance smallint,
    community_involvement smallint,
    beliefs text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_spiritual_path_tradition_check CHECK (char_length(tradition) <= 200),
    CONSTRAINT user_spiritual_path_importance_check CHECK (importance BETWEEN 1 AND 10),
    CONSTRAINT user_spiritual_path_community_involvement_check CHECK (community_involvement BETWEEN 1 AND 10),
    CONSTRAINT user_spiritual_path_beliefs_check CHECK (char_length(beliefs) <= 4000),
    CONSTRAINT user_spiritual_path_pkey PRIMARY KEY (id),
    CONSTRAINT user_spiritual_path_user_key UNIQUE (user_id)
);
ALTER TABLE users.user_spiritual_path ENABLE ROW LEVEL SECURITY;

-- add constraint user_spiritual_path_user_id_fkey on users.user_spiritual_path
ALTER TABLE users.user_spiritual_path ADD CONSTRAINT user_spiritual_path_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table users.user_value_compass
CREATE TABLE users.user_value_compass (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    value_name text NOT NULL,
    rank smallint NOT NULL,
    importance smallint NOT NULL,
    alignment smallint,
    reflection text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_value_compass_value_name_check CHECK (char_length(btrim(value_name)) BETWEEN 1 AND 100),
    CONSTRAINT user_value_compass_rank_check CHECK (rank BETWEEN 1 AND 50),
    CONSTRAINT user_value_compass_importance_check CHECK (importance BETWEEN 1 AND 10),
    CONSTRAINT user_value_compass_alignment_check CHECK (alignment BETWEEN 1 AND 10),
    CONSTRAINT user_value_compass_reflection_check CHECK (char_length(reflection) <= 2000),
    CONSTRAINT user_value_compass_pkey PRIMARY KEY (id),
    CONSTRAINT user_value_compass_rank_key UNIQUE (user_id, rank) DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE users.user_value_compass ENABLE ROW LEVEL SECURITY;

-- add constraint user_value_compass_user_id_fkey on users.user_value_compass
ALTER TABLE users.user_value_compass ADD CONSTRAINT user_value_compass_user_id_fkey FOREIGN KEY (user_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table calendar.media_asset
CREATE TABLE calendar.media_asset (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    owner_account_id uuid NOT NULL,
    kind calendar.media_kind NOT NULL,
    status calendar.media_status DEFAULT 'pending_upload' NOT NULL,
    storage_bucket text NOT NULL,
    storage_path text NOT NULL,
    original_filename text,
    mime_type text NOT NULL,
    byte_size bigint,
    width integer,
    height integer,
    duration_ms integer,
    checksum_sha256 bytea,
    is_private boolean DEFAULT true NOT NULL,
    source_url text,
    processing_error text,
    processed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT media_asset_storage_bucket_check CHECK (storage_bucket ~ '^[a-z0-9][a-z0-9.-]{1,62}$'),
    CONSTRAINT media_asset_storage_path_check CHECK (char_length(storage_path) BETWEEN 1 AND 1024 AND storage_path !~ '^/'),
    CONSTRAINT media_asset_original_filename_check CHECK (char_length(original_filename) <= 255),
    CONSTRAINT media_asset_mime_type_check CHECK (mime_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
    CONSTRAINT media_asset_byte_size_check CHECK (byte_size > 0 AND byte_size <= 5368709120),
    CONSTRAINT media_asset_width_check CHECK (width BETWEEN 1 AND 16384),
    CONSTRAINT media_asset_height_check CHECK (height BETWEEN 1 AND 16384),
    CONSTRAINT media_asset_duration_ms_check CHECK (duration_ms > 0),
    CONSTRAINT media_asset_checksum_sha256_check CHECK (octet_length(checksum_sha256) = 32),
    CONSTRAINT media_asset_source_url_check CHECK (source_url ~ '^https?://'),
    CONSTRAINT media_asset_processing_error_check CHECK (char_length(processing_error) <= 2000),
    CONSTRAINT media_asset_dimensions_paired CHECK ((width IS NULL) = (height IS NULL)),
    CONSTRAINT media_asset_mime_matches_kind CHECK ((kind = 'image' AND mime_type LIKE 'image/%') OR (kind = 'video' AND mime_type LIKE 'video/%') OR (kind = 'audio' AND mime_type LIKE 'audio/%') OR kind = 'document'),
    CONSTRAINT media_asset_duration_only_timed CHECK (duration_ms IS NULL OR kind IN ('video', 'audio')),
    CONSTRAINT media_asset_failed_has_error CHECK (status <> 'failed' OR processing_error IS NOT NULL),
    CONSTRAINT media_asset_ready_is_processed CHECK (status <> 'ready' OR (processed_at IS NOT NULL AND byte_size IS NOT NULL)),
    CONSTRAINT media_asset_pkey PRIMARY KEY (id),
    CONSTRAINT media_asset_storage_key UNIQUE (storage_bucket, storage_path),
    CONSTRAINT media_asset_id_owner_key UNIQUE (id, owner_account_id)
);
ALTER TABLE calendar.media_asset ENABLE ROW LEVEL SECURITY;

-- add constraint media_asset_owner_account_id_fkey on calendar.media_asset
ALTER TABLE calendar.media_asset ADD CONSTRAINT media_asset_owner_account_id_fkey FOREIGN KEY (owner_account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table calendar.family_settings
CREATE TABLE calendar.family_settings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    time_zone text DEFAULT 'UTC' NOT NULL,
    default_unlock_hour smallint DEFAULT 7 NOT NULL,
    allow_ai_chat boolean DEFAULT true NOT NULL,
    max_daily_chat_minutes smallint DEFAULT 20 NOT NULL,
    content_filter calendar.content_filter_level DEFAULT 'strict' NOT NULL,
    notify_on_day_open boolean DEFAULT true NOT NULL,
    weekly_digest boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT family_settings_time_zone_check CHECK (char_length(time_zone) BETWEEN 1 AND 64),
    CONSTRAINT family_settings_default_unlock_hour_check CHECK (default_unlock_hour BETWEEN 0 AND 23),
    CONSTRAINT family_settings_max_daily_chat_minutes_check CHECK (max_daily_chat_minutes BETWEEN 0 AND 240),
    CONSTRAINT family_settings_pkey PRIMARY KEY (id),
    CONSTRAINT family_settings_account_key UNIQUE (account_id)
);
ALTER TABLE calendar.family_settings ENABLE ROW LEVEL SECURITY;

-- add constraint family_settings_account_id_fkey on calendar.family_settings
ALTER TABLE calendar.family_settings ADD CONSTRAINT family_settings_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table calendar.child_profile
CREATE TABLE calendar.child_profile (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    legacy_id integer,
    display_name text NOT NULL,
    birth_date date,
    avatar_media_id uuid,
    interests text[] DEFAULT '{}' NOT NULL,
    favorite_color text,
    language users.language_code DEFAULT 'en' NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT child_profile_display_name_check CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 60),
    CONSTRAINT child_profile_birth_date_check CHECK (birth_date BETWEEN '2000-01-01'::date AND '2100-01-01'::date),
    CONSTRAINT child_profile_interests_check CHECK (cardinality(interests) <= 30),
    CONSTRAINT child_profile_favorite_color_check CHECK (char_length(favorite_color) <= 30),
    CONSTRAINT child_profile_pkey PRIMARY KEY (id),
    CONSTRAINT child_profile_legacy_id_key UNIQUE (legacy_id),
    CONSTRAINT child_profile_id_account_key UNIQUE (id, account_id)
);
ALTER TABLE calendar.child_profile ENABLE ROW LEVEL SECURITY;

-- add constraint child_profile_account_id_fkey on calendar.child_profile
ALTER TABLE calendar.child_profile ADD CONSTRAINT child_profile_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint child_profile_avatar_fkey on calendar.child_profile
ALTER TABLE calendar.child_profile ADD CONSTRAINT child_profile_avatar_fkey FOREIGN KEY (avatar_media_id, account_id) REFERENCES calendar.media_asset (id, owner_account_id) ON DELETE SET NULL (avatar_media_id);

-- create table calendar.advent_calendar
CREATE TABLE calendar.advent_calendar (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    child_profile_id uuid,
    legacy_id integer,
    title text NOT NULL,
    description text,
    year smallint NOT NULL,
    start_date date NOT NULL,
    day_count smallint DEFAULT 24 NOT NULL,
    status calendar.calendar_status DEFAULT 'draft' NOT NULL,
    theme text,
    cover_media_id uuid,
    share_slug text,
    published_at timestamp with time zone,
    is_locked boolean DEFAULT false NOT NULL,
    locked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT advent_calendar_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    CONSTRAINT advent_calendar_description_check CHECK (char_length(description) <= 2000),
    CONSTRAINT advent_calendar_year_check CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT advent_calendar_day_count_check CHECK (day_count BETWEEN 1 AND 31),
    CONSTRAINT advent_calendar_theme_check CHECK (char_length(theme) <= 50),
    CONSTRAINT advent_calendar_share_slug_check CHECK (share_slug ~ '^[a-z0-9][a-z0-9-]{5,63}$'),
    CONSTRAINT advent_calendar_start_in_year CHECK (extract ('year' FROM start_date) = year),
    CONSTRAINT advent_calendar_published_has_time CHECK (status <> 'published' OR published_at IS NOT NULL),
    CONSTRAINT advent_calendar_lock_consistent CHECK (is_locked = (locked_at IS NOT NULL)),
    CONSTRAINT advent_calendar_pkey PRIMARY KEY (id),
    CONSTRAINT advent_calendar_legacy_id_key UNIQUE (legacy_id),
    CONSTRAINT advent_calendar_share_slug_key UNIQUE (share_slug),
    CONSTRAINT advent_calendar_id_account_key UNIQUE (id, account_id)
);
ALTER TABLE calendar.advent_calendar ENABLE ROW LEVEL SECURITY;

-- add constraint advent_calendar_account_id_fkey on calendar.advent_calendar
ALTER TABLE calendar.advent_calendar ADD CONSTRAINT advent_calendar_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint advent_calendar_child_fkey on calendar.advent_calendar
ALTER TABLE calendar.advent_calendar ADD CONSTRAINT advent_calendar_child_fkey FOREIGN KEY (child_profile_id, account_id) REFERENCES calendar.child_profile (id, account_id) ON DELETE SET NULL (child_profile_id);

-- add constraint advent_calendar_cover_fkey on calendar.advent_calendar
ALTER TABLE calendar.advent_calendar ADD CONSTRAINT advent_calendar_cover_fkey FOREIGN KEY (cover_media_id, account_id) REFERENCES calendar.media_asset (id, owner_account_id) ON DELETE SET NULL (cover_media_id);

-- create table calendar.surprise_collection
CREATE TABLE calendar.surprise_collection (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    calendar_id uuid NOT NULL,
    legacy_id integer,
    title text NOT NULL,
    theme text,
    unlock_rule calendar.surprise_unlock_rule DEFAULT 'with_day' NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT surprise_collection_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    CONSTRAINT surprise_collection_theme_check CHECK (char_length(theme) <= 50),
    CONSTRAINT surprise_collection_pkey PRIMARY KEY (id),
    CONSTRAINT surprise_collection_legacy_id_key UNIQUE (legacy_id)
);
ALTER TABLE calendar.surprise_collection ENABLE ROW LEVEL SECURITY;

-- add constraint surprise_collection_calendar_id_fkey on calendar.surprise_collection
ALTER TABLE calendar.surprise_collection ADD CONSTRAINT surprise_collection_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES calendar.advent_calendar (id) ON DELETE CASCADE;

-- create table calendar.surprise_video
CREATE TABLE calendar.surprise_video (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    collection_id uuid NOT NULL,
    media_asset_id uuid NOT NULL,
    title text,
    "position" smallint NOT NULL,
    unlock_day smallint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT surprise_video_title_check CHECK (char_length(title) <= 120),
    CONSTRAINT surprise_video_position_check CHECK ("position" BETWEEN 1 AND 100),
    CONSTRAINT surprise_video_unlock_day_check CHECK (unlock_day BETWEEN 1 AND 31),
    CONSTRAINT surprise_video_pkey PRIMARY KEY (id),
    CONSTRAINT surprise_video_position_key UNIQUE (collection_id, "position") DEFERRABLE
);
ALTER TABLE calendar.surprise_video ENABLE ROW LEVEL SECURITY;

-- add constraint surprise_video_collection_id_fkey on calendar.surprise_video
ALTER TABLE calendar.surprise_video ADD CONSTRAINT surprise_video_collection_id_fkey FOREIGN KEY (collection_id) REFERENCES calendar.surprise_collection (id) ON DELETE CASCADE;

-- add constraint surprise_video_media_asset_id_fkey on calendar.surprise_video
ALTER TABLE calendar.surprise_video ADD CONSTRAINT surprise_video_media_asset_id_fkey FOREIGN KEY (media_asset_id) REFERENCES calendar.media_asset (id) ON DELETE RESTRICT;

-- create table calendar.calendar_day
CREATE TABLE calendar.calendar_day (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    calendar_id uuid NOT NULL,
    legacy_id integer,
    day_number smallint NOT NULL,
    title text NOT NULL,
    message text,
    content_type calendar.day_content_type DEFAULT 'message' NOT NULL,
    media_asset_id uuid,
    surprise_video_id uuid,
    unlock_date date NOT NULL,
    opened_at timestamp with time zone,
    is_opened boolean GENERATED ALWAYS AS (opened_at IS NOT NULL) STORED NOT NULL,
    reaction text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT calendar_day_day_number_check CHECK (day_number BETWEEN 1 AND 31),
    CONSTRAINT calendar_day_title_check CHECK (char_length(btrim(title)) BETWEEN 1 AND 120),
    CONSTRAINT calendar_day_message_check CHECK (char_length(message) <= 4000),
    CONSTRAINT calendar_day_reaction_check CHECK (char_length(reaction) <= 16),
    CONSTRAINT calendar_day_media_required CHECK (content_type NOT IN ('image', 'video', 'audio') OR media_asset_id IS NOT NULL),
    CONSTRAINT calendar_day_surprise_required CHECK (content_type <> 'surprise' OR surprise_video_id IS NOT NULL),
    CONSTRAINT calendar_day_message_required CHECK (content_type <> 'message' OR message IS NOT NULL),
    CONSTRAINT calendar_day_pkey PRIMARY KEY (id),
    CONSTRAINT calendar_day_legacy_id_key UNIQUE (legacy_id),
    CONSTRAINT calendar_day_number_key UNIQUE (calendar_id, day_number),
    CONSTRAINT calendar_day_id_calendar_key UNIQUE (id, calendar_id)
);
ALTER TABLE calendar.calendar_day ENABLE ROW LEVEL SECURITY;

-- add constraint calendar_day_calendar_id_fkey on calendar.calendar_day
ALTER TABLE calendar.calendar_day ADD CONSTRAINT calendar_day_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES calendar.advent_calendar (id) ON DELETE CASCADE;

-- add constraint calendar_day_media_asset_id_fkey on calendar.calendar_day
ALTER TABLE calendar.calendar_day ADD CONSTRAINT calendar_day_media_asset_id_fkey FOREIGN KEY (media_asset_id) REFERENCES calendar.media_asset (id) ON DELETE SET NULL;

-- add constraint calendar_day_surprise_video_id_fkey on calendar.calendar_day
ALTER TABLE calendar.calendar_day ADD CONSTRAINT calendar_day_surprise_video_id_fkey FOREIGN KEY (surprise_video_id) REFERENCES calendar.surprise_video (id) ON DELETE SET NULL;

-- create table calendar.chat_session
CREATE TABLE calendar.chat_session (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    child_profile_id uuid NOT NULL,
    calendar_id uuid,
    calendar_day_id uuid,
    status calendar.chat_session_status DEFAULT 'active' NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    last_activity_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone DEFAULT now() + '02:00:00'::interval NOT NULL,
    ended_at timestamp with time zone,
    message_count integer DEFAULT 0 NOT NULL,
    summary text,
    client_ip inet,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT chat_session_message_count_check CHECK (message_count >= 0),
    CONSTRAINT chat_session_summary_check CHECK (char_length(summary) <= 4000),
    CONSTRAINT chat_session_expiry_after_start CHECK (expires_at > started_at),
    CONSTRAINT chat_session_activity_after_start CHECK (last_activity_at >= started_at),
    CONSTRAINT chat_session_end_consistent CHECK ((status = 'active') = (ended_at IS NULL)),
    CONSTRAINT chat_session_end_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT chat_session_pkey PRIMARY KEY (id),
    CONSTRAINT chat_session_id_account_key UNIQUE (id, account_id)
);
ALTER TABLE calendar.chat_session ENABLE ROW LEVEL SECURITY;

-- add constraint chat_session_calendar_day_id_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session ADD CONSTRAINT chat_session_calendar_day_id_fkey FOREIGN KEY (calendar_day_id) REFERENCES calendar.calendar_day (id) ON DELETE SET NULL;

-- add constraint chat_session_account_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session ADD CONSTRAINT chat_session_account_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint chat_session_child_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session ADD CONSTRAINT chat_session_child_fkey FOREIGN KEY (child_profile_id, account_id) REFERENCES calendar.child_profile (id, account_id) ON DELETE CASCADE;

-- add constraint chat_session_calendar_fkey on calendar.chat_session
ALTER TABLE calendar.chat_session ADD CONSTRAINT chat_session_calendar_fkey FOREIGN KEY (calendar_id, account_id) REFERENCES calendar.advent_calendar (id, account_id) ON DELETE SET NULL (calendar_id);

-- create table calendar.chat_message
CREATE TABLE calendar.chat_message (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    session_id uuid NOT NULL,
    account_id uuid NOT NULL,
    legacy_id bigint,
    sender calendar.chat_sender NOT NULL,
    content text NOT NULL,
    moderation calendar.moderation_result DEFAULT 'clean' NOT NULL,
    token_count integer,
    latency_ms integer,
    metadata jsonb DEFAULT '{}' NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT chat_message_content_check CHECK (char_length(content) BETWEEN 1 AND 8000),
    CONSTRAINT chat_message_token_count_check CHECK (token_count >= 0),
    CONSTRAINT chat_message_latency_ms_check CHECK (latency_ms >= 0),
    CONSTRAINT chat_message_metadata_check CHECK (jsonb_typeof(metadata) = 'object'),
    CONSTRAINT chat_message_latency_for_assistant CHECK (latency_ms IS NULL OR sender = 'assistant'),
    CONSTRAINT chat_message_pkey PRIMARY KEY (id),
    CONSTRAINT chat_message_legacy_id_key UNIQUE (legacy_id)
);
ALTER TABLE calendar.chat_message ENABLE ROW LEVEL SECURITY;

-- add constraint chat_message_session_fkey on calendar.chat_message
ALTER TABLE calendar.chat_message ADD CONSTRAINT chat_message_session_fkey FOREIGN KEY (session_id, account_id) REFERENCES calendar.chat_session (id, account_id) ON DELETE CASCADE;

-- create table calendar.memory_fragment
CREATE TABLE calendar.memory_fragment (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    child_profile_id uuid NOT NULL,
    session_id uuid,
    kind calendar.memory_kind NOT NULL,
    content text NOT NULL,
    salience numeric(3,2) DEFAULT 0.50 NOT NULL,
    expires_at timestamp with time zone DEFAULT now() + '7 days'::interval NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT memory_fragment_content_check CHECK (char_length(content) BETWEEN 1 AND 2000),
    CONSTRAINT memory_fragment_salience_check CHECK (salience BETWEEN 0 AND 1),
    CONSTRAINT memory_fragment_ttl CHECK (expires_at > created_at AND (expires_at - created_at) <= '30 days'::interval),
    CONSTRAINT memory_fragment_pkey PRIMARY KEY (id),
    CONSTRAINT memory_fragment_id_account_key UNIQUE (id, account_id)
);
ALTER TABLE calendar.memory_fragment ENABLE ROW LEVEL SECURITY;

-- add constraint memory_fragment_child_fkey on calendar.memory_fragment
ALTER TABLE calendar.memory_fragment ADD CONSTRAINT memory_fragment_child_fkey FOREIGN KEY (child_profile_id, account_id) REFERENCES calendar.child_profile (id, account_id) ON DELETE CASCADE;

-- add constraint memory_fragment_session_fkey on calendar.memory_fragment
ALTER TABLE calendar.memory_fragment ADD CONSTRAINT memory_fragment_session_fkey FOREIGN KEY (session_id, account_id) REFERENCES calendar.chat_session (id, account_id) ON DELETE SET NULL (session_id);

-- create table calendar.memory_embedding
CREATE TABLE calendar.memory_embedding (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    child_profile_id uuid NOT NULL,
    source_fragment_id uuid,
    kind calendar.memory_kind NOT NULL,
    content text NOT NULL,
    model text NOT NULL,
    embedding_dim smallint NOT NULL,
    embedding real[] NOT NULL,
    importance numeric(3,2) DEFAULT 0.50 NOT NULL,
    access_count integer DEFAULT 0 NOT NULL,
    last_accessed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT memory_embedding_content_check CHECK (char_length(content) BETWEEN 1 AND 2000),
    CONSTRAINT memory_embedding_model_check CHECK (char_length(model) BETWEEN 1 AND 100),
    CONSTRAINT memory_embedding_embedding_dim_check CHECK (embedding_dim IN (384, 768, 1024, 1536)),
    CONSTRAINT memory_embedding_importance_check CHECK (importance BETWEEN 0 AND 1),
    CONSTRAINT memory_embedding_access_count_check CHECK (access_count >= 0),
    CONSTRAINT memory_embedding_vector_shape CHECK (array_ndims(embedding) = 1 AND cardinality(embedding) = embedding_dim AND array_position(embedding, NULL) IS NULL),
    CONSTRAINT memory_embedding_pkey PRIMARY KEY (id)
);
ALTER TABLE calendar.memory_embedding ENABLE ROW LEVEL SECURITY;

-- add constraint memory_embedding_child_fkey on calendar.memory_embedding
ALTER TABLE calendar.memory_embedding ADD CONSTRAINT memory_embedding_child_fkey FOREIGN KEY (child_profile_id, account_id) REFERENCES calendar.child_profile (id, account_id) ON DELETE CASCADE;

-- add constraint memory_embedding_fragment_fkey on calendar.memory_embedding
ALTER TABLE calendar.memory_embedding ADD CONSTRAINT memory_embedding_fragment_fkey FOREIGN KEY (source_fragment_id, account_id) REFERENCES calendar.memory_fragment (id, account_id) ON DELETE SET NULL (source_fragment_id);

-- create table analytics.calendar_analytics
CREATE TABLE analytics.calendar_analytics (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    calendar_id uuid NOT NULL,
    account_id uuid,
    event_type analytics.calendar_event_type NOT NULL,
    share_channel analytics.share_channel,
    device analytics.device_type DEFAULT 'unknown' NOT NULL,
    country_code text,
    referrer_host text,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    legacy_event_id bigint,
    CONSTRAINT calendar_analytics_country_code_check CHECK (country_code ~ '^[A-Z]{2}$'),
    CONSTRAINT calendar_analytics_referrer_host_check CHECK (char_length(referrer_host) <= 255),
    CONSTRAINT calendar_analytics_channel_for_share CHECK (share_channel IS NULL OR event_type = 'share'),
    CONSTRAINT calendar_analytics_pkey PRIMARY KEY (id),
    CONSTRAINT calendar_analytics_legacy_event_key UNIQUE (legacy_event_id)
);
ALTER TABLE analytics.calendar_analytics ENABLE ROW LEVEL SECURITY;

-- add constraint calendar_analytics_calendar_id_fkey on analytics.calendar_analytics
ALTER TABLE analytics.calendar_analytics ADD CONSTRAINT calendar_analytics_calendar_id_fkey FOREIGN KEY (calendar_id) REFERENCES calendar.advent_calendar (id) ON DELETE CASCADE;

-- add constraint calendar_analytics_account_id_fkey on analytics.calendar_analytics
ALTER TABLE analytics.calendar_analytics ADD CONSTRAINT calendar_analytics_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table analytics.day_analytics
CREATE TABLE analytics.day_analytics (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    calendar_day_id uuid NOT NULL,
    calendar_id uuid NOT NULL,
    account_id uuid,
    opened_at timestamp with time zone DEFAULT now() NOT NULL,
    seconds_after_unlock integer,
    view_duration_ms integer,
    device analytics.device_type DEFAULT 'unknown' NOT NULL,
    legacy_event_id bigint,
    CONSTRAINT day_analytics_seconds_after_unlock_check CHECK (seconds_after_unlock >= 0),
    CONSTRAINT day_analytics_view_duration_ms_check CHECK (view_duration_ms BETWEEN 0 AND 86400000),
    CONSTRAINT day_analytics_pkey PRIMARY KEY (id),
    CONSTRAINT day_analytics_legacy_event_key UNIQUE (legacy_event_id)
);
ALTER TABLE analytics.day_analytics ENABLE ROW LEVEL SECURITY;

-- add constraint day_analytics_account_id_fkey on analytics.day_analytics
ALTER TABLE analytics.day_analytics ADD CONSTRAINT day_analytics_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE SET NULL;

-- add constraint day_analytics_day_fkey on analytics.day_analytics
ALTER TABLE analytics.day_analytics ADD CONSTRAINT day_analytics_day_fkey FOREIGN KEY (calendar_day_id, calendar_id) REFERENCES calendar.calendar_day (id, calendar_id) ON DELETE CASCADE;

-- create table analytics.chat_analytics
CREATE TABLE analytics.chat_analytics (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    chat_session_id uuid NOT NULL,
    account_id uuid NOT NULL,
    child_profile_id uuid NOT NULL,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone,
    duration_seconds integer,
    message_count integer DEFAULT 0 NOT NULL,
    child_message_count integer DEFAULT 0 NOT NULL,
    assistant_message_count integer DEFAULT 0 NOT NULL,
    moderated_message_count integer DEFAULT 0 NOT NULL,
    avg_response_ms integer,
    end_reason analytics.chat_end_reason,
    engagement_score numeric(5,2),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT chat_analytics_duration_seconds_check CHECK (duration_seconds >= 0),
    CONSTRAINT chat_analytics_message_count_check CHECK (message_count >= 0),
    CONSTRAINT chat_analytics_child_message_count_check CHECK (child_message_count >= 0),
    CONSTRAINT chat_analytics_assistant_message_count_check CHECK (assistant_message_count >= 0),
    CONSTRAINT chat_analytics_moderated_message_count_check CHECK (moderated_message_count >= 0),
    CONSTRAINT chat_analytics_avg_response_ms_check CHECK (avg_response_ms >= 0),
    CONSTRAINT chat_analytics_engagement_score_check CHECK (engagement_score BETWEEN 0 AND 100),
    CONSTRAINT chat_analytics_counts_consistent CHECK ((child_message_count + assistant_message_count) <= message_count AND moderated_message_count <= message_count),
    CONSTRAINT chat_analytics_end_after_start CHECK (ended_at IS NULL OR ended_at >= started_at),
    CONSTRAINT chat_analytics_pkey PRIMARY KEY (id),
    CONSTRAINT chat_analytics_session_key UNIQUE (chat_session_id)
);
ALTER TABLE analytics.chat_analytics ENABLE ROW LEVEL SECURITY;

-- add constraint chat_analytics_chat_session_id_fkey on analytics.chat_analytics
ALTER TABLE analytics.chat_analytics ADD CONSTRAINT chat_analytics_chat_session_id_fkey FOREIGN KEY (chat_session_id) REFERENCES calendar.chat_session (id) ON DELETE CASCADE;

-- add constraint chat_analytics_account_id_fkey on analytics.chat_analytics
ALTER TABLE analytics.chat_analytics ADD CONSTRAINT chat_analytics_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- add constraint chat_analytics_child_profile_id_fkey on analytics.chat_analytics
ALTER TABLE analytics.chat_analytics ADD CONSTRAINT chat_analytics_child_profile_id_fkey FOREIGN KEY (child_profile_id) REFERENCES calendar.child_profile (id) ON DELETE CASCADE;

-- create table analytics.user_engagement
CREATE TABLE analytics.user_engagement (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid NOT NULL,
    first_active_date date,
    last_active_date date,
    current_streak_days integer DEFAULT 0 NOT NULL,
    longest_streak_days integer DEFAULT 0 NOT NULL,
    active_days_total integer DEFAULT 0 NOT NULL,
    sessions_total integer DEFAULT 0 NOT NULL,
    engagement_score numeric(5,2) DEFAULT 0 NOT NULL,
    score_updated_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_engagement_current_streak_days_check CHECK (current_streak_days >= 0),
    CONSTRAINT user_engagement_longest_streak_days_check CHECK (longest_streak_days >= 0),
    CONSTRAINT user_engagement_active_days_total_check CHECK (active_days_total >= 0),
    CONSTRAINT user_engagement_sessions_total_check CHECK (sessions_total >= 0),
    CONSTRAINT user_engagement_engagement_score_check CHECK (engagement_score BETWEEN 0 AND 100),
    CONSTRAINT user_engagement_streak_bounds CHECK (current_streak_days <= longest_streak_days AND longest_streak_days <= active_days_total),
    CONSTRAINT user_engagement_dates_ordered CHECK (last_active_date >= first_active_date),
    CONSTRAINT user_engagement_dates_paired CHECK ((first_active_date IS NULL) = (last_active_date IS NULL)),
    CONSTRAINT user_engagement_pkey PRIMARY KEY (id),
    CONSTRAINT user_engagement_account_key UNIQUE (account_id)
);
ALTER TABLE analytics.user_engagement ENABLE ROW LEVEL SECURITY;

-- create function analytics.record_activity(uuid, date, boolean)
CREATE FUNCTION analytics.record_activity(p_account_id uuid, p_activity_date date, p_new_session boolean DEFAULT true)
  RETURNS analytics.user_engagement
  LANGUAGE plpgsql
AS $function$
DECLARE
    e analytics.user_engagement;
BEGIN
    LOOP
        SELECT * INTO e FROM analytics.user_engagement WHERE account_id = p_account_id FOR UPDATE;
        EXIT WHEN FOUND;
        INSERT INTO analytics.user_engagement (account_id) VALUES (p_account_id)
            ON CONFLICT (account_id) DO NOTHING;
    END LOOP;

    IF e.last_active_date IS NULL THEN
        e.first_active_date := p_activity_date;
        e.last_active_date := p_activity_date;
        e.current_streak_days := 1;
        e.active_days_total := e.active_days_total + 1;
    ELSIF p_activity_date > e.last_active_date THEN
        e.current_streak_days := CASE WHEN p_activity_date = e.last_active_date + 1
                                      THEN e.current_streak_days + 1 ELSE 1 END;
        e.active_days_total := e.active_days_total + 1;
        e.last_active_date := p_activity_date;
    END IF;
    IF p_new_session THEN
        e.sessions_total := e.sessions_total + 1;
    END IF;
    e.longest_streak_days := greatest(e.longest_streak_days, e.current_streak_days);
    e.engagement_score := least(100, round(e.current_streak_days * 5 + e.active_days_total * 0.5 + e.sessions_total * 0.2, 2));

    UPDATE analytics.user_engagement
       SET first_active_date   = e.first_active_date,
           last_active_date    = e.last_active_date,
           current_streak_days = e.current_streak_days,
           longest_streak_days = e.longest_streak_days,
           active_days_total   = e.active_days_total,
           sessions_total      = e.sessions_total,
           engagement_score    = e.engagement_score,
           score_updated_at    = now()
     WHERE id = e.id
    RETURNING * INTO e;
    RETURN e;
END;
$function$;

-- add constraint user_engagement_account_id_fkey on analytics.user_engagement
ALTER TABLE analytics.user_engagement ADD CONSTRAINT user_engagement_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE CASCADE;

-- create table analytics.nps_submission
CREATE TABLE analytics.nps_submission (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_id uuid,
    survey text NOT NULL,
    score smallint NOT NULL,
    category analytics.nps_category GENERATED ALWAYS AS (CASE WHEN score >= 9 THEN 'promoter'::analytics.nps_category WHEN score >= 7 THEN 'passive'::analytics.nps_category ELSE 'detractor'::analytics.nps_category END) STORED NOT NULL,
    comment text,
    submitted_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT nps_submission_survey_check CHECK (survey ~ '^[a-z][a-z0-9_]{1,49}$'),
    CONSTRAINT nps_submission_score_check CHECK (score BETWEEN 0 AND 10),
    CONSTRAINT nps_submission_comment_check CHECK (char_length(comment) <= 2000),
    CONSTRAINT nps_submission_pkey PRIMARY KEY (id)
);
ALTER TABLE analytics.nps_submission ENABLE ROW LEVEL SECURITY;

-- add constraint nps_submission_account_id_fkey on analytics.nps_submission
ALTER TABLE analytics.nps_submission ADD CONSTRAINT nps_submission_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table analytics.metrics_log
CREATE TABLE analytics.metrics_log (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    metric_name text NOT NULL,
    kind analytics.metric_kind NOT NULL,
    value double precision NOT NULL,
    unit text,
    tags jsonb DEFAULT '{}' NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT metrics_log_metric_name_check CHECK (metric_name ~ '^[a-z][a-z0-9_.]{0,99}$'),
    CONSTRAINT metrics_log_unit_check CHECK (char_length(unit) <= 20),
    CONSTRAINT metrics_log_tags_check CHECK (jsonb_typeof(tags) = 'object'),
    CONSTRAINT metrics_log_counter_non_negative CHECK (kind <> 'counter' OR value >= 0),
    CONSTRAINT metrics_log_pkey PRIMARY KEY (id)
);
ALTER TABLE analytics.metrics_log ENABLE ROW LEVEL SECURITY;

-- create table analytics.audit_log
CREATE TABLE analytics.audit_log (
    id bigint DEFAULT nextval('analytics.audit_log_id_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    actor_account_id uuid,
    actor_role text DEFAULT current_user NOT NULL,
    action analytics.audit_action NOT NULL,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    row_id text,
    changed_columns text[],
    old_data jsonb,
    new_data jsonb,
    client_ip inet DEFAULT inet_client_addr(),
    transaction_id bigint DEFAULT txid_current() NOT NULL,
    CONSTRAINT audit_log_row_images CHECK ((action = 'insert' AND old_data IS NULL AND new_data IS NOT NULL) OR (action = 'update' AND old_data IS NOT NULL AND new_data IS NOT NULL) OR (action = 'delete' AND old_data IS NOT NULL AND new_data IS NULL) OR action NOT IN ('insert', 'update', 'delete')),
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);
ALTER TABLE analytics.audit_log ENABLE ROW LEVEL SECURITY;

-- create table analytics.telemetry_event
CREATE TABLE analytics.telemetry_event (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    account_id uuid,
    anonymous_id uuid,
    client_session uuid,
    source analytics.telemetry_source NOT NULL,
    app_version text,
    event_name text NOT NULL,
    properties jsonb DEFAULT '{}' NOT NULL,
    legacy_event_id bigint,
    CONSTRAINT telemetry_event_app_version_check CHECK (app_version ~ E'^[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?$'),
    CONSTRAINT telemetry_event_event_name_check CHECK (event_name ~ '^[a-z][a-z0-9_.:-]{0,99}$'),
    CONSTRAINT telemetry_event_properties_check CHECK (jsonb_typeof(properties) = 'object'),
    CONSTRAINT telemetry_event_pkey PRIMARY KEY (id, occurred_at),
    CONSTRAINT telemetry_event_legacy_event_key UNIQUE (legacy_event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);
ALTER TABLE analytics.telemetry_event ENABLE ROW LEVEL SECURITY;

-- add constraint telemetry_event_account_id_fkey on analytics.telemetry_event
ALTER TABLE analytics.telemetry_event ADD CONSTRAINT telemetry_event_account_id_fkey FOREIGN KEY (account_id) REFERENCES users.account (id) ON DELETE SET NULL;

-- create table analytics.telemetry_event_archive
CREATE TABLE analytics.telemetry_event_archive PARTITION OF analytics.telemetry_event FOR VALUES FROM (MINVALUE) TO ('2025-09-01 00:00:00+00');

-- create table analytics.telemetry_event_2025_09
CREATE TABLE analytics.telemetry_event_2025_09 PARTITION OF analytics.telemetry_event FOR VALUES FROM ('2025-09-01 00:00:00+00') TO ('2025-10-01 00:00:00+00');

-- create table analytics.telemetry_event_2025_10
CREATE TABLE analytics.telemetry_event_2025_10 PARTITION OF analytics.telemetry_event FOR VALUES FROM ('2025-10-01 00:00:00+00') TO ('2025-11-01 00:00:00+00');

-- create table analytics.telemetry_event_2025_11
CREATE TABLE analytics.telemetry_event_2025_11 PARTITION OF analytics.telemetry_event FOR VALUES FROM ('2025-11-01 00:00:00+00') TO ('2025-12-01 00:00:00+00');

-- create table analytics.telemetry_event_2025_12
CREATE TABLE analytics.telemetry_event_2025_12 PARTITION OF analytics.telemetry_event FOR VALUES FROM ('2025-12-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

-- create table analytics.telemetry_event_2026_01
CREATE TABLE analytics.telemetry_event_2026_01 PARTITION OF analytics.telemetry_event FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');

-- create table analytics.telemetry_event_2026_02
CREATE TABLE analytics.telemetry_event_2026_02 PARTITION OF analytics.telemetry_event FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');

-- create table analytics.telemetry_event_2026_03
CREATE TABLE analytics.telemetry_event_2026_03 PARTITION OF analytics.telemetry_event FOR VALUES FROM ('2026-03-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');

-- create table analytics.telemetry_event_default
CREATE TABLE analytics.telemetry_event_default PARTITION OF analytics.telemetry_event DEFAULT;

-- create view users.active_session
CREATE VIEW users.active_session (id, account_id, created_ip, last_seen_ip, user_agent, device_label, mfa_verified, created_at, last_seen_at, expires_at) WITH (security_invoker='true') AS
SELECT s.id, s.account_id, s.created_ip, s.last_seen_ip, s.user_agent, s.device_label, s.mfa_verified_at IS NOT NULL AS mfa_verified, s.created_at, s.last_seen_at, s.expires_at FROM users.account_session s WHERE s.ended_at IS NULL AND s.expires_at > now();

-- create view users.user_memory_overview
CREATE VIEW users.user_memory_overview (user_id, memory_version, last_summarized_at, conversations, active_themes, people, active_goals, achieved_goals, coping_tools, open_stressors, serious_risk_factors, unresolved_crisis_flags, mood_avg_30d) WITH (security_invoker='true') AS
SELECT p.user_id, p.memory_version, p.last_summarized_at, (SELECT count(*) FROM users.user_conversations c WHERE c.user_id = p.user_id) AS conversations, (SELECT count(*) FROM users.user_themes t WHERE t.user_id = p.user_id AND t.is_active) AS active_themes, (SELECT count(*) FROM users.user_people pe WHERE pe.user_id = p.user_id) AS people, (SELECT count(*) FROM users.user_goals g WHERE g.user_id = p.user_id AND g.status = 'active') AS active_goals, (SELECT count(*) FROM users.user_goals g WHERE g.user_id = p.user_id AND g.status = 'achieved') AS achieved_goals, (SELECT count(*) FROM users.user_coping_tools ct WHERE ct.user_id = p.user_id) AS coping_tools, (SELECT count(*) FROM users.user_current_stressors st WHERE st.user_id = p.user_id AND st.resolved_on IS NULL) AS open_stressors, (SELECT count(*) FROM users.user_risk_factors r WHERE r.user_id = p.user_id AND r.is_current AND r.severity IN ('high', 'critical')) AS serious_risk_factors, (SELECT count(*) FROM users.user_crisis_flags f WHERE f.user_id = p.user_id AND f.status IN ('open', 'acknowledged', 'escalated')) AS unresolved_crisis_flags, (SELECT round(avg(m.mood_score), 2) FROM users.user_mood_trends m WHERE m.user_id = p.user_id AND m.recorded_on > (current_date - 30)) AS mood_avg_30d FROM users.user_profile_summary p;

-- create view users.crisis_triage_queue
CREATE VIEW users.crisis_triage_queue (id, user_id, display_name, category, severity, status, detected_by, detector_confidence, created_at, acknowledged_at, waiting) WITH (security_invoker='true') AS
SELECT f.id, f.user_id, a.display_name, f.category, f.severity, f.status, f.detected_by, f.detector_confidence, f.created_at, f.acknowledged_at, now() - f.created_at AS waiting FROM users.user_crisis_flags f JOIN users.account a ON a.id = f.user_id WHERE f.status IN ('open', 'acknowledged', 'escalated') ORDER BY f.severity DESC, f.created_at;

-- create view calendar.advent_day
CREATE VIEW calendar.advent_day (id, calendar_id, day, title, content, type, media_asset_id, media_kind, media_mime_type, surprise_video_id, unlock_date, is_unlocked, is_opened, opened_at, reaction) WITH (security_invoker='true') AS
SELECT d.id, d.calendar_id, d.day_number AS day, d.title, d.message AS content, d.content_type AS type, d.media_asset_id, m.kind AS media_kind, m.mime_type AS media_mime_type, d.surprise_video_id, d.unlock_date, d.unlock_date <= (now() AT TIME ZONE COALESCE(fs.time_zone, 'UTC'))::date AS is_unlocked, d.is_opened, d.opened_at, d.reaction FROM calendar.calendar_day d JOIN calendar.advent_calendar c ON c.id = d.calendar_id LEFT JOIN calendar.family_settings fs ON fs.account_id = c.account_id LEFT JOIN calendar.media_asset m ON m.id = d.media_asset_id;

-- create view calendar.calendar_overview
CREATE VIEW calendar.calendar_overview (calendar_id, account_id, child_profile_id, title, year, status, is_locked, days_filled, day_count, days_opened, next_unopened_date, last_opened_at) WITH (security_invoker='true') AS
SELECT c.id AS calendar_id, c.account_id, c.child_profile_id, c.title, c.year, c.status, c.is_locked, count(d.id) AS days_filled, c.day_count, count(d.id) FILTER (WHERE d.opened_at IS NOT NULL) AS days_opened, min(d.unlock_date) FILTER (WHERE d.opened_at IS NULL) AS next_unopened_date, max(d.opened_at) AS last_opened_at FROM calendar.advent_calendar c LEFT JOIN calendar.calendar_day d ON d.calendar_id = c.id GROUP BY c.id;

-- create materialized view analytics.calendar_daily_stats
-- hazards: long-scan
CREATE MATERIALIZED VIEW analytics.calendar_daily_stats (calendar_id, day, views, shares, publishes, day_opens) AS
SELECT s.calendar_id, s.day, sum(s.views)::int AS views, sum(s.shares)::int AS shares, sum(s.publishes)::int AS publishes, sum(s.opens)::int AS day_opens FROM (SELECT ca.calendar_id, (ca.occurred_at AT TIME ZONE 'UTC')::date AS day, count(*) FILTER (WHERE ca.event_type = 'view') AS views, count(*) FILTER (WHERE ca.event_type = 'share') AS shares, count(*) FILTER (WHERE ca.event_type = 'publish') AS publishes, 0::bigint AS opens FROM analytics.calendar_analytics ca GROUP BY ca.calendar_id, (ca.occurred_at AT TIME ZONE 'UTC')::date UNION ALL SELECT da.calendar_id, (da.opened_at AT TIME ZONE 'UTC')::date, 0, 0, 0, count(*) FROM analytics.day_analytics da GROUP BY da.calendar_id, (da.opened_at AT TIME ZONE 'UTC')::date) s GROUP BY s.calendar_id, s.day;

-- create view analytics.calendar_summary
CREATE VIEW analytics.calendar_summary (calendar_id, account_id, title, views, shares, last_viewed_at, day_opens, avg_hours_to_open) WITH (security_invoker='true') AS
SELECT c.id AS calendar_id, c.account_id, c.title, (SELECT count(*) FROM analytics.calendar_analytics ca WHERE ca.calendar_id = c.id AND ca.event_type = 'view') AS views, (SELECT count(*) FROM analytics.calendar_analytics ca WHERE ca.calendar_id = c.id AND ca.event_type = 'share') AS shares, (SELECT max(ca.occurred_at) FROM analytics.calendar_analytics ca WHERE ca.calendar_id = c.id AND ca.event_type = 'view') AS last_viewed_at, (SELECT count(*) FROM analytics.day_analytics da WHERE da.calendar_id = c.id) AS day_opens, (SELECT round(avg(da.seconds_after_unlock) / 3600.0, 1) FROM analytics.day_analytics da WHERE da.calendar_id = c.id) AS avg_hours_to_open FROM calendar.advent_calendar c;

-- create view analytics.nps_monthly
CREATE VIEW analytics.nps_monthly (month, survey, responses, promoters, passives, detractors, nps) AS
SELECT date_trunc('month', n.submitted_at AT TIME ZONE 'UTC')::date AS month, n.survey, count(*) AS responses, count(*) FILTER (WHERE n.category = 'promoter') AS promoters, count(*) FILTER (WHERE n.category = 'passive') AS passives, count(*) FILTER (WHERE n.category = 'detractor') AS detractors, round((100.0 * (count(*) FILTER (WHERE n.category = 'promoter') - count(*) FILTER (WHERE n.category = 'detractor'))) / count(*), 1) AS nps FROM analytics.nps_submission n GROUP BY date_trunc('month', n.submitted_at AT TIME ZONE 'UTC')::date, n.survey;

-- create view analytics.daily_active_accounts
CREATE VIEW analytics.daily_active_accounts (day, source, active_accounts, events) AS
SELECT (t.occurred_at AT TIME ZONE 'UTC')::date AS day, t.source, count(DISTINCT t.account_id) AS active_accounts, count(*) AS events FROM analytics.telemetry_event t WHERE t.account_id IS NOT NULL GROUP BY (t.occurred_at AT TIME ZONE 'UTC')::date, t.source;

-- create index users.account_role_status_idx
CREATE INDEX account_role_status_idx ON users.account (role, status);

-- create index users.account_created_at_idx
CREATE INDEX account_created_at_idx ON users.account (created_at);

-- create index users.account_session_account_live_idx
CREATE INDEX account_session_account_live_idx ON users.account_session (account_id, expires_at DESC) WHERE (ended_at IS NULL);

-- create index users.account_session_expires_at_idx
CREATE INDEX account_session_expires_at_idx ON users.account_session (expires_at) WHERE (ended_at IS NULL);

-- create index users.account_session_created_ip_idx
CREATE INDEX account_session_created_ip_idx ON users.account_session (created_ip, created_at DESC);

-- create index users.auth_token_account_purpose_idx
CREATE INDEX auth_token_account_purpose_idx ON users.auth_token (account_id, purpose, created_at DESC);

-- create index users.auth_token_expires_at_idx
CREATE INDEX auth_token_expires_at_idx ON users.auth_token (expires_at) WHERE (consumed_at IS NULL);

-- create index users.login_attempt_ip_idx
CREATE INDEX login_attempt_ip_idx ON users.login_attempt (ip, attempted_at DESC);

-- create index users.login_attempt_account_idx
CREATE INDEX login_attempt_account_idx ON users.login_attempt (account_id, attempted_at DESC);

-- create index users.login_attempt_email_failed_idx
CREATE INDEX login_attempt_email_failed_idx ON users.login_attempt (email_attempted, attempted_at DESC) WHERE (NOT succeeded);

-- create index users.organization_created_by_idx
CREATE INDEX organization_created_by_idx ON users.organization (created_by);

-- create index users.organization_member_account_idx
CREATE INDEX organization_member_account_idx ON users.organization_member (account_id);

-- create index users.organization_member_invited_by_idx
CREATE INDEX organization_member_invited_by_idx ON users.organization_member (invited_by);

-- create index users.user_conversations_user_recent_idx
CREATE INDEX user_conversations_user_recent_idx ON users.user_conversations (user_id, started_at DESC);

-- create index users.user_conversations_active_idx
CREATE INDEX user_conversations_active_idx ON users.user_conversations (user_id, last_message_at DESC) WHERE (status = 'active');

-- create index users.user_conversation_messages_conversation_idx
CREATE INDEX user_conversation_messages_conversation_idx ON users.user_conversation_messages (conversation_id, created_at);

-- create index users.user_conversation_messages_user_recent_idx
CREATE INDEX user_conversation_messages_user_recent_idx ON users.user_conversation_messages (user_id, created_at DESC);

-- create index users.user_conversation_messages_flagged_idx
CREATE INDEX user_conversation_messages_flagged_idx ON users.user_conversation_messages (created_at) WHERE (is_flagged);

-- create index users.user_conversation_continuity_last_conversation_idx
CREATE INDEX user_conversation_continuity_last_conversation_idx ON users.user_conversation_continuity (last_conversation_id);

-- create index users.user_crisis_flags_user_idx
CREATE INDEX user_crisis_flags_user_idx ON users.user_crisis_flags (user_id, created_at DESC);

-- create index users.user_crisis_flags_triage_idx
CREATE INDEX user_crisis_flags_triage_idx ON users.user_crisis_flags (severity DESC, created_at) WHERE (status IN ('open', 'acknowledged', 'escalated'));

-- create index users.user_crisis_flags_conversation_idx
CREATE INDEX user_crisis_flags_conversation_idx ON users.user_crisis_flags (conversation_id);

-- create index users.user_crisis_flags_message_idx
CREATE INDEX user_crisis_flags_message_idx ON users.user_crisis_flags (message_id);

-- create index users.user_crisis_flags_acknowledged_by_idx
CREATE INDEX user_crisis_flags_acknowledged_by_idx ON users.user_crisis_flags (acknowledged_by) WHERE (acknowledged_by IS NOT NULL);

-- create index users.user_crisis_flags_resolved_by_idx
CREATE INDEX user_crisis_flags_resolved_by_idx ON users.user_crisis_flags (resolved_by) WHERE (resolved_by IS NOT NULL);

-- create index users.user_feedback_log_user_idx
CREATE INDEX user_feedback_log_user_idx ON users.user_feedback_log (user_id, created_at DESC);

-- create index users.user_feedback_log_kind_idx
CREATE INDEX user_feedback_log_kind_idx ON users.user_feedback_log (kind, created_at DESC);

-- create index users.user_feedback_log_conversation_idx
CREATE INDEX user_feedback_log_conversation_idx ON users.user_feedback_log (conversation_id);

-- create index users.user_feedback_log_message_idx
CREATE INDEX user_feedback_log_message_idx ON users.user_feedback_log (message_id);

-- create index users.user_themes_user_theme_key
CREATE UNIQUE INDEX user_themes_user_theme_key ON users.user_themes (user_id, (lower(theme)));

-- create index users.user_themes_user_salience_idx
CREATE INDEX user_themes_user_salience_idx ON users.user_themes (user_id, salience DESC) WHERE (is_active);

-- create index users.user_people_user_idx
CREATE INDEX user_people_user_idx ON users.user_people (user_id, relationship);

-- create index users.user_coping_tools_user_idx
CREATE INDEX user_coping_tools_user_idx ON users.user_coping_tools (user_id, effectiveness DESC NULLS LAST);

-- create index users.user_goals_user_status_idx
CREATE INDEX user_goals_user_status_idx ON users.user_goals (user_id, status, priority);

-- create index users.user_trauma_patterns_user_idx
CREATE INDEX user_trauma_patterns_user_idx ON users.user_trauma_patterns (user_id, severity DESC);

-- create index users.user_pattern_loops_user_idx
CREATE INDEX user_pattern_loops_user_idx ON users.user_pattern_loops (user_id);

-- create index users.user_shadow_themes_user_idx
CREATE INDEX user_shadow_themes_user_idx ON users.user_shadow_themes (user_id);

-- create index users.user_ancestral_issues_user_idx
CREATE INDEX user_ancestral_issues_user_idx ON users.user_ancestral_issues (user_id);

-- create index users.user_current_practices_user_idx
CREATE INDEX user_current_practices_user_idx ON users.user_current_practices (user_id) WHERE (is_active);

-- create index users.user_regulation_strategies_user_idx
CREATE INDEX user_regulation_strategies_user_idx ON users.user_regulation_strategies (user_id, target_emotion);

-- create index users.user_dysregulating_factors_user_idx
CREATE INDEX user_dysregulating_factors_user_idx ON users.user_dysregulating_factors (user_id, impact_level DESC);

-- create index users.user_role_model_traits_user_idx
CREATE INDEX user_role_model_traits_user_idx ON users.user_role_model_traits (user_id);

-- create index users.user_growth_milestones_user_idx
CREATE INDEX user_growth_milestones_user_idx ON users.user_growth_milestones (user_id, achieved_on DESC);

-- create index users.user_growth_milestones_goal_idx
CREATE INDEX user_growth_milestones_goal_idx ON users.user_growth_milestones (related_goal_id);

-- create index users.user_emotional_patterns_user_idx
CREATE INDEX user_emotional_patterns_user_idx ON users.user_emotional_patterns (user_id, emotion);

-- create index users.user_relationship_dynamics_user_idx
CREATE INDEX user_relationship_dynamics_user_idx ON users.user_relationship_dynamics (user_id);

-- create index users.user_relationship_dynamics_person_idx
CREATE INDEX user_relationship_dynamics_person_idx ON users.user_relationship_dynamics (person_id);

-- create index users.user_growth_opportunities_user_idx
CREATE INDEX user_growth_opportunities_user_idx ON users.user_growth_opportunities (user_id, status, priority);

-- create index users.user_risk_factors_user_idx
CREATE INDEX user_risk_factors_user_idx ON users.user_risk_factors (user_id, severity DESC) WHERE (is_current);

-- create index users.user_strengths_user_idx
CREATE INDEX user_strengths_user_idx ON users.user_strengths (user_id, category);

-- create index users.user_emotional_states_user_time_idx
CREATE INDEX user_emotional_states_user_time_idx ON users.user_emotional_states (user_id, observed_at DESC);

-- create index users.user_emotional_states_conversation_idx
CREATE INDEX user_emotional_states_conversation_idx ON users.user_emotional_states (conversation_id);

-- create index users.user_support_system_user_idx
CREATE INDEX user_support_system_user_idx ON users.user_support_system (user_id, support_type);

-- create index users.user_support_system_crisis_idx
CREATE INDEX user_support_system_crisis_idx ON users.user_support_system (user_id) WHERE (is_crisis_contact);

-- create index users.user_support_system_person_idx
CREATE INDEX user_support_system_person_idx ON users.user_support_system (person_id);

-- create index users.user_current_stressors_open_idx
CREATE INDEX user_current_stressors_open_idx ON users.user_current_stressors (user_id, severity DESC) WHERE (resolved_on IS NULL);

-- create index users.user_current_stressors_user_idx
CREATE INDEX user_current_stressors_user_idx ON users.user_current_stressors (user_id);

-- create index users.user_daily_habits_user_idx
CREATE INDEX user_daily_habits_user_idx ON users.user_daily_habits (user_id, time_of_day);

-- create index users.user_substance_use_user_substance_key
CREATE UNIQUE INDEX user_substance_use_user_substance_key ON users.user_substance_use (user_id, (lower(substance)));

-- create index users.user_previous_therapy_user_idx
CREATE INDEX user_previous_therapy_user_idx ON users.user_previous_therapy (user_id, started_on DESC);

-- create index users.user_suicidal_thoughts_user_time_idx
CREATE INDEX user_suicidal_thoughts_user_time_idx ON users.user_suicidal_thoughts (user_id, recorded_at DESC);

-- create index users.user_suicidal_thoughts_crisis_flag_idx
CREATE INDEX user_suicidal_thoughts_crisis_flag_idx ON users.user_suicidal_thoughts (crisis_flag_id);

-- create index users.user_insight_notes_user_idx
CREATE INDEX user_insight_notes_user_idx ON users.user_insight_notes (user_id, is_pinned DESC, created_at DESC);

-- create index users.user_insight_notes_conversation_idx
CREATE INDEX user_insight_notes_conversation_idx ON users.user_insight_notes (conversation_id);

-- create index users.user_relationship_status_current_key
CREATE UNIQUE INDEX user_relationship_status_current_key ON users.user_relationship_status (user_id) WHERE (is_current);

-- create index users.user_relationship_status_user_idx
CREATE INDEX user_relationship_status_user_idx ON users.user_relationship_status (user_id, since DESC);

-- create index users.user_relationship_status_partner_idx
CREATE INDEX user_relationship_status_partner_idx ON users.user_relationship_status (partner_person_id);

-- create index users.user_living_situation_current_key
CREATE UNIQUE INDEX user_living_situation_current_key ON users.user_living_situation (user_id) WHERE (is_current);

-- create index users.user_living_situation_user_idx
CREATE INDEX user_living_situation_user_idx ON users.user_living_situation (user_id, since DESC);

-- create index users.user_value_compass_value_key
CREATE UNIQUE INDEX user_value_compass_value_key ON users.user_value_compass (user_id, (lower(value_name)));

-- create index calendar.media_asset_owner_idx
CREATE INDEX media_asset_owner_idx ON calendar.media_asset (owner_account_id, created_at DESC);

-- create index calendar.media_asset_processing_queue_idx
CREATE INDEX media_asset_processing_queue_idx ON calendar.media_asset (created_at) WHERE (status IN ('uploaded', 'processing'));

-- create index calendar.child_profile_account_idx
CREATE INDEX child_profile_account_idx ON calendar.child_profile (account_id) WHERE (is_active);

-- create index calendar.child_profile_avatar_idx
CREATE INDEX child_profile_avatar_idx ON calendar.child_profile (avatar_media_id);

-- create index calendar.advent_calendar_account_idx
CREATE INDEX advent_calendar_account_idx ON calendar.advent_calendar (account_id, year DESC);

-- create index calendar.advent_calendar_child_idx
CREATE INDEX advent_calendar_child_idx ON calendar.advent_calendar (child_profile_id);

-- create index calendar.advent_calendar_cover_idx
CREATE INDEX advent_calendar_cover_idx ON calendar.advent_calendar (cover_media_id);

-- create index calendar.advent_calendar_published_idx
CREATE INDEX advent_calendar_published_idx ON calendar.advent_calendar (published_at DESC) WHERE (status = 'published');

-- create index calendar.surprise_collection_calendar_idx
CREATE INDEX surprise_collection_calendar_idx ON calendar.surprise_collection (calendar_id);

-- create index calendar.surprise_video_media_idx
CREATE INDEX surprise_video_media_idx ON calendar.surprise_video (media_asset_id);

-- create index calendar.calendar_day_unlock_idx
CREATE INDEX calendar_day_unlock_idx ON calendar.calendar_day (unlock_date) WHERE (opened_at IS NULL);

-- create index calendar.calendar_day_media_idx
CREATE INDEX calendar_day_media_idx ON calendar.calendar_day (media_asset_id);

-- create index calendar.calendar_day_surprise_video_idx
CREATE INDEX calendar_day_surprise_video_idx ON calendar.calendar_day (surprise_video_id);

-- create index calendar.chat_session_child_idx
CREATE INDEX chat_session_child_idx ON calendar.chat_session (child_profile_id, started_at DESC);

-- create index calendar.chat_session_account_idx
CREATE INDEX chat_session_account_idx ON calendar.chat_session (account_id, started_at DESC);

-- create index calendar.chat_session_calendar_idx
CREATE INDEX chat_session_calendar_idx ON calendar.chat_session (calendar_id);

-- create index calendar.chat_session_day_idx
CREATE INDEX chat_session_day_idx ON calendar.chat_session (calendar_day_id);

-- create index calendar.chat_session_expiry_idx
CREATE INDEX chat_session_expiry_idx ON calendar.chat_session (expires_at) WHERE (status = 'active');

-- create index calendar.chat_message_session_idx
CREATE INDEX chat_message_session_idx ON calendar.chat_message (session_id, created_at);

-- create index calendar.chat_message_moderation_idx
CREATE INDEX chat_message_moderation_idx ON calendar.chat_message (created_at) WHERE (moderation <> 'clean');

-- create index calendar.memory_fragment_child_idx
CREATE INDEX memory_fragment_child_idx ON calendar.memory_fragment (child_profile_id, created_at DESC);

-- create index calendar.memory_fragment_expiry_idx
CREATE INDEX memory_fragment_expiry_idx ON calendar.memory_fragment (expires_at);

-- create index calendar.memory_fragment_session_idx
CREATE INDEX memory_fragment_session_idx ON calendar.memory_fragment (session_id);

-- create index calendar.memory_embedding_child_idx
CREATE INDEX memory_embedding_child_idx ON calendar.memory_embedding (child_profile_id, importance DESC);

-- create index calendar.memory_embedding_fragment_idx
CREATE INDEX memory_embedding_fragment_idx ON calendar.memory_embedding (source_fragment_id);

-- create index analytics.calendar_analytics_calendar_time_idx
CREATE INDEX calendar_analytics_calendar_time_idx ON analytics.calendar_analytics (calendar_id, occurred_at DESC);

-- create index analytics.calendar_analytics_type_time_idx
CREATE INDEX calendar_analytics_type_time_idx ON analytics.calendar_analytics (event_type, occurred_at DESC);

-- create index analytics.calendar_analytics_account_idx
CREATE INDEX calendar_analytics_account_idx ON analytics.calendar_analytics (account_id);

-- create index analytics.day_analytics_calendar_time_idx
CREATE INDEX day_analytics_calendar_time_idx ON analytics.day_analytics (calendar_id, opened_at DESC);

-- create index analytics.day_analytics_day_idx
CREATE INDEX day_analytics_day_idx ON analytics.day_analytics (calendar_day_id);

-- create index analytics.day_analytics_account_idx
CREATE INDEX day_analytics_account_idx ON analytics.day_analytics (account_id);

-- create index analytics.chat_analytics_account_time_idx
CREATE INDEX chat_analytics_account_time_idx ON analytics.chat_analytics (account_id, started_at DESC);

-- create index analytics.chat_analytics_child_idx
CREATE INDEX chat_analytics_child_idx ON analytics.chat_analytics (child_profile_id, started_at DESC);

-- create index analytics.chat_analytics_started_idx
CREATE INDEX chat_analytics_started_idx ON analytics.chat_analytics (started_at);

-- create index analytics.user_engagement_score_idx
CREATE INDEX user_engagement_score_idx ON analytics.user_engagement (engagement_score DESC);

-- create index analytics.user_engagement_last_active_idx
CREATE INDEX user_engagement_last_active_idx ON analytics.user_engagement (last_active_date DESC);

-- create index analytics.nps_submission_time_idx
CREATE INDEX nps_submission_time_idx ON analytics.nps_submission (submitted_at DESC);

-- create index analytics.nps_submission_account_idx
CREATE INDEX nps_submission_account_idx ON analytics.nps_submission (account_id, submitted_at DESC);

-- create index analytics.metrics_log_name_time_idx
CREATE INDEX metrics_log_name_time_idx ON analytics.metrics_log (metric_name, recorded_at DESC);

-- create index analytics.metrics_log_recorded_brin
CREATE INDEX metrics_log_recorded_brin ON analytics.metrics_log USING brin (recorded_at);

-- create index analytics.audit_log_occurred_brin
CREATE INDEX audit_log_occurred_brin ON analytics.audit_log USING brin (occurred_at);

-- create index analytics.audit_log_row_idx
CREATE INDEX audit_log_row_idx ON analytics.audit_log (schema_name, table_name, row_id, occurred_at DESC);

-- create index analytics.audit_log_actor_idx
CREATE INDEX audit_log_actor_idx ON analytics.audit_log (actor_account_id, occurred_at DESC);

-- create index analytics.telemetry_event_account_time_idx
CREATE INDEX telemetry_event_account_time_idx ON analytics.telemetry_event (account_id, occurred_at DESC);

-- create index analytics.telemetry_event_name_time_idx
CREATE INDEX telemetry_event_name_time_idx ON analytics.telemetry_event (event_name, occurred_at DESC);

-- create index analytics.telemetry_event_occurred_brin
CREATE INDEX telemetry_event_occurred_brin ON analytics.telemetry_event USING brin (occurred_at);

-- create index analytics.calendar_daily_stats_key
CREATE UNIQUE INDEX calendar_daily_stats_key ON analytics.calendar_daily_stats (calendar_id, day);

-- create index analytics.calendar_daily_stats_day_idx
CREATE INDEX calendar_daily_stats_day_idx ON analytics.calendar_daily_stats (day);

-- create trigger user_conversation_messages_count_insert on users.user_conversation_messages
CREATE TRIGGER user_conversation_messages_count_insert AFTER INSERT ON users.user_conversation_messages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION users.bump_conversation_stats();

-- create trigger user_conversation_messages_count_delete on users.user_conversation_messages
CREATE TRIGGER user_conversation_messages_count_delete AFTER DELETE ON users.user_conversation_messages REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION users.bump_conversation_stats();

-- create trigger account_stamp_password_change on users.account
CREATE TRIGGER account_stamp_password_change BEFORE UPDATE OF password_hash ON users.account FOR EACH ROW EXECUTE FUNCTION users.stamp_password_change();

-- create trigger account_end_sessions_on_credential_change on users.account
CREATE TRIGGER account_end_sessions_on_credential_change AFTER UPDATE OF password_hash, status ON users.account FOR EACH ROW EXECUTE FUNCTION users.end_sessions_on_credential_change();

-- create trigger account_set_updated_at on users.account
CREATE TRIGGER account_set_updated_at BEFORE UPDATE ON users.account FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger account_session_set_updated_at on users.account_session
CREATE TRIGGER account_session_set_updated_at BEFORE UPDATE ON users.account_session FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger auth_token_set_updated_at on users.auth_token
CREATE TRIGGER auth_token_set_updated_at BEFORE UPDATE ON users.auth_token FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger organization_set_updated_at on users.organization
CREATE TRIGGER organization_set_updated_at BEFORE UPDATE ON users.organization FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger organization_member_set_updated_at on users.organization_member
CREATE TRIGGER organization_member_set_updated_at BEFORE UPDATE ON users.organization_member FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_profile_summary_set_updated_at on users.user_profile_summary
CREATE TRIGGER user_profile_summary_set_updated_at BEFORE UPDATE ON users.user_profile_summary FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_conversations_set_updated_at on users.user_conversations
CREATE TRIGGER user_conversations_set_updated_at BEFORE UPDATE ON users.user_conversations FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_conversation_messages_set_updated_at on users.user_conversation_messages
CREATE TRIGGER user_conversation_messages_set_updated_at BEFORE UPDATE ON users.user_conversation_messages FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_conversation_continuity_set_updated_at on users.user_conversation_continuity
CREATE TRIGGER user_conversation_continuity_set_updated_at BEFORE UPDATE ON users.user_conversation_continuity FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_crisis_flags_set_updated_at on users.user_crisis_flags
CREATE TRIGGER user_crisis_flags_set_updated_at BEFORE UPDATE ON users.user_crisis_flags FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_feedback_log_set_updated_at on users.user_feedback_log
CREATE TRIGGER user_feedback_log_set_updated_at BEFORE UPDATE ON users.user_feedback_log FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_themes_set_updated_at on users.user_themes
CREATE TRIGGER user_themes_set_updated_at BEFORE UPDATE ON users.user_themes FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_people_set_updated_at on users.user_people
CREATE TRIGGER user_people_set_updated_at BEFORE UPDATE ON users.user_people FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_coping_tools_set_updated_at on users.user_coping_tools
CREATE TRIGGER user_coping_tools_set_updated_at BEFORE UPDATE ON users.user_coping_tools FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_goals_set_updated_at on users.user_goals
CREATE TRIGGER user_goals_set_updated_at BEFORE UPDATE ON users.user_goals FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_trauma_patterns_set_updated_at on users.user_trauma_patterns
CREATE TRIGGER user_trauma_patterns_set_updated_at BEFORE UPDATE ON users.user_trauma_patterns FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_pattern_loops_set_updated_at on users.user_pattern_loops
CREATE TRIGGER user_pattern_loops_set_updated_at BEFORE UPDATE ON users.user_pattern_loops FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_shadow_themes_set_updated_at on users.user_shadow_themes
CREATE TRIGGER user_shadow_themes_set_updated_at BEFORE UPDATE ON users.user_shadow_themes FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_ancestral_issues_set_updated_at on users.user_ancestral_issues
CREATE TRIGGER user_ancestral_issues_set_updated_at BEFORE UPDATE ON users.user_ancestral_issues FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_current_practices_set_updated_at on users.user_current_practices
CREATE TRIGGER user_current_practices_set_updated_at BEFORE UPDATE ON users.user_current_practices FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_regulation_strategies_set_updated_at on users.user_regulation_strategies
CREATE TRIGGER user_regulation_strategies_set_updated_at BEFORE UPDATE ON users.user_regulation_strategies FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_dysregulating_factors_set_updated_at on users.user_dysregulating_factors
CREATE TRIGGER user_dysregulating_factors_set_updated_at BEFORE UPDATE ON users.user_dysregulating_factors FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_role_model_traits_set_updated_at on users.user_role_model_traits
CREATE TRIGGER user_role_model_traits_set_updated_at BEFORE UPDATE ON users.user_role_model_traits FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_growth_milestones_set_updated_at on users.user_growth_milestones
CREATE TRIGGER user_growth_milestones_set_updated_at BEFORE UPDATE ON users.user_growth_milestones FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_emotional_patterns_set_updated_at on users.user_emotional_patterns
CREATE TRIGGER user_emotional_patterns_set_updated_at BEFORE UPDATE ON users.user_emotional_patterns FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_relationship_dynamics_set_updated_at on users.user_relationship_dynamics
CREATE TRIGGER user_relationship_dynamics_set_updated_at BEFORE UPDATE ON users.user_relationship_dynamics FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_growth_opportunities_set_updated_at on users.user_growth_opportunities
CREATE TRIGGER user_growth_opportunities_set_updated_at BEFORE UPDATE ON users.user_growth_opportunities FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_risk_factors_set_updated_at on users.user_risk_factors
CREATE TRIGGER user_risk_factors_set_updated_at BEFORE UPDATE ON users.user_risk_factors FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_strengths_set_updated_at on users.user_strengths
CREATE TRIGGER user_strengths_set_updated_at BEFORE UPDATE ON users.user_strengths FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_mood_trends_set_updated_at on users.user_mood_trends
CREATE TRIGGER user_mood_trends_set_updated_at BEFORE UPDATE ON users.user_mood_trends FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_emotional_states_set_updated_at on users.user_emotional_states
CREATE TRIGGER user_emotional_states_set_updated_at BEFORE UPDATE ON users.user_emotional_states FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_support_system_set_updated_at on users.user_support_system
CREATE TRIGGER user_support_system_set_updated_at BEFORE UPDATE ON users.user_support_system FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_current_stressors_set_updated_at on users.user_current_stressors
CREATE TRIGGER user_current_stressors_set_updated_at BEFORE UPDATE ON users.user_current_stressors FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_daily_habits_set_updated_at on users.user_daily_habits
CREATE TRIGGER user_daily_habits_set_updated_at BEFORE UPDATE ON users.user_daily_habits FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_substance_use_set_updated_at on users.user_substance_use
CREATE TRIGGER user_substance_use_set_updated_at BEFORE UPDATE ON users.user_substance_use FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_previous_therapy_set_updated_at on users.user_previous_therapy
CREATE TRIGGER user_previous_therapy_set_updated_at BEFORE UPDATE ON users.user_previous_therapy FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_suicidal_thoughts_set_updated_at on users.user_suicidal_thoughts
CREATE TRIGGER user_suicidal_thoughts_set_updated_at BEFORE UPDATE ON users.user_suicidal_thoughts FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_insight_notes_set_updated_at on users.user_insight_notes
CREATE TRIGGER user_insight_notes_set_updated_at BEFORE UPDATE ON users.user_insight_notes FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_ai_preferences_set_updated_at on users.user_ai_preferences
CREATE TRIGGER user_ai_preferences_set_updated_at BEFORE UPDATE ON users.user_ai_preferences FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_sleep_routine_set_updated_at on users.user_sleep_routine
CREATE TRIGGER user_sleep_routine_set_updated_at BEFORE UPDATE ON users.user_sleep_routine FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_relationship_status_set_updated_at on users.user_relationship_status
CREATE TRIGGER user_relationship_status_set_updated_at BEFORE UPDATE ON users.user_relationship_status FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_living_situation_set_updated_at on users.user_living_situation
CREATE TRIGGER user_living_situation_set_updated_at BEFORE UPDATE ON users.user_living_situation FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_spiritual_path_set_updated_at on users.user_spiritual_path
CREATE TRIGGER user_spiritual_path_set_updated_at BEFORE UPDATE ON users.user_spiritual_path FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_value_compass_set_updated_at on users.user_value_compass
CREATE TRIGGER user_value_compass_set_updated_at BEFORE UPDATE ON users.user_value_compass FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger advent_calendar_apply_state on calendar.advent_calendar
CREATE TRIGGER advent_calendar_apply_state BEFORE INSERT OR UPDATE ON calendar.advent_calendar FOR EACH ROW EXECUTE FUNCTION calendar.apply_calendar_state();

-- create trigger calendar_day_guard on calendar.calendar_day
CREATE TRIGGER calendar_day_guard BEFORE INSERT OR UPDATE OR DELETE ON calendar.calendar_day FOR EACH ROW EXECUTE FUNCTION calendar.guard_calendar_day();

-- create trigger chat_message_touch_session on calendar.chat_message
CREATE TRIGGER chat_message_touch_session AFTER INSERT ON calendar.chat_message REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION calendar.touch_chat_session();

-- create trigger media_asset_set_updated_at on calendar.media_asset
CREATE TRIGGER media_asset_set_updated_at BEFORE UPDATE ON calendar.media_asset FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger family_settings_set_updated_at on calendar.family_settings
CREATE TRIGGER family_settings_set_updated_at BEFORE UPDATE ON calendar.family_settings FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger child_profile_set_updated_at on calendar.child_profile
CREATE TRIGGER child_profile_set_updated_at BEFORE UPDATE ON calendar.child_profile FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger advent_calendar_set_updated_at on calendar.advent_calendar
CREATE TRIGGER advent_calendar_set_updated_at BEFORE UPDATE ON calendar.advent_calendar FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger surprise_collection_set_updated_at on calendar.surprise_collection
CREATE TRIGGER surprise_collection_set_updated_at BEFORE UPDATE ON calendar.surprise_collection FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger surprise_video_set_updated_at on calendar.surprise_video
CREATE TRIGGER surprise_video_set_updated_at BEFORE UPDATE ON calendar.surprise_video FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger calendar_day_set_updated_at on calendar.calendar_day
CREATE TRIGGER calendar_day_set_updated_at BEFORE UPDATE ON calendar.calendar_day FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger chat_session_set_updated_at on calendar.chat_session
CREATE TRIGGER chat_session_set_updated_at BEFORE UPDATE ON calendar.chat_session FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger chat_message_set_updated_at on calendar.chat_message
CREATE TRIGGER chat_message_set_updated_at BEFORE UPDATE ON calendar.chat_message FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger memory_fragment_set_updated_at on calendar.memory_fragment
CREATE TRIGGER memory_fragment_set_updated_at BEFORE UPDATE ON calendar.memory_fragment FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger memory_embedding_set_updated_at on calendar.memory_embedding
CREATE TRIGGER memory_embedding_set_updated_at BEFORE UPDATE ON calendar.memory_embedding FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger account_audit on users.account
CREATE TRIGGER account_audit AFTER INSERT OR UPDATE OF email, role, status, auth_provider, password_hash, mfa_enabled, locked_until, deactivated_at OR DELETE ON users.account FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change('password_hash', 'mfa_secret_encrypted');

-- create trigger organization_member_audit on users.organization_member
CREATE TRIGGER organization_member_audit AFTER INSERT OR UPDATE OR DELETE ON users.organization_member FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change();

-- create trigger user_crisis_flags_audit on users.user_crisis_flags
CREATE TRIGGER user_crisis_flags_audit AFTER INSERT OR UPDATE OF status, severity, acknowledged_at, acknowledged_by, resolved_at, resolved_by ON users.user_crisis_flags FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change('excerpt', 'staff_notes');

-- create trigger advent_calendar_audit on calendar.advent_calendar
CREATE TRIGGER advent_calendar_audit AFTER UPDATE OF status, is_locked, share_slug OR DELETE ON calendar.advent_calendar FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change();

-- create trigger child_profile_audit on calendar.child_profile
CREATE TRIGGER child_profile_audit AFTER DELETE ON calendar.child_profile FOR EACH ROW EXECUTE FUNCTION analytics.audit_row_change();

-- create trigger chat_analytics_set_updated_at on analytics.chat_analytics
CREATE TRIGGER chat_analytics_set_updated_at BEFORE UPDATE ON analytics.chat_analytics FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger user_engagement_set_updated_at on analytics.user_engagement
CREATE TRIGGER user_engagement_set_updated_at BEFORE UPDATE ON analytics.user_engagement FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create trigger nps_submission_set_updated_at on analytics.nps_submission
CREATE TRIGGER nps_submission_set_updated_at BEFORE UPDATE ON analytics.nps_submission FOR EACH ROW EXECUTE FUNCTION users.set_updated_at();

-- create policy account_self_select on users.account
CREATE POLICY account_self_select ON users.account AS PERMISSIVE FOR SELECT TO app_user USING (id = users.current_user_id());

-- create policy account_self_update on users.account
CREATE POLICY account_self_update ON users.account AS PERMISSIVE FOR UPDATE TO app_user USING (id = users.current_user_id()) WITH CHECK (id = users.current_user_id());

-- create policy account_staff_all on users.account
CREATE POLICY account_staff_all ON users.account AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy account_session_self_select on users.account_session
CREATE POLICY account_session_self_select ON users.account_session AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy account_session_self_revoke on users.account_session
CREATE POLICY account_session_self_revoke ON users.account_session AS PERMISSIVE FOR UPDATE TO app_user USING (account_id = users.current_user_id()) WITH CHECK (account_id = users.current_user_id());

-- create policy account_session_staff_all on users.account_session
CREATE POLICY account_session_staff_all ON users.account_session AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy auth_token_service_all on users.auth_token
CREATE POLICY auth_token_service_all ON users.auth_token AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy auth_token_admin_read on users.auth_token
CREATE POLICY auth_token_admin_read ON users.auth_token AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy login_attempt_self_select on users.login_attempt
CREATE POLICY login_attempt_self_select ON users.login_attempt AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy login_attempt_service_all on users.login_attempt
CREATE POLICY login_attempt_service_all ON users.login_attempt AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy login_attempt_admin_read on users.login_attempt
CREATE POLICY login_attempt_admin_read ON users.login_attempt AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy organization_visible_to_members on users.organization
CREATE POLICY organization_visible_to_members ON users.organization AS PERMISSIVE FOR SELECT TO app_user USING (users.is_org_member(id) OR created_by = users.current_user_id());

-- create policy organization_create on users.organization
CREATE POLICY organization_create ON users.organization AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (created_by = users.current_user_id());

-- create policy organization_admin_update on users.organization
CREATE POLICY organization_admin_update ON users.organization AS PERMISSIVE FOR UPDATE TO app_user USING (users.is_org_admin(id)) WITH CHECK (users.is_org_admin(id));

-- create policy organization_admin_delete on users.organization
CREATE POLICY organization_admin_delete ON users.organization AS PERMISSIVE FOR DELETE TO app_user USING (users.is_org_admin(id));

-- create policy organization_staff_all on users.organization
CREATE POLICY organization_staff_all ON users.organization AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy organization_member_visible on users.organization_member
CREATE POLICY organization_member_visible ON users.organization_member AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id() OR users.is_org_member(organization_id));

-- create policy organization_member_add on users.organization_member
CREATE POLICY organization_member_add ON users.organization_member AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (users.is_org_admin(organization_id) OR (account_id = users.current_user_id() AND role = 'owner' AND EXISTS (SELECT 1 FROM users.organization o WHERE o.id = organization_member.organization_id AND o.created_by = users.current_user_id())));

-- create policy organization_member_admin_update on users.organization_member
CREATE POLICY organization_member_admin_update ON users.organization_member AS PERMISSIVE FOR UPDATE TO app_user USING (users.is_org_admin(organization_id)) WITH CHECK (users.is_org_admin(organization_id));

-- create policy organization_member_remove on users.organization_member
CREATE POLICY organization_member_remove ON users.organization_member AS PERMISSIVE FOR DELETE TO app_user USING (account_id = users.current_user_id() OR users.is_org_admin(organization_id));

-- create policy organization_member_staff_all on users.organization_member
CREATE POLICY organization_member_staff_all ON users.organization_member AS PERMISSIVE FOR ALL TO app_admin, app_service USING (true) WITH CHECK (true);

-- create policy user_conversation_messages_owner_select on users.user_conversation_messages
CREATE POLICY user_conversation_messages_owner_select ON users.user_conversation_messages AS PERMISSIVE FOR SELECT TO app_user USING (user_id = users.current_user_id());

-- create policy user_conversation_messages_owner_insert on users.user_conversation_messages
CREATE POLICY user_conversation_messages_owner_insert ON users.user_conversation_messages AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (user_id = users.current_user_id() AND role = 'user');

-- create policy user_conversation_messages_owner_delete on users.user_conversation_messages
CREATE POLICY user_conversation_messages_owner_delete ON users.user_conversation_messages AS PERMISSIVE FOR DELETE TO app_user USING (user_id = users.current_user_id());

-- create policy user_conversation_messages_service_all on users.user_conversation_messages
CREATE POLICY user_conversation_messages_service_all ON users.user_conversation_messages AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_conversation_messages_admin_read on users.user_conversation_messages
CREATE POLICY user_conversation_messages_admin_read ON users.user_conversation_messages AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_crisis_flags_owner_select on users.user_crisis_flags
CREATE POLICY user_crisis_flags_owner_select ON users.user_crisis_flags AS PERMISSIVE FOR SELECT TO app_user USING (user_id = users.current_user_id());

-- create policy user_crisis_flags_owner_report on users.user_crisis_flags
CREATE POLICY user_crisis_flags_owner_report ON users.user_crisis_flags AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (user_id = users.current_user_id() AND detected_by = 'user_report' AND status = 'open');

-- create policy user_crisis_flags_admin_read on users.user_crisis_flags
CREATE POLICY user_crisis_flags_admin_read ON users.user_crisis_flags AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_crisis_flags_admin_handle on users.user_crisis_flags
CREATE POLICY user_crisis_flags_admin_handle ON users.user_crisis_flags AS PERMISSIVE FOR UPDATE TO app_admin USING (true) WITH CHECK (true);

-- create policy user_crisis_flags_service_all on users.user_crisis_flags
CREATE POLICY user_crisis_flags_service_all ON users.user_crisis_flags AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_suicidal_thoughts_owner_select on users.user_suicidal_thoughts
CREATE POLICY user_suicidal_thoughts_owner_select ON users.user_suicidal_thoughts AS PERMISSIVE FOR SELECT TO app_user USING (user_id = users.current_user_id());

-- create policy user_suicidal_thoughts_owner_insert on users.user_suicidal_thoughts
CREATE POLICY user_suicidal_thoughts_owner_insert ON users.user_suicidal_thoughts AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (user_id = users.current_user_id());

-- create policy user_suicidal_thoughts_service_all on users.user_suicidal_thoughts
CREATE POLICY user_suicidal_thoughts_service_all ON users.user_suicidal_thoughts AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_suicidal_thoughts_admin_read on users.user_suicidal_thoughts
CREATE POLICY user_suicidal_thoughts_admin_read ON users.user_suicidal_thoughts AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_profile_summary_owner_all on users.user_profile_summary
CREATE POLICY user_profile_summary_owner_all ON users.user_profile_summary AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_profile_summary_service_all on users.user_profile_summary
CREATE POLICY user_profile_summary_service_all ON users.user_profile_summary AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_profile_summary_admin_read on users.user_profile_summary
CREATE POLICY user_profile_summary_admin_read ON users.user_profile_summary AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_conversations_owner_all on users.user_conversations
CREATE POLICY user_conversations_owner_all ON users.user_conversations AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_conversations_service_all on users.user_conversations
CREATE POLICY user_conversations_service_all ON users.user_conversations AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_conversations_admin_read on users.user_conversations
CREATE POLICY user_conversations_admin_read ON users.user_conversations AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_conversation_continuity_owner_all on users.user_conversation_continuity
CREATE POLICY user_conversation_continuity_owner_all ON users.user_conversation_continuity AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_conversation_continuity_service_all on users.user_conversation_continuity
CREATE POLICY user_conversation_continuity_service_all ON users.user_conversation_continuity AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_conversation_continuity_admin_read on users.user_conversation_continuity
CREATE POLICY user_conversation_continuity_admin_read ON users.user_conversation_continuity AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_feedback_log_owner_all on users.user_feedback_log
CREATE POLICY user_feedback_log_owner_all ON users.user_feedback_log AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_feedback_log_service_all on users.user_feedback_log
CREATE POLICY user_feedback_log_service_all ON users.user_feedback_log AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_feedback_log_admin_read on users.user_feedback_log
CREATE POLICY user_feedback_log_admin_read ON users.user_feedback_log AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_themes_owner_all on users.user_themes
CREATE POLICY user_themes_owner_all ON users.user_themes AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_themes_service_all on users.user_themes
CREATE POLICY user_themes_service_all ON users.user_themes AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_themes_admin_read on users.user_themes
CREATE POLICY user_themes_admin_read ON users.user_themes AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_people_owner_all on users.user_people
CREATE POLICY user_people_owner_all ON users.user_people AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_people_service_all on users.user_people
CREATE POLICY user_people_service_all ON users.user_people AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_people_admin_read on users.user_people
CREATE POLICY user_people_admin_read ON users.user_people AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_coping_tools_owner_all on users.user_coping_tools
CREATE POLICY user_coping_tools_owner_all ON users.user_coping_tools AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_coping_tools_service_all on users.user_coping_tools
CREATE POLICY user_coping_tools_service_all ON users.user_coping_tools AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_coping_tools_admin_read on users.user_coping_tools
CREATE POLICY user_coping_tools_admin_read ON users.user_coping_tools AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_goals_owner_all on users.user_goals
CREATE POLICY user_goals_owner_all ON users.user_goals AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_goals_service_all on users.user_goals
CREATE POLICY user_goals_service_all ON users.user_goals AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_goals_admin_read on users.user_goals
CREATE POLICY user_goals_admin_read ON users.user_goals AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_trauma_patterns_owner_all on users.user_trauma_patterns
CREATE POLICY user_trauma_patterns_owner_all ON users.user_trauma_patterns AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_trauma_patterns_service_all on users.user_trauma_patterns
CREATE POLICY user_trauma_patterns_service_all ON users.user_trauma_patterns AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_trauma_patterns_admin_read on users.user_trauma_patterns
CREATE POLICY user_trauma_patterns_admin_read ON users.user_trauma_patterns AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_pattern_loops_owner_all on users.user_pattern_loops
CREATE POLICY user_pattern_loops_owner_all ON users.user_pattern_loops AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_pattern_loops_service_all on users.user_pattern_loops
CREATE POLICY user_pattern_loops_service_all ON users.user_pattern_loops AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_pattern_loops_admin_read on users.user_pattern_loops
CREATE POLICY user_pattern_loops_admin_read ON users.user_pattern_loops AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_shadow_themes_owner_all on users.user_shadow_themes
CREATE POLICY user_shadow_themes_owner_all ON users.user_shadow_themes AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_shadow_themes_service_all on users.user_shadow_themes
CREATE POLICY user_shadow_themes_service_all ON users.user_shadow_themes AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_shadow_themes_admin_read on users.user_shadow_themes
CREATE POLICY user_shadow_themes_admin_read ON users.user_shadow_themes AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_ancestral_issues_owner_all on users.user_ancestral_issues
CREATE POLICY user_ancestral_issues_owner_all ON users.user_ancestral_issues AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_ancestral_issues_service_all on users.user_ancestral_issues
CREATE POLICY user_ancestral_issues_service_all ON users.user_ancestral_issues AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_ancestral_issues_admin_read on users.user_ancestral_issues
CREATE POLICY user_ancestral_issues_admin_read ON users.user_ancestral_issues AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_current_practices_owner_all on users.user_current_practices
CREATE POLICY user_current_practices_owner_all ON users.user_current_practices AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_current_practices_service_all on users.user_current_practices
CREATE POLICY user_current_practices_service_all ON users.user_current_practices AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_current_practices_admin_read on users.user_current_practices
CREATE POLICY user_current_practices_admin_read ON users.user_current_practices AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_regulation_strategies_owner_all on users.user_regulation_strategies
CREATE POLICY user_regulation_strategies_owner_all ON users.user_regulation_strategies AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_regulation_strategies_service_all on users.user_regulation_strategies
CREATE POLICY user_regulation_strategies_service_all ON users.user_regulation_strategies AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_regulation_strategies_admin_read on users.user_regulation_strategies
CREATE POLICY user_regulation_strategies_admin_read ON users.user_regulation_strategies AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_dysregulating_factors_owner_all on users.user_dysregulating_factors
CREATE POLICY user_dysregulating_factors_owner_all ON users.user_dysregulating_factors AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_dysregulating_factors_service_all on users.user_dysregulating_factors
CREATE POLICY user_dysregulating_factors_service_all ON users.user_dysregulating_factors AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_dysregulating_factors_admin_read on users.user_dysregulating_factors
CREATE POLICY user_dysregulating_factors_admin_read ON users.user_dysregulating_factors AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_role_model_traits_owner_all on users.user_role_model_traits
CREATE POLICY user_role_model_traits_owner_all ON users.user_role_model_traits AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_role_model_traits_service_all on users.user_role_model_traits
CREATE POLICY user_role_model_traits_service_all ON users.user_role_model_traits AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_role_model_traits_admin_read on users.user_role_model_traits
CREATE POLICY user_role_model_traits_admin_read ON users.user_role_model_traits AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_growth_milestones_owner_all on users.user_growth_milestones
CREATE POLICY user_growth_milestones_owner_all ON users.user_growth_milestones AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_growth_milestones_service_all on users.user_growth_milestones
CREATE POLICY user_growth_milestones_service_all ON users.user_growth_milestones AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_growth_milestones_admin_read on users.user_growth_milestones
CREATE POLICY user_growth_milestones_admin_read ON users.user_growth_milestones AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_emotional_patterns_owner_all on users.user_emotional_patterns
CREATE POLICY user_emotional_patterns_owner_all ON users.user_emotional_patterns AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_emotional_patterns_service_all on users.user_emotional_patterns
CREATE POLICY user_emotional_patterns_service_all ON users.user_emotional_patterns AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_emotional_patterns_admin_read on users.user_emotional_patterns
CREATE POLICY user_emotional_patterns_admin_read ON users.user_emotional_patterns AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_relationship_dynamics_owner_all on users.user_relationship_dynamics
CREATE POLICY user_relationship_dynamics_owner_all ON users.user_relationship_dynamics AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_relationship_dynamics_service_all on users.user_relationship_dynamics
CREATE POLICY user_relationship_dynamics_service_all ON users.user_relationship_dynamics AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_relationship_dynamics_admin_read on users.user_relationship_dynamics
CREATE POLICY user_relationship_dynamics_admin_read ON users.user_relationship_dynamics AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_growth_opportunities_owner_all on users.user_growth_opportunities
CREATE POLICY user_growth_opportunities_owner_all ON users.user_growth_opportunities AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_growth_opportunities_service_all on users.user_growth_opportunities
CREATE POLICY user_growth_opportunities_service_all ON users.user_growth_opportunities AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_growth_opportunities_admin_read on users.user_growth_opportunities
CREATE POLICY user_growth_opportunities_admin_read ON users.user_growth_opportunities AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_risk_factors_owner_all on users.user_risk_factors
CREATE POLICY user_risk_factors_owner_all ON users.user_risk_factors AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_risk_factors_service_all on users.user_risk_factors
CREATE POLICY user_risk_factors_service_all ON users.user_risk_factors AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_risk_factors_admin_read on users.user_risk_factors
CREATE POLICY user_risk_factors_admin_read ON users.user_risk_factors AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_strengths_owner_all on users.user_strengths
CREATE POLICY user_strengths_owner_all ON users.user_strengths AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_strengths_service_all on users.user_strengths
CREATE POLICY user_strengths_service_all ON users.user_strengths AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_strengths_admin_read on users.user_strengths
CREATE POLICY user_strengths_admin_read ON users.user_strengths AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_mood_trends_owner_all on users.user_mood_trends
CREATE POLICY user_mood_trends_owner_all ON users.user_mood_trends AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_mood_trends_service_all on users.user_mood_trends
CREATE POLICY user_mood_trends_service_all ON users.user_mood_trends AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_mood_trends_admin_read on users.user_mood_trends
CREATE POLICY user_mood_trends_admin_read ON users.user_mood_trends AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_emotional_states_owner_all on users.user_emotional_states
CREATE POLICY user_emotional_states_owner_all ON users.user_emotional_states AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_emotional_states_service_all on users.user_emotional_states
CREATE POLICY user_emotional_states_service_all ON users.user_emotional_states AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_emotional_states_admin_read on users.user_emotional_states
CREATE POLICY user_emotional_states_admin_read ON users.user_emotional_states AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_support_system_owner_all on users.user_support_system
CREATE POLICY user_support_system_owner_all ON users.user_support_system AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_support_system_service_all on users.user_support_system
CREATE POLICY user_support_system_service_all ON users.user_support_system AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_support_system_admin_read on users.user_support_system
CREATE POLICY user_support_system_admin_read ON users.user_support_system AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_current_stressors_owner_all on users.user_current_stressors
CREATE POLICY user_current_stressors_owner_all ON users.user_current_stressors AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_current_stressors_service_all on users.user_current_stressors
CREATE POLICY user_current_stressors_service_all ON users.user_current_stressors AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_current_stressors_admin_read on users.user_current_stressors
CREATE POLICY user_current_stressors_admin_read ON users.user_current_stressors AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_daily_habits_owner_all on users.user_daily_habits
CREATE POLICY user_daily_habits_owner_all ON users.user_daily_habits AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_daily_habits_service_all on users.user_daily_habits
CREATE POLICY user_daily_habits_service_all ON users.user_daily_habits AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_daily_habits_admin_read on users.user_daily_habits
CREATE POLICY user_daily_habits_admin_read ON users.user_daily_habits AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_substance_use_owner_all on users.user_substance_use
CREATE POLICY user_substance_use_owner_all ON users.user_substance_use AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_substance_use_service_all on users.user_substance_use
CREATE POLICY user_substance_use_service_all ON users.user_substance_use AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_substance_use_admin_read on users.user_substance_use
CREATE POLICY user_substance_use_admin_read ON users.user_substance_use AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_previous_therapy_owner_all on users.user_previous_therapy
CREATE POLICY user_previous_therapy_owner_all ON users.user_previous_therapy AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_previous_therapy_service_all on users.user_previous_therapy
CREATE POLICY user_previous_therapy_service_all ON users.user_previous_therapy AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_previous_therapy_admin_read on users.user_previous_therapy
CREATE POLICY user_previous_therapy_admin_read ON users.user_previous_therapy AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_insight_notes_owner_all on users.user_insight_notes
CREATE POLICY user_insight_notes_owner_all ON users.user_insight_notes AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_insight_notes_service_all on users.user_insight_notes
CREATE POLICY user_insight_notes_service_all ON users.user_insight_notes AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_insight_notes_admin_read on users.user_insight_notes
CREATE POLICY user_insight_notes_admin_read ON users.user_insight_notes AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_ai_preferences_owner_all on users.user_ai_preferences
CREATE POLICY user_ai_preferences_owner_all ON users.user_ai_preferences AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_ai_preferences_service_all on users.user_ai_preferences
CREATE POLICY user_ai_preferences_service_all ON users.user_ai_preferences AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_ai_preferences_admin_read on users.user_ai_preferences
CREATE POLICY user_ai_preferences_admin_read ON users.user_ai_preferences AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_sleep_routine_owner_all on users.user_sleep_routine
CREATE POLICY user_sleep_routine_owner_all ON users.user_sleep_routine AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_sleep_routine_service_all on users.user_sleep_routine
CREATE POLICY user_sleep_routine_service_all ON users.user_sleep_routine AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_sleep_routine_admin_read on users.user_sleep_routine
CREATE POLICY user_sleep_routine_admin_read ON users.user_sleep_routine AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_relationship_status_owner_all on users.user_relationship_status
CREATE POLICY user_relationship_status_owner_all ON users.user_relationship_status AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_relationship_status_service_all on users.user_relationship_status
CREATE POLICY user_relationship_status_service_all ON users.user_relationship_status AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_relationship_status_admin_read on users.user_relationship_status
CREATE POLICY user_relationship_status_admin_read ON users.user_relationship_status AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_living_situation_owner_all on users.user_living_situation
CREATE POLICY user_living_situation_owner_all ON users.user_living_situation AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_living_situation_service_all on users.user_living_situation
CREATE POLICY user_living_situation_service_all ON users.user_living_situation AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_living_situation_admin_read on users.user_living_situation
CREATE POLICY user_living_situation_admin_read ON users.user_living_situation AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_spiritual_path_owner_all on users.user_spiritual_path
CREATE POLICY user_spiritual_path_owner_all ON users.user_spiritual_path AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_spiritual_path_service_all on users.user_spiritual_path
CREATE POLICY user_spiritual_path_service_all ON users.user_spiritual_path AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_spiritual_path_admin_read on users.user_spiritual_path
CREATE POLICY user_spiritual_path_admin_read ON users.user_spiritual_path AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy user_value_compass_owner_all on users.user_value_compass
CREATE POLICY user_value_compass_owner_all ON users.user_value_compass AS PERMISSIVE FOR ALL TO app_user USING (user_id = users.current_user_id()) WITH CHECK (user_id = users.current_user_id());

-- create policy user_value_compass_service_all on users.user_value_compass
CREATE POLICY user_value_compass_service_all ON users.user_value_compass AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_value_compass_admin_read on users.user_value_compass
CREATE POLICY user_value_compass_admin_read ON users.user_value_compass AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy media_asset_owner_all on calendar.media_asset
CREATE POLICY media_asset_owner_all ON calendar.media_asset AS PERMISSIVE FOR ALL TO app_user USING (owner_account_id = users.current_user_id()) WITH CHECK (owner_account_id = users.current_user_id());

-- create policy media_asset_service_all on calendar.media_asset
CREATE POLICY media_asset_service_all ON calendar.media_asset AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy media_asset_admin_read on calendar.media_asset
CREATE POLICY media_asset_admin_read ON calendar.media_asset AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy media_asset_admin_moderate on calendar.media_asset
CREATE POLICY media_asset_admin_moderate ON calendar.media_asset AS PERMISSIVE FOR UPDATE TO app_admin USING (true) WITH CHECK (true);

-- create policy family_settings_owner_all on calendar.family_settings
CREATE POLICY family_settings_owner_all ON calendar.family_settings AS PERMISSIVE FOR ALL TO app_user USING (account_id = users.current_user_id()) WITH CHECK (account_id = users.current_user_id());

-- create policy family_settings_service_all on calendar.family_settings
CREATE POLICY family_settings_service_all ON calendar.family_settings AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy family_settings_admin_read on calendar.family_settings
CREATE POLICY family_settings_admin_read ON calendar.family_settings AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy child_profile_owner_all on calendar.child_profile
CREATE POLICY child_profile_owner_all ON calendar.child_profile AS PERMISSIVE FOR ALL TO app_user USING (account_id = users.current_user_id()) WITH CHECK (account_id = users.current_user_id());

-- create policy child_profile_service_all on calendar.child_profile
CREATE POLICY child_profile_service_all ON calendar.child_profile AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy child_profile_admin_read on calendar.child_profile
CREATE POLICY child_profile_admin_read ON calendar.child_profile AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy advent_calendar_owner_all on calendar.advent_calendar
CREATE POLICY advent_calendar_owner_all ON calendar.advent_calendar AS PERMISSIVE FOR ALL TO app_user USING (account_id = users.current_user_id()) WITH CHECK (account_id = users.current_user_id());

-- create policy advent_calendar_service_all on calendar.advent_calendar
CREATE POLICY advent_calendar_service_all ON calendar.advent_calendar AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy advent_calendar_admin_read on calendar.advent_calendar
CREATE POLICY advent_calendar_admin_read ON calendar.advent_calendar AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy surprise_collection_owner_all on calendar.surprise_collection
CREATE POLICY surprise_collection_owner_all ON calendar.surprise_collection AS PERMISSIVE FOR ALL TO app_user USING (EXISTS (SELECT 1 FROM calendar.advent_calendar c WHERE c.id = surprise_collection.calendar_id AND c.account_id = users.current_user_id())) WITH CHECK (EXISTS (SELECT 1 FROM calendar.advent_calendar c WHERE c.id = surprise_collection.calendar_id AND c.account_id = users.current_user_id()));

-- create policy surprise_collection_service_all on calendar.surprise_collection
CREATE POLICY surprise_collection_service_all ON calendar.surprise_collection AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy surprise_collection_admin_read on calendar.surprise_collection
CREATE POLICY surprise_collection_admin_read ON calendar.surprise_collection AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy surprise_video_owner_all on calendar.surprise_video
CREATE POLICY surprise_video_owner_all ON calendar.surprise_video AS PERMISSIVE FOR ALL TO app_user USING (EXISTS (SELECT 1 FROM calendar.surprise_collection s JOIN calendar.advent_calendar c ON c.id = s.calendar_id WHERE s.id = surprise_video.collection_id AND c.account_id = users.current_user_id())) WITH CHECK (EXISTS (SELECT 1 FROM calendar.surprise_collection s JOIN calendar.advent_calendar c ON c.id = s.calendar_id WHERE s.id = surprise_video.collection_id AND c.account_id = users.current_user_id()));

-- create policy surprise_video_service_all on calendar.surprise_video
CREATE POLICY surprise_video_service_all ON calendar.surprise_video AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy surprise_video_admin_read on calendar.surprise_video
CREATE POLICY surprise_video_admin_read ON calendar.surprise_video AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy calendar_day_owner_all on calendar.calendar_day
CREATE POLICY calendar_day_owner_all ON calendar.calendar_day AS PERMISSIVE FOR ALL TO app_user USING (EXISTS (SELECT 1 FROM calendar.advent_calendar c WHERE c.id = calendar_day.calendar_id AND c.account_id = users.current_user_id())) WITH CHECK (EXISTS (SELECT 1 FROM calendar.advent_calendar c WHERE c.id = calendar_day.calendar_id AND c.account_id = users.current_user_id()));

-- create policy calendar_day_service_all on calendar.calendar_day
CREATE POLICY calendar_day_service_all ON calendar.calendar_day AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy calendar_day_admin_read on calendar.calendar_day
CREATE POLICY calendar_day_admin_read ON calendar.calendar_day AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy chat_session_owner_all on calendar.chat_session
CREATE POLICY chat_session_owner_all ON calendar.chat_session AS PERMISSIVE FOR ALL TO app_user USING (account_id = users.current_user_id()) WITH CHECK (account_id = users.current_user_id());

-- create policy chat_session_service_all on calendar.chat_session
CREATE POLICY chat_session_service_all ON calendar.chat_session AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy chat_session_admin_read on calendar.chat_session
CREATE POLICY chat_session_admin_read ON calendar.chat_session AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy chat_message_owner_select on calendar.chat_message
CREATE POLICY chat_message_owner_select ON calendar.chat_message AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy chat_message_owner_insert on calendar.chat_message
CREATE POLICY chat_message_owner_insert ON calendar.chat_message AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (account_id = users.current_user_id() AND sender IN ('child', 'parent'));

-- create policy chat_message_owner_delete on calendar.chat_message
CREATE POLICY chat_message_owner_delete ON calendar.chat_message AS PERMISSIVE FOR DELETE TO app_user USING (account_id = users.current_user_id());

-- create policy chat_message_service_all on calendar.chat_message
CREATE POLICY chat_message_service_all ON calendar.chat_message AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy chat_message_admin_read on calendar.chat_message
CREATE POLICY chat_message_admin_read ON calendar.chat_message AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy chat_message_admin_moderate on calendar.chat_message
CREATE POLICY chat_message_admin_moderate ON calendar.chat_message AS PERMISSIVE FOR UPDATE TO app_admin USING (true) WITH CHECK (true);

-- create policy memory_fragment_owner_select on calendar.memory_fragment
CREATE POLICY memory_fragment_owner_select ON calendar.memory_fragment AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy memory_fragment_owner_delete on calendar.memory_fragment
CREATE POLICY memory_fragment_owner_delete ON calendar.memory_fragment AS PERMISSIVE FOR DELETE TO app_user USING (account_id = users.current_user_id());

-- create policy memory_fragment_service_all on calendar.memory_fragment
CREATE POLICY memory_fragment_service_all ON calendar.memory_fragment AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy memory_fragment_admin_read on calendar.memory_fragment
CREATE POLICY memory_fragment_admin_read ON calendar.memory_fragment AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy memory_embedding_owner_select on calendar.memory_embedding
CREATE POLICY memory_embedding_owner_select ON calendar.memory_embedding AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy memory_embedding_owner_delete on calendar.memory_embedding
CREATE POLICY memory_embedding_owner_delete ON calendar.memory_embedding AS PERMISSIVE FOR DELETE TO app_user USING (account_id = users.current_user_id());

-- create policy memory_embedding_service_all on calendar.memory_embedding
CREATE POLICY memory_embedding_service_all ON calendar.memory_embedding AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy memory_embedding_admin_read on calendar.memory_embedding
CREATE POLICY memory_embedding_admin_read ON calendar.memory_embedding AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy calendar_analytics_owner_read on analytics.calendar_analytics
CREATE POLICY calendar_analytics_owner_read ON analytics.calendar_analytics AS PERMISSIVE FOR SELECT TO app_user USING (EXISTS (SELECT 1 FROM calendar.advent_calendar c WHERE c.id = calendar_analytics.calendar_id AND c.account_id = users.current_user_id()));

-- create policy calendar_analytics_service_all on analytics.calendar_analytics
CREATE POLICY calendar_analytics_service_all ON analytics.calendar_analytics AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy calendar_analytics_staff_read on analytics.calendar_analytics
CREATE POLICY calendar_analytics_staff_read ON analytics.calendar_analytics AS PERMISSIVE FOR SELECT TO app_admin, app_readonly USING (true);

-- create policy day_analytics_owner_read on analytics.day_analytics
CREATE POLICY day_analytics_owner_read ON analytics.day_analytics AS PERMISSIVE FOR SELECT TO app_user USING (EXISTS (SELECT 1 FROM calendar.advent_calendar c WHERE c.id = day_analytics.calendar_id AND c.account_id = users.current_user_id()));

-- create policy day_analytics_service_all on analytics.day_analytics
CREATE POLICY day_analytics_service_all ON analytics.day_analytics AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy day_analytics_staff_read on analytics.day_analytics
CREATE POLICY day_analytics_staff_read ON analytics.day_analytics AS PERMISSIVE FOR SELECT TO app_admin, app_readonly USING (true);

-- create policy chat_analytics_owner_read on analytics.chat_analytics
CREATE POLICY chat_analytics_owner_read ON analytics.chat_analytics AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy chat_analytics_service_all on analytics.chat_analytics
CREATE POLICY chat_analytics_service_all ON analytics.chat_analytics AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy chat_analytics_staff_read on analytics.chat_analytics
CREATE POLICY chat_analytics_staff_read ON analytics.chat_analytics AS PERMISSIVE FOR SELECT TO app_admin, app_readonly USING (true);

-- create policy user_engagement_owner_read on analytics.user_engagement
CREATE POLICY user_engagement_owner_read ON analytics.user_engagement AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy user_engagement_service_all on analytics.user_engagement
CREATE POLICY user_engagement_service_all ON analytics.user_engagement AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy user_engagement_staff_read on analytics.user_engagement
CREATE POLICY user_engagement_staff_read ON analytics.user_engagement AS PERMISSIVE FOR SELECT TO app_admin, app_readonly USING (true);

-- create policy nps_submission_owner_read on analytics.nps_submission
CREATE POLICY nps_submission_owner_read ON analytics.nps_submission AS PERMISSIVE FOR SELECT TO app_user USING (account_id = users.current_user_id());

-- create policy nps_submission_owner_submit on analytics.nps_submission
CREATE POLICY nps_submission_owner_submit ON analytics.nps_submission AS PERMISSIVE FOR INSERT TO app_user WITH CHECK (account_id = users.current_user_id());

-- create policy nps_submission_service_all on analytics.nps_submission
CREATE POLICY nps_submission_service_all ON analytics.nps_submission AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy nps_submission_staff_read on analytics.nps_submission
CREATE POLICY nps_submission_staff_read ON analytics.nps_submission AS PERMISSIVE FOR SELECT TO app_admin, app_readonly USING (true);

-- create policy telemetry_event_service_all on analytics.telemetry_event
CREATE POLICY telemetry_event_service_all ON analytics.telemetry_event AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy telemetry_event_staff_read on analytics.telemetry_event
CREATE POLICY telemetry_event_staff_read ON analytics.telemetry_event AS PERMISSIVE FOR SELECT TO app_admin, app_readonly USING (true);

-- create policy metrics_log_service_all on analytics.metrics_log
CREATE POLICY metrics_log_service_all ON analytics.metrics_log AS PERMISSIVE FOR ALL TO app_service USING (true) WITH CHECK (true);

-- create policy metrics_log_staff_read on analytics.metrics_log
CREATE POLICY metrics_log_staff_read ON analytics.metrics_log AS PERMISSIVE FOR SELECT TO app_admin, app_readonly USING (true);

-- create policy audit_log_admin_read on analytics.audit_log
CREATE POLICY audit_log_admin_read ON analytics.audit_log AS PERMISSIVE FOR SELECT TO app_admin USING (true);

-- create policy audit_log_service_append on analytics.audit_log
CREATE POLICY audit_log_service_append ON analytics.audit_log AS PERMISSIVE FOR INSERT TO app_service WITH CHECK (true);

-- privileges on SCHEMA users
GRANT USAGE ON SCHEMA users TO app_admin;
GRANT USAGE ON SCHEMA users TO app_readonly;
GRANT USAGE ON SCHEMA users TO app_service;
GRANT USAGE ON SCHEMA users TO app_user;

-- privileges on SCHEMA calendar
GRANT USAGE ON SCHEMA calendar TO app_admin;
GRANT USAGE ON SCHEMA calendar TO app_readonly;
GRANT USAGE ON SCHEMA calendar TO app_service;
GRANT USAGE ON SCHEMA calendar TO app_user;

-- privileges on SCHEMA analytics
GRANT USAGE ON SCHEMA analytics TO app_admin;
GRANT USAGE ON SCHEMA analytics TO app_readonly;
GRANT USAGE ON SCHEMA analytics TO app_service;
GRANT USAGE ON SCHEMA analytics TO app_user;

-- privileges on SEQUENCE analytics.audit_log_id_seq
GRANT USAGE ON SEQUENCE analytics.audit_log_id_seq TO app_service;

-- privileges on ROUTINE users.current_user_id()
GRANT EXECUTE ON ROUTINE users.current_user_id() TO app_admin;
GRANT EXECUTE ON ROUTINE users.current_user_id() TO app_readonly;
GRANT EXECUTE ON ROUTINE users.current_user_id() TO app_service;
GRANT EXECUTE ON ROUTINE users.current_user_id() TO app_user;

-- privileges on ROUTINE users.purge_expired_sessions(interval)
GRANT EXECUTE ON ROUTINE users.purge_expired_sessions(interval) TO app_service;

-- privileges on ROUTINE calendar.purge_expired_memory()
GRANT EXECUTE ON ROUTINE calendar.purge_expired_memory() TO app_service;

-- privileges on ROUTINE calendar.cosine_similarity(real[], real[])
GRANT EXECUTE ON ROUTINE calendar.cosine_similarity(real[], real[]) TO app_service;
GRANT EXECUTE ON ROUTINE calendar.cosine_similarity(real[], real[]) TO app_user;

-- privileges on ROUTINE calendar.nearest_memories(uuid, real[], integer)
GRANT EXECUTE ON ROUTINE calendar.nearest_memories(uuid, real[], integer) TO app_service;
GRANT EXECUTE ON ROUTINE calendar.nearest_memories(uuid, real[], integer) TO app_user;

-- privileges on ROUTINE analytics.record_activity(uuid, date, boolean)
GRANT EXECUTE ON ROUTINE analytics.record_activity(uuid, date, boolean) TO app_service;

-- privileges on TABLE users.account
GRANT DELETE ON TABLE users.account TO app_service;
GRANT INSERT ON TABLE users.account TO app_service;
GRANT SELECT ON TABLE users.account TO app_service;
GRANT UPDATE ON TABLE users.account TO app_service;

-- privileges on TABLE users.account (id)
GRANT SELECT (id) ON TABLE users.account TO app_admin;
GRANT SELECT (id) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (legacy_id)
GRANT SELECT (legacy_id) ON TABLE users.account TO app_admin;

-- privileges on TABLE users.account (email)
GRANT SELECT (email) ON TABLE users.account TO app_admin;
GRANT SELECT (email) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (email_verified_at)
GRANT SELECT (email_verified_at) ON TABLE users.account TO app_admin;
GRANT SELECT (email_verified_at) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (display_name)
GRANT SELECT (display_name) ON TABLE users.account TO app_admin;
GRANT UPDATE (display_name) ON TABLE users.account TO app_admin;
GRANT SELECT (display_name) ON TABLE users.account TO app_user;
GRANT UPDATE (display_name) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (role)
GRANT SELECT (role) ON TABLE users.account TO app_admin;
GRANT UPDATE (role) ON TABLE users.account TO app_admin;
GRANT SELECT (role) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (status)
GRANT SELECT (status) ON TABLE users.account TO app_admin;
GRANT UPDATE (status) ON TABLE users.account TO app_admin;
GRANT SELECT (status) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (auth_provider)
GRANT SELECT (auth_provider) ON TABLE users.account TO app_admin;
GRANT SELECT (auth_provider) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (password_changed_at)
GRANT SELECT (password_changed_at) ON TABLE users.account TO app_admin;

-- privileges on TABLE users.account (mfa_enabled)
GRANT SELECT (mfa_enabled) ON TABLE users.account TO app_admin;
GRANT SELECT (mfa_enabled) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (failed_login_count)
GRANT SELECT (failed_login_count) ON TABLE users.account TO app_admin;
GRANT UPDATE (failed_login_count) ON TABLE users.account TO app_admin;

-- privileges on TABLE users.account (locked_until)
GRANT SELECT (locked_until) ON TABLE users.account TO app_admin;
GRANT UPDATE (locked_until) ON TABLE users.account TO app_admin;

-- privileges on TABLE users.account (last_login_at)
GRANT SELECT (last_login_at) ON TABLE users.account TO app_admin;
GRANT SELECT (last_login_at) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (last_login_ip)
GRANT SELECT (last_login_ip) ON TABLE users.account TO app_admin;
GRANT SELECT (last_login_ip) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (locale)
GRANT SELECT (locale) ON TABLE users.account TO app_admin;
GRANT SELECT (locale) ON TABLE users.account TO app_user;
GRANT UPDATE (locale) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (time_zone)
GRANT SELECT (time_zone) ON TABLE users.account TO app_admin;
GRANT SELECT (time_zone) ON TABLE users.account TO app_user;
GRANT UPDATE (time_zone) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (terms_accepted_at)
GRANT SELECT (terms_accepted_at) ON TABLE users.account TO app_admin;
GRANT SELECT (terms_accepted_at) ON TABLE users.account TO app_user;
GRANT UPDATE (terms_accepted_at) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (deactivated_at)
GRANT SELECT (deactivated_at) ON TABLE users.account TO app_admin;
GRANT UPDATE (deactivated_at) ON TABLE users.account TO app_admin;

-- privileges on TABLE users.account (created_at)
GRANT SELECT (created_at) ON TABLE users.account TO app_admin;
GRANT SELECT (created_at) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account (updated_at)
GRANT SELECT (updated_at) ON TABLE users.account TO app_admin;
GRANT SELECT (updated_at) ON TABLE users.account TO app_user;

-- privileges on TABLE users.account_session
GRANT DELETE ON TABLE users.account_session TO app_service;
GRANT INSERT ON TABLE users.account_session TO app_service;
GRANT SELECT ON TABLE users.account_session TO app_service;
GRANT UPDATE ON TABLE users.account_session TO app_service;

-- privileges on TABLE users.account_session (id)
GRANT SELECT (id) ON TABLE users.account_session TO app_admin;
GRANT SELECT (id) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (account_id)
GRANT SELECT (account_id) ON TABLE users.account_session TO app_admin;
GRANT SELECT (account_id) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (created_ip)
GRANT SELECT (created_ip) ON TABLE users.account_session TO app_admin;
GRANT SELECT (created_ip) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (last_seen_ip)
GRANT SELECT (last_seen_ip) ON TABLE users.account_session TO app_admin;
GRANT SELECT (last_seen_ip) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (user_agent)
GRANT SELECT (user_agent) ON TABLE users.account_session TO app_admin;
GRANT SELECT (user_agent) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (device_label)
GRANT SELECT (device_label) ON TABLE users.account_session TO app_admin;
GRANT SELECT (device_label) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (mfa_verified_at)
GRANT SELECT (mfa_verified_at) ON TABLE users.account_session TO app_admin;
GRANT SELECT (mfa_verified_at) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (last_seen_at)
GRANT SELECT (last_seen_at) ON TABLE users.account_session TO app_admin;
GRANT SELECT (last_seen_at) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (expires_at)
GRANT SELECT (expires_at) ON TABLE users.account_session TO app_admin;
GRANT SELECT (expires_at) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (ended_at)
GRANT SELECT (ended_at) ON TABLE users.account_session TO app_admin;
GRANT UPDATE (ended_at) ON TABLE users.account_session TO app_admin;
GRANT SELECT (ended_at) ON TABLE users.account_session TO app_user;
GRANT UPDATE (ended_at) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (end_reason)
GRANT SELECT (end_reason) ON TABLE users.account_session TO app_admin;
GRANT UPDATE (end_reason) ON TABLE users.account_session TO app_admin;
GRANT SELECT (end_reason) ON TABLE users.account_session TO app_user;
GRANT UPDATE (end_reason) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (created_at)
GRANT SELECT (created_at) ON TABLE users.account_session TO app_admin;
GRANT SELECT (created_at) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.account_session (updated_at)
GRANT SELECT (updated_at) ON TABLE users.account_session TO app_admin;
GRANT SELECT (updated_at) ON TABLE users.account_session TO app_user;

-- privileges on TABLE users.auth_token
GRANT DELETE ON TABLE users.auth_token TO app_service;
GRANT INSERT ON TABLE users.auth_token TO app_service;
GRANT SELECT ON TABLE users.auth_token TO app_service;
GRANT UPDATE ON TABLE users.auth_token TO app_service;

-- privileges on TABLE users.auth_token (id)
GRANT SELECT (id) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (account_id)
GRANT SELECT (account_id) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (purpose)
GRANT SELECT (purpose) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (sent_to)
GRANT SELECT (sent_to) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (requested_ip)
GRANT SELECT (requested_ip) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (expires_at)
GRANT SELECT (expires_at) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (consumed_at)
GRANT SELECT (consumed_at) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (created_at)
GRANT SELECT (created_at) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.auth_token (updated_at)
GRANT SELECT (updated_at) ON TABLE users.auth_token TO app_admin;

-- privileges on TABLE users.login_attempt
GRANT SELECT ON TABLE users.login_attempt TO app_admin;
GRANT DELETE ON TABLE users.login_attempt TO app_service;
GRANT INSERT ON TABLE users.login_attempt TO app_service;
GRANT SELECT ON TABLE users.login_attempt TO app_service;
GRANT SELECT ON TABLE users.login_attempt TO app_user;

-- privileges on TABLE users.organization
GRANT DELETE ON TABLE users.organization TO app_admin;
GRANT INSERT ON TABLE users.organization TO app_admin;
GRANT SELECT ON TABLE users.organization TO app_admin;
GRANT UPDATE ON TABLE users.organization TO app_admin;
GRANT DELETE ON TABLE users.organization TO app_service;
GRANT INSERT ON TABLE users.organization TO app_service;
GRANT SELECT ON TABLE users.organization TO app_service;
GRANT UPDATE ON TABLE users.organization TO app_service;
GRANT DELETE ON TABLE users.organization TO app_user;
GRANT INSERT ON TABLE users.organization TO app_user;
GRANT SELECT ON TABLE users.organization TO app_user;
GRANT UPDATE ON TABLE users.organization TO app_user;

-- privileges on TABLE users.organization_member
GRANT DELETE ON TABLE users.organization_member TO app_admin;
GRANT INSERT ON TABLE users.organization_member TO app_admin;
GRANT SELECT ON TABLE users.organization_member TO app_admin;
GRANT UPDATE ON TABLE users.organization_member TO app_admin;
GRANT DELETE ON TABLE users.organization_member TO app_service;
GRANT INSERT ON TABLE users.organization_member TO app_service;
GRANT SELECT ON TABLE users.organization_member TO app_service;
GRANT UPDATE ON TABLE users.organization_member TO app_service;
GRANT DELETE ON TABLE users.organization_member TO app_user;
GRANT INSERT ON TABLE users.organization_member TO app_user;
GRANT SELECT ON TABLE users.organization_member TO app_user;
GRANT UPDATE ON TABLE users.organization_member TO app_user;

-- privileges on TABLE users.user_profile_summary
GRANT SELECT ON TABLE users.user_profile_summary TO app_admin;
GRANT DELETE ON TABLE users.user_profile_summary TO app_service;
GRANT INSERT ON TABLE users.user_profile_summary TO app_service;
GRANT SELECT ON TABLE users.user_profile_summary TO app_service;
GRANT UPDATE ON TABLE users.user_profile_summary TO app_service;
GRANT DELETE ON TABLE users.user_profile_summary TO app_user;
GRANT INSERT ON TABLE users.user_profile_summary TO app_user;
GRANT SELECT ON TABLE users.user_profile_summary TO app_user;
GRANT UPDATE ON TABLE users.user_profile_summary TO app_user;

-- privileges on TABLE users.user_conversations
GRANT SELECT ON TABLE users.user_conversations TO app_admin;
GRANT DELETE ON TABLE users.user_conversations TO app_service;
GRANT INSERT ON TABLE users.user_conversations TO app_service;
GRANT SELECT ON TABLE users.user_conversations TO app_service;
GRANT UPDATE ON TABLE users.user_conversations TO app_service;
GRANT DELETE ON TABLE users.user_conversations TO app_user;
GRANT INSERT ON TABLE users.user_conversations TO app_user;
GRANT SELECT ON TABLE users.user_conversations TO app_user;
GRANT UPDATE ON TABLE users.user_conversations TO app_user;

-- privileges on TABLE users.user_conversation_messages
GRANT SELECT ON TABLE users.user_conversation_messages TO app_admin;
GRANT DELETE ON TABLE users.user_conversation_messages TO app_service;
GRANT INSERT ON TABLE users.user_conversation_messages TO app_service;
GRANT SELECT ON TABLE users.user_conversation_messages TO app_service;
GRANT UPDATE ON TABLE users.user_conversation_messages TO app_service;
GRANT DELETE ON TABLE users.user_conversation_messages TO app_user;
GRANT INSERT ON TABLE users.user_conversation_messages TO app_user;
GRANT SELECT ON TABLE users.user_conversation_messages TO app_user;

-- privileges on TABLE users.user_conversation_continuity
GRANT SELECT ON TABLE users.user_conversation_continuity TO app_admin;
GRANT DELETE ON TABLE users.user_conversation_continuity TO app_service;
GRANT INSERT ON TABLE users.user_conversation_continuity TO app_service;
GRANT SELECT ON TABLE users.user_conversation_continuity TO app_service;
GRANT UPDATE ON TABLE users.user_conversation_continuity TO app_service;
GRANT DELETE ON TABLE users.user_conversation_continuity TO app_user;
GRANT INSERT ON TABLE users.user_conversation_continuity TO app_user;
GRANT SELECT ON TABLE users.user_conversation_continuity TO app_user;
GRANT UPDATE ON TABLE users.user_conversation_continuity TO app_user;

-- privileges on TABLE users.user_crisis_flags
GRANT SELECT ON TABLE users.user_crisis_flags TO app_admin;
GRANT DELETE ON TABLE users.user_crisis_flags TO app_service;
GRANT INSERT ON TABLE users.user_crisis_flags TO app_service;
GRANT SELECT ON TABLE users.user_crisis_flags TO app_service;
GRANT UPDATE ON TABLE users.user_crisis_flags TO app_service;

-- privileges on TABLE users.user_crisis_flags (id)
GRANT SELECT (id) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (user_id)
GRANT INSERT (user_id) ON TABLE users.user_crisis_flags TO app_user;
GRANT SELECT (user_id) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (conversation_id)
GRANT INSERT (conversation_id) ON TABLE users.user_crisis_flags TO app_user;
GRANT SELECT (conversation_id) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (message_id)
GRANT INSERT (message_id) ON TABLE users.user_crisis_flags TO app_user;
GRANT SELECT (message_id) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (category)
GRANT INSERT (category) ON TABLE users.user_crisis_flags TO app_user;
GRANT SELECT (category) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (severity)
GRANT UPDATE (severity) ON TABLE users.user_crisis_flags TO app_admin;
GRANT INSERT (severity) ON TABLE users.user_crisis_flags TO app_user;
GRANT SELECT (severity) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (status)
GRANT UPDATE (status) ON TABLE users.user_crisis_flags TO app_admin;
GRANT SELECT (status) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (detected_by)
GRANT INSERT (detected_by) ON TABLE users.user_crisis_flags TO app_user;
GRANT SELECT (detected_by) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (excerpt)
GRANT INSERT (excerpt) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (staff_notes)
GRANT UPDATE (staff_notes) ON TABLE users.user_crisis_flags TO app_admin;

-- privileges on TABLE users.user_crisis_flags (acknowledged_at)
GRANT UPDATE (acknowledged_at) ON TABLE users.user_crisis_flags TO app_admin;
GRANT SELECT (acknowledged_at) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (acknowledged_by)
GRANT UPDATE (acknowledged_by) ON TABLE users.user_crisis_flags TO app_admin;

-- privileges on TABLE users.user_crisis_flags (resolved_at)
GRANT UPDATE (resolved_at) ON TABLE users.user_crisis_flags TO app_admin;
GRANT SELECT (resolved_at) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (resolved_by)
GRANT UPDATE (resolved_by) ON TABLE users.user_crisis_flags TO app_admin;

-- privileges on TABLE users.user_crisis_flags (created_at)
GRANT SELECT (created_at) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_crisis_flags (updated_at)
GRANT SELECT (updated_at) ON TABLE users.user_crisis_flags TO app_user;

-- privileges on TABLE users.user_feedback_log
GRANT SELECT ON TABLE users.user_feedback_log TO app_admin;
GRANT DELETE ON TABLE users.user_feedback_log TO app_service;
GRANT INSERT ON TABLE users.user_feedback_log TO app_service;
GRANT SELECT ON TABLE users.user_feedback_log TO app_service;
GRANT UPDATE ON TABLE users.user_feedback_log TO app_service;
GRANT DELETE ON TABLE users.user_feedback_log TO app_user;
GRANT INSERT ON TABLE users.user_feedback_log TO app_user;
GRANT SELECT ON TABLE users.user_feedback_log TO app_user;
GRANT UPDATE ON TABLE users.user_feedback_log TO app_user;

-- privileges on TABLE users.user_themes
GRANT SELECT ON TABLE users.user_themes TO app_admin;
GRANT DELETE ON TABLE users.user_themes TO app_service;
GRANT INSERT ON TABLE users.user_themes TO app_service;
GRANT SELECT ON TABLE users.user_themes TO app_service;
GRANT UPDATE ON TABLE users.user_themes TO app_service;
GRANT DELETE ON TABLE users.user_themes TO app_user;
GRANT INSERT ON TABLE users.user_themes TO app_user;
GRANT SELECT ON TABLE users.user_themes TO app_user;
GRANT UPDATE ON TABLE users.user_themes TO app_user;

-- privileges on TABLE users.user_people
GRANT SELECT ON TABLE users.user_people TO app_admin;
GRANT DELETE ON TABLE users.user_people TO app_service;
GRANT INSERT ON TABLE users.user_people TO app_service;
GRANT SELECT ON TABLE users.user_people TO app_service;
GRANT UPDATE ON TABLE users.user_people TO app_service;
GRANT DELETE ON TABLE users.user_people TO app_user;
GRANT INSERT ON TABLE users.user_people TO app_user;
GRANT SELECT ON TABLE users.user_people TO app_user;
GRANT UPDATE ON TABLE users.user_people TO app_user;

-- privileges on TABLE users.user_coping_tools
GRANT SELECT ON TABLE users.user_coping_tools TO app_admin;
GRANT DELETE ON TABLE users.user_coping_tools TO app_service;
GRANT INSERT ON TABLE users.user_coping_tools TO app_service;
GRANT SELECT ON TABLE users.user_coping_tools TO app_service;
GRANT UPDATE ON TABLE users.user_coping_tools TO app_service;
GRANT DELETE ON TABLE users.user_coping_tools TO app_user;
GRANT INSERT ON TABLE users.user_coping_tools TO app_user;
GRANT SELECT ON TABLE users.user_coping_tools TO app_user;
GRANT UPDATE ON TABLE users.user_coping_tools TO app_user;

-- privileges on TABLE users.user_goals
GRANT SELECT ON TABLE users.user_goals TO app_admin;
GRANT DELETE ON TABLE users.user_goals TO app_service;
GRANT INSERT ON TABLE users.user_goals TO app_service;
GRANT SELECT ON TABLE users.user_goals TO app_service;
GRANT UPDATE ON TABLE users.user_goals TO app_service;
GRANT DELETE ON TABLE users.user_goals TO app_user;
GRANT INSERT ON TABLE users.user_goals TO app_user;
GRANT SELECT ON TABLE users.user_goals TO app_user;
GRANT UPDATE ON TABLE users.user_goals TO app_user;

-- privileges on TABLE users.user_trauma_patterns
GRANT SELECT ON TABLE users.user_trauma_patterns TO app_admin;
GRANT DELETE ON TABLE users.user_trauma_patterns TO app_service;
GRANT INSERT ON TABLE users.user_trauma_patterns TO app_service;
GRANT SELECT ON TABLE users.user_trauma_patterns TO app_service;
GRANT UPDATE ON TABLE users.user_trauma_patterns TO app_service;
GRANT DELETE ON TABLE users.user_trauma_patterns TO app_user;
GRANT INSERT ON TABLE users.user_trauma_patterns TO app_user;
GRANT SELECT ON TABLE users.user_trauma_patterns TO app_user;
GRANT UPDATE ON TABLE users.user_trauma_patterns TO app_user;

-- privileges on TABLE users.user_pattern_loops
GRANT SELECT ON TABLE users.user_pattern_loops TO app_admin;
GRANT DELETE ON TABLE users.user_pattern_loops TO app_service;
GRANT INSERT ON TABLE users.user_pattern_loops TO app_service;
GRANT SELECT ON TABLE users.user_pattern_loops TO app_service;
GRANT UPDATE ON TABLE users.user_pattern_loops TO app_service;
GRANT DELETE ON TABLE users.user_pattern_loops TO app_user;
GRANT INSERT ON TABLE users.user_pattern_loops TO app_user;
GRANT SELECT ON TABLE users.user_pattern_loops TO app_user;
GRANT UPDATE ON TABLE users.user_pattern_loops TO app_user;

-- privileges on TABLE users.user_shadow_themes
GRANT SELECT ON TABLE users.user_shadow_themes TO app_admin;
GRANT DELETE ON TABLE users.user_shadow_themes TO app_service;
GRANT INSERT ON TABLE users.user_shadow_themes TO app_service;
GRANT SELECT ON TABLE users.user_shadow_themes TO app_service;
GRANT UPDATE ON TABLE users.user_shadow_themes TO app_service;
GRANT DELETE ON TABLE users.user_shadow_themes TO app_user;
GRANT INSERT ON TABLE users.user_shadow_themes TO app_user;
GRANT SELECT ON TABLE users.user_shadow_themes TO app_user;
GRANT UPDATE ON TABLE users.user_shadow_themes TO app_user;

-- privileges on TABLE users.user_ancestral_issues
GRANT SELECT ON TABLE users.user_ancestral_issues TO app_admin;
GRANT DELETE ON TABLE users.user_ancestral_issues TO app_service;
GRANT INSERT ON TABLE users.user_ancestral_issues TO app_service;
GRANT SELECT ON TABLE users.user_ancestral_issues TO app_service;
GRANT UPDATE ON TABLE users.user_ancestral_issues TO app_service;
GRANT DELETE ON TABLE users.user_ancestral_issues TO app_user;
GRANT INSERT ON TABLE users.user_ancestral_issues TO app_user;
GRANT SELECT ON TABLE users.user_ancestral_issues TO app_user;
GRANT UPDATE ON TABLE users.user_ancestral_issues TO app_user;

-- privileges on TABLE users.user_current_practices
GRANT SELECT ON TABLE users.user_current_practices TO app_admin;
GRANT DELETE ON TABLE users.user_current_practices TO app_service;
GRANT INSERT ON TABLE users.user_current_practices TO app_service;
GRANT SELECT ON TABLE users.user_current_practices TO app_service;
GRANT UPDATE ON TABLE users.user_current_practices TO app_service;
GRANT DELETE ON TABLE users.user_current_practices TO app_user;
GRANT INSERT ON TABLE users.user_current_practices TO app_user;
GRANT SELECT ON TABLE users.user_current_practices TO app_user;
GRANT UPDATE ON TABLE users.user_current_practices TO app_user;

-- privileges on TABLE users.user_regulation_strategies
GRANT SELECT ON TABLE users.user_regulation_strategies TO app_admin;
GRANT DELETE ON TABLE users.user_regulation_strategies TO app_service;
GRANT INSERT ON TABLE users.user_regulation_strategies TO app_service;
GRANT SELECT ON TABLE users.user_regulation_strategies TO app_service;
GRANT UPDATE ON TABLE users.user_regulation_strategies TO app_service;
GRANT DELETE ON TABLE users.user_regulation_strategies TO app_user;
GRANT INSERT ON TABLE users.user_regulation_strategies TO app_user;
GRANT SELECT ON TABLE users.user_regulation_strategies TO app_user;
GRANT UPDATE ON TABLE users.user_regulation_strategies TO app_user;

-- privileges on TABLE users.user_dysregulating_factors
GRANT SELECT ON TABLE users.user_dysregulating_factors TO app_admin;
GRANT DELETE ON TABLE users.user_dysregulating_factors TO app_service;
GRANT INSERT ON TABLE users.user_dysregulating_factors TO app_service;
GRANT SELECT ON TABLE users.user_dysregulating_factors TO app_service;
GRANT UPDATE ON TABLE users.user_dysregulating_factors TO app_service;
GRANT DELETE ON TABLE users.user_dysregulating_factors TO app_user;
GRANT INSERT ON TABLE users.user_dysregulating_factors TO app_user;
GRANT SELECT ON TABLE users.user_dysregulating_factors TO app_user;
GRANT UPDATE ON TABLE users.user_dysregulating_factors TO app_user;

-- privileges on TABLE users.user_role_model_traits
GRANT SELECT ON TABLE users.user_role_model_traits TO app_admin;
GRANT DELETE ON TABLE users.user_role_model_traits TO app_service;
GRANT INSERT ON TABLE users.user_role_model_traits TO app_service;
GRANT SELECT ON TABLE users.user_role_model_traits TO app_service;
GRANT UPDATE ON TABLE users.user_role_model_traits TO app_service;
GRANT DELETE ON TABLE users.user_role_model_traits TO app_user;
GRANT INSERT ON TABLE users.user_role_model_traits TO app_user;
GRANT SELECT ON TABLE users.user_role_model_traits TO app_user;
GRANT UPDATE ON TABLE users.user_role_model_traits TO app_user;

-- privileges on TABLE users.user_growth_milestones
GRANT SELECT ON TABLE users.user_growth_milestones TO app_admin;
GRANT DELETE ON TABLE users.user_growth_milestones TO app_service;
GRANT INSERT ON TABLE users.user_growth_milestones TO app_service;
GRANT SELECT ON TABLE users.user_growth_milestones TO app_service;
GRANT UPDATE ON TABLE users.user_growth_milestones TO app_service;
GRANT DELETE ON TABLE users.user_growth_milestones TO app_user;
GRANT INSERT ON TABLE users.user_growth_milestones TO app_user;
GRANT SELECT ON TABLE users.user_growth_milestones TO app_user;
GRANT UPDATE ON TABLE users.user_growth_milestones TO app_user;

-- privileges on TABLE users.user_emotional_patterns
GRANT SELECT ON TABLE users.user_emotional_patterns TO app_admin;
GRANT DELETE ON TABLE users.user_emotional_patterns TO app_service;
GRANT INSERT ON TABLE users.user_emotional_patterns TO app_service;
GRANT SELECT ON TABLE users.user_emotional_patterns TO app_service;
GRANT UPDATE ON TABLE users.user_emotional_patterns TO app_service;
GRANT DELETE ON TABLE users.user_emotional_patterns TO app_user;
GRANT INSERT ON TABLE users.user_emotional_patterns TO app_user;
GRANT SELECT ON TABLE users.user_emotional_patterns TO app_user;
GRANT UPDATE ON TABLE users.user_emotional_patterns TO app_user;

-- privileges on TABLE users.user_relationship_dynamics
GRANT SELECT ON TABLE users.user_relationship_dynamics TO app_admin;
GRANT DELETE ON TABLE users.user_relationship_dynamics TO app_service;
GRANT INSERT ON TABLE users.user_relationship_dynamics TO app_service;
GRANT SELECT ON TABLE users.user_relationship_dynamics TO app_service;
GRANT UPDATE ON TABLE users.user_relationship_dynamics TO app_service;
GRANT DELETE ON TABLE users.user_relationship_dynamics TO app_user;
GRANT INSERT ON TABLE users.user_relationship_dynamics TO app_user;
GRANT SELECT ON TABLE users.user_relationship_dynamics TO app_user;
GRANT UPDATE ON TABLE users.user_relationship_dynamics TO app_user;

-- privileges on TABLE users.user_growth_opportunities
GRANT SELECT ON TABLE users.user_growth_opportunities TO app_admin;
GRANT DELETE ON TABLE users.user_growth_opportunities TO app_service;
GRANT INSERT ON TABLE users.user_growth_opportunities TO app_service;
GRANT SELECT ON TABLE users.user_growth_opportunities TO app_service;
GRANT UPDATE ON TABLE users.user_growth_opportunities TO app_service;
GRANT DELETE ON TABLE users.user_growth_opportunities TO app_user;
GRANT INSERT ON TABLE users.user_growth_opportunities TO app_user;
GRANT SELECT ON TABLE users.user_growth_opportunities TO app_user;
GRANT UPDATE ON TABLE users.user_growth_opportunities TO app_user;

-- privileges on TABLE users.user_risk_factors
GRANT SELECT ON TABLE users.user_risk_factors TO app_admin;
GRANT DELETE ON TABLE users.user_risk_factors TO app_service;
GRANT INSERT ON TABLE users.user_risk_factors TO app_service;
GRANT SELECT ON TABLE users.user_risk_factors TO app_service;
GRANT UPDATE ON TABLE users.user_risk_factors TO app_service;
GRANT DELETE ON TABLE users.user_risk_factors TO app_user;
GRANT INSERT ON TABLE users.user_risk_factors TO app_user;
GRANT SELECT ON TABLE users.user_risk_factors TO app_user;
GRANT UPDATE ON TABLE users.user_risk_factors TO app_user;

-- privileges on TABLE users.user_strengths
GRANT SELECT ON TABLE users.user_strengths TO app_admin;
GRANT DELETE ON TABLE users.user_strengths TO app_service;
GRANT INSERT ON TABLE users.user_strengths TO app_service;
GRANT SELECT ON TABLE users.user_strengths TO app_service;
GRANT UPDATE ON TABLE users.user_strengths TO app_service;
GRANT DELETE ON TABLE users.user_strengths TO app_user;
GRANT INSERT ON TABLE users.user_strengths TO app_user;
GRANT SELECT ON TABLE users.user_strengths TO app_user;
GRANT UPDATE ON TABLE users.user_strengths TO app_user;

-- privileges on TABLE users.user_mood_trends
GRANT SELECT ON TABLE users.user_mood_trends TO app_admin;
GRANT DELETE ON TABLE users.user_mood_trends TO app_service;
GRANT INSERT ON TABLE users.user_mood_trends TO app_service;
GRANT SELECT ON TABLE users.user_mood_trends TO app_service;
GRANT UPDATE ON TABLE users.user_mood_trends TO app_service;
GRANT DELETE ON TABLE users.user_mood_trends TO app_user;
GRANT INSERT ON TABLE users.user_mood_trends TO app_user;
GRANT SELECT ON TABLE users.user_mood_trends TO app_user;
GRANT UPDATE ON TABLE users.user_mood_trends TO app_user;

-- privileges on TABLE users.user_emotional_states
GRANT SELECT ON TABLE users.user_emotional_states TO app_admin;
GRANT DELETE ON TABLE users.user_emotional_states TO app_service;
GRANT INSERT ON TABLE users.user_emotional_states TO app_service;
GRANT SELECT ON TABLE users.user_emotional_states TO app_service;
GRANT UPDATE ON TABLE users.user_emotional_states TO app_service;
GRANT DELETE ON TABLE users.user_emotional_states TO app_user;
GRANT INSERT ON TABLE users.user_emotional_states TO app_user;
GRANT SELECT ON TABLE users.user_emotional_states TO app_user;
GRANT UPDATE ON TABLE users.user_emotional_states TO app_user;

-- privileges on TABLE users.user_support_system
GRANT SELECT ON TABLE users.user_support_system TO app_admin;
GRANT DELETE ON TABLE users.user_support_system TO app_service;
GRANT INSERT ON TABLE users.user_support_system TO app_service;
GRANT SELECT ON TABLE users.user_support_system TO app_service;
GRANT UPDATE ON TABLE users.user_support_system TO app_service;
GRANT DELETE ON TABLE users.user_support_system TO app_user;
GRANT INSERT ON TABLE users.user_support_system TO app_user;
GRANT SELECT ON TABLE users.user_support_system TO app_user;
GRANT UPDATE ON TABLE users.user_support_system TO app_user;

-- privileges on TABLE users.user_current_stressors
GRANT SELECT ON TABLE users.user_current_stressors TO app_admin;
GRANT DELETE ON TABLE users.user_current_stressors TO app_service;
GRANT INSERT ON TABLE users.user_current_stressors TO app_service;
GRANT SELECT ON TABLE users.user_current_stressors TO app_service;
GRANT UPDATE ON TABLE users.user_current_stressors TO app_service;
GRANT DELETE ON TABLE users.user_current_stressors TO app_user;
GRANT INSERT ON TABLE users.user_current_stressors TO app_user;
GRANT SELECT ON TABLE users.user_current_stressors TO app_user;
GRANT UPDATE ON TABLE users.user_current_stressors TO app_user;

-- privileges on TABLE users.user_daily_habits
GRANT SELECT ON TABLE users.user_daily_habits TO app_admin;
GRANT DELETE ON TABLE users.user_daily_habits TO app_service;
GRANT INSERT ON TABLE users.user_daily_habits TO app_service;
GRANT SELECT ON TABLE users.user_daily_habits TO app_service;
GRANT UPDATE ON TABLE users.user_daily_habits TO app_service;
GRANT DELETE ON TABLE users.user_daily_habits TO app_user;
GRANT INSERT ON TABLE users.user_daily_habits TO app_user;
GRANT SELECT ON TABLE users.user_daily_habits TO app_user;
GRANT UPDATE ON TABLE users.user_daily_habits TO app_user;

-- privileges on TABLE users.user_substance_use
GRANT SELECT ON TABLE users.user_substance_use TO app_admin;
GRANT DELETE ON TABLE users.user_substance_use TO app_service;
GRANT INSERT ON TABLE users.user_substance_use TO app_service;
GRANT SELECT ON TABLE users.user_substance_use TO app_service;
GRANT UPDATE ON TABLE users.user_substance_use TO app_service;
GRANT DELETE ON TABLE users.user_substance_use TO app_user;
GRANT INSERT ON TABLE users.user_substance_use TO app_user;
GRANT SELECT ON TABLE users.user_substance_use TO app_user;
GRANT UPDATE ON TABLE users.user_substance_use TO app_user;

-- privileges on TABLE users.user_previous_therapy
GRANT SELECT ON TABLE users.user_previous_therapy TO app_admin;
GRANT DELETE ON TABLE users.user_previous_therapy TO app_service;
GRANT INSERT ON TABLE users.user_previous_therapy TO app_service;
GRANT SELECT ON TABLE users.user_previous_therapy TO app_service;
GRANT UPDATE ON TABLE users.user_previous_therapy TO app_service;
GRANT DELETE ON TABLE users.user_previous_therapy TO app_user;
GRANT INSERT ON TABLE users.user_previous_therapy TO app_user;
GRANT SELECT ON TABLE users.user_previous_therapy TO app_user;
GRANT UPDATE ON TABLE users.user_previous_therapy TO app_user;

-- privileges on TABLE users.user_suicidal_thoughts
GRANT SELECT ON TABLE users.user_suicidal_thoughts TO app_admin;
GRANT DELETE ON TABLE users.user_suicidal_thoughts TO app_service;
GRANT INSERT ON TABLE users.user_suicidal_thoughts TO app_service;
GRANT SELECT ON TABLE users.user_suicidal_thoughts TO app_service;
GRANT UPDATE ON TABLE users.user_suicidal_thoughts TO app_service;
GRANT INSERT ON TABLE users.user_suicidal_thoughts TO app_user;
GRANT SELECT ON TABLE users.user_suicidal_thoughts TO app_user;

-- privileges on TABLE users.user_insight_notes
GRANT SELECT ON TABLE users.user_insight_notes TO app_admin;
GRANT DELETE ON TABLE users.user_insight_notes TO app_service;
GRANT INSERT ON TABLE users.user_insight_notes TO app_service;
GRANT SELECT ON TABLE users.user_insight_notes TO app_service;
GRANT UPDATE ON TABLE users.user_insight_notes TO app_service;
GRANT DELETE ON TABLE users.user_insight_notes TO app_user;
GRANT INSERT ON TABLE users.user_insight_notes TO app_user;
GRANT SELECT ON TABLE users.user_insight_notes TO app_user;
GRANT UPDATE ON TABLE users.user_insight_notes TO app_user;

-- privileges on TABLE users.user_ai_preferences
GRANT SELECT ON TABLE users.user_ai_preferences TO app_admin;
GRANT DELETE ON TABLE users.user_ai_preferences TO app_service;
GRANT INSERT ON TABLE users.user_ai_preferences TO app_service;
GRANT SELECT ON TABLE users.user_ai_preferences TO app_service;
GRANT UPDATE ON TABLE users.user_ai_preferences TO app_service;
GRANT DELETE ON TABLE users.user_ai_preferences TO app_user;
GRANT INSERT ON TABLE users.user_ai_preferences TO app_user;
GRANT SELECT ON TABLE users.user_ai_preferences TO app_user;
GRANT UPDATE ON TABLE users.user_ai_preferences TO app_user;

-- privileges on TABLE users.user_sleep_routine
GRANT SELECT ON TABLE users.user_sleep_routine TO app_admin;
GRANT DELETE ON TABLE users.user_sleep_routine TO app_service;
GRANT INSERT ON TABLE users.user_sleep_routine TO app_service;
GRANT SELECT ON TABLE users.user_sleep_routine TO app_service;
GRANT UPDATE ON TABLE users.user_sleep_routine TO app_service;
GRANT DELETE ON TABLE users.user_sleep_routine TO app_user;
GRANT INSERT ON TABLE users.user_sleep_routine TO app_user;
GRANT SELECT ON TABLE users.user_sleep_routine TO app_user;
GRANT UPDATE ON TABLE users.user_sleep_routine TO app_user;

-- privileges on TABLE users.user_relationship_status
GRANT SELECT ON TABLE users.user_relationship_status TO app_admin;
GRANT DELETE ON TABLE users.user_relationship_status TO app_service;
GRANT INSERT ON TABLE users.user_relationship_status TO app_service;
GRANT SELECT ON TABLE users.user_relationship_status TO app_service;
GRANT UPDATE ON TABLE users.user_relationship_status TO app_service;
GRANT DELETE ON TABLE users.user_relationship_status TO app_user;
GRANT INSERT ON TABLE users.user_relationship_status TO app_user;
GRANT SELECT ON TABLE users.user_relationship_status TO app_user;
GRANT UPDATE ON TABLE users.user_relationship_status TO app_user;

-- privileges on TABLE users.user_living_situation
GRANT SELECT ON TABLE users.user_living_situation TO app_admin;
GRANT DELETE ON TABLE users.user_living_situation TO app_service;
GRANT INSERT ON TABLE users.user_living_situation TO app_service;
GRANT SELECT ON TABLE users.user_living_situation TO app_service;
GRANT UPDATE ON TABLE users.user_living_situation TO app_service;
GRANT DELETE ON TABLE users.user_living_situation TO app_user;
GRANT INSERT ON TABLE users.user_living_situation TO app_user;
GRANT SELECT ON TABLE users.user_living_situation TO app_user;
GRANT UPDATE ON TABLE users.user_living_situation TO app_user;

-- privileges on TABLE users.user_spiritual_path
GRANT SELECT ON TABLE users.user_spiritual_path TO app_admin;
GRANT DELETE ON TABLE users.user_spiritual_path TO app_service;
GRANT INSERT ON TABLE users.user_spiritual_path TO app_service;
GRANT SELECT ON TABLE users.user_spiritual_path TO app_service;
GRANT UPDATE ON TABLE users.user_spiritual_path TO app_service;
GRANT DELETE ON TABLE users.user_spiritual_path TO app_user;
GRANT INSERT ON TABLE users.user_spiritual_path TO app_user;
GRANT SELECT ON TABLE users.user_spiritual_path TO app_user;
GRANT UPDATE ON TABLE users.user_spiritual_path TO app_user;

-- privileges on TABLE users.user_value_compass
GRANT SELECT ON TABLE users.user_value_compass TO app_admin;
GRANT DELETE ON TABLE users.user_value_compass TO app_service;
GRANT INSERT ON TABLE users.user_value_compass TO app_service;
GRANT SELECT ON TABLE users.user_value_compass TO app_service;
GRANT UPDATE ON TABLE users.user_value_compass TO app_service;
GRANT DELETE ON TABLE users.user_value_compass TO app_user;
GRANT INSERT ON TABLE users.user_value_compass TO app_user;
GRANT SELECT ON TABLE users.user_value_compass TO app_user;
GRANT UPDATE ON TABLE users.user_value_compass TO app_user;

-- privileges on TABLE calendar.media_asset
GRANT SELECT ON TABLE calendar.media_asset TO app_admin;
GRANT DELETE ON TABLE calendar.media_asset TO app_service;
GRANT INSERT ON TABLE calendar.media_asset TO app_service;
GRANT SELECT ON TABLE calendar.media_asset TO app_service;
GRANT UPDATE ON TABLE calendar.media_asset TO app_service;
GRANT DELETE ON TABLE calendar.media_asset TO app_user;
GRANT INSERT ON TABLE calendar.media_asset TO app_user;
GRANT SELECT ON TABLE calendar.media_asset TO app_user;

-- privileges on TABLE calendar.media_asset (status)
GRANT UPDATE (status) ON TABLE calendar.media_asset TO app_admin;

-- privileges on TABLE calendar.media_asset (original_filename)
GRANT UPDATE (original_filename) ON TABLE calendar.media_asset TO app_user;

-- privileges on TABLE calendar.media_asset (is_private)
GRANT UPDATE (is_private) ON TABLE calendar.media_asset TO app_admin;
GRANT UPDATE (is_private) ON TABLE calendar.media_asset TO app_user;

-- privileges on TABLE calendar.media_asset (processing_error)
GRANT UPDATE (processing_error) ON TABLE calendar.media_asset TO app_admin;

-- privileges on TABLE calendar.family_settings
GRANT SELECT ON TABLE calendar.family_settings TO app_admin;
GRANT DELETE ON TABLE calendar.family_settings TO app_service;
GRANT INSERT ON TABLE calendar.family_settings TO app_service;
GRANT SELECT ON TABLE calendar.family_settings TO app_service;
GRANT UPDATE ON TABLE calendar.family_settings TO app_service;
GRANT DELETE ON TABLE calendar.family_settings TO app_user;
GRANT INSERT ON TABLE calendar.family_settings TO app_user;
GRANT SELECT ON TABLE calendar.family_settings TO app_user;
GRANT UPDATE ON TABLE calendar.family_settings TO app_user;

-- privileges on TABLE calendar.child_profile
GRANT SELECT ON TABLE calendar.child_profile TO app_admin;
GRANT DELETE ON TABLE calendar.child_profile TO app_service;
GRANT INSERT ON TABLE calendar.child_profile TO app_service;
GRANT SELECT ON TABLE calendar.child_profile TO app_service;
GRANT UPDATE ON TABLE calendar.child_profile TO app_service;
GRANT DELETE ON TABLE calendar.child_profile TO app_user;
GRANT INSERT ON TABLE calendar.child_profile TO app_user;
GRANT SELECT ON TABLE calendar.child_profile TO app_user;
GRANT UPDATE ON TABLE calendar.child_profile TO app_user;

-- privileges on TABLE calendar.advent_calendar
GRANT SELECT ON TABLE calendar.advent_calendar TO app_admin;
GRANT DELETE ON TABLE calendar.advent_calendar TO app_service;
GRANT INSERT ON TABLE calendar.advent_calendar TO app_service;
GRANT SELECT ON TABLE calendar.advent_calendar TO app_service;
GRANT UPDATE ON TABLE calendar.advent_calendar TO app_service;
GRANT DELETE ON TABLE calendar.advent_calendar TO app_user;
GRANT INSERT ON TABLE calendar.advent_calendar TO app_user;
GRANT SELECT ON TABLE calendar.advent_calendar TO app_user;
GRANT UPDATE ON TABLE calendar.advent_calendar TO app_user;

-- privileges on TABLE calendar.surprise_collection
GRANT SELECT ON TABLE calendar.surprise_collection TO app_admin;
GRANT DELETE ON TABLE calendar.surprise_collection TO app_service;
GRANT INSERT ON TABLE calendar.surprise_collection TO app_service;
GRANT SELECT ON TABLE calendar.surprise_collection TO app_service;
GRANT UPDATE ON TABLE calendar.surprise_collection TO app_service;
GRANT DELETE ON TABLE calendar.surprise_collection TO app_user;
GRANT INSERT ON TABLE calendar.surprise_collection TO app_user;
GRANT SELECT ON TABLE calendar.surprise_collection TO app_user;
GRANT UPDATE ON TABLE calendar.surprise_collection TO app_user;

-- privileges on TABLE calendar.surprise_video
GRANT SELECT ON TABLE calendar.surprise_video TO app_admin;
GRANT DELETE ON TABLE calendar.surprise_video TO app_service;
GRANT INSERT ON TABLE calendar.surprise_video TO app_service;
GRANT SELECT ON TABLE calendar.surprise_video TO app_service;
GRANT UPDATE ON TABLE calendar.surprise_video TO app_service;
GRANT DELETE ON TABLE calendar.surprise_video TO app_user;
GRANT INSERT ON TABLE calendar.surprise_video TO app_user;
GRANT SELECT ON TABLE calendar.surprise_video TO app_user;
GRANT UPDATE ON TABLE calendar.surprise_video TO app_user;

-- privileges on TABLE calendar.calendar_day
GRANT SELECT ON TABLE calendar.calendar_day TO app_admin;
GRANT DELETE ON TABLE calendar.calendar_day TO app_service;
GRANT INSERT ON TABLE calendar.calendar_day TO app_service;
GRANT SELECT ON TABLE calendar.calendar_day TO app_service;
GRANT UPDATE ON TABLE calendar.calendar_day TO app_service;
GRANT DELETE ON TABLE calendar.calendar_day TO app_user;
GRANT INSERT ON TABLE calendar.calendar_day TO app_user;
GRANT SELECT ON TABLE calendar.calendar_day TO app_user;
GRANT UPDATE ON TABLE calendar.calendar_day TO app_user;

-- privileges on TABLE calendar.chat_session
GRANT SELECT ON TABLE calendar.chat_session TO app_admin;
GRANT DELETE ON TABLE calendar.chat_session TO app_service;
GRANT INSERT ON TABLE calendar.chat_session TO app_service;
GRANT SELECT ON TABLE calendar.chat_session TO app_service;
GRANT UPDATE ON TABLE calendar.chat_session TO app_service;
GRANT DELETE ON TABLE calendar.chat_session TO app_user;
GRANT INSERT ON TABLE calendar.chat_session TO app_user;
GRANT SELECT ON TABLE calendar.chat_session TO app_user;
GRANT UPDATE ON TABLE calendar.chat_session TO app_user;

-- privileges on TABLE calendar.chat_message
GRANT SELECT ON TABLE calendar.chat_message TO app_admin;
GRANT DELETE ON TABLE calendar.chat_message TO app_service;
GRANT INSERT ON TABLE calendar.chat_message TO app_service;
GRANT SELECT ON TABLE calendar.chat_message TO app_service;
GRANT UPDATE ON TABLE calendar.chat_message TO app_service;
GRANT DELETE ON TABLE calendar.chat_message TO app_user;
GRANT INSERT ON TABLE calendar.chat_message TO app_user;
GRANT SELECT ON TABLE calendar.chat_message TO app_user;

-- privileges on TABLE calendar.chat_message (moderation)
GRANT UPDATE (moderation) ON TABLE calendar.chat_message TO app_admin;

-- privileges on TABLE calendar.memory_fragment
GRANT SELECT ON TABLE calendar.memory_fragment TO app_admin;
GRANT DELETE ON TABLE calendar.memory_fragment TO app_service;
GRANT INSERT ON TABLE calendar.memory_fragment TO app_service;
GRANT SELECT ON TABLE calendar.memory_fragment TO app_service;
GRANT UPDATE ON TABLE calendar.memory_fragment TO app_service;
GRANT DELETE ON TABLE calendar.memory_fragment TO app_user;
GRANT SELECT ON TABLE calendar.memory_fragment TO app_user;

-- privileges on TABLE calendar.memory_embedding
GRANT SELECT ON TABLE calendar.memory_embedding TO app_admin;
GRANT DELETE ON TABLE calendar.memory_embedding TO app_service;
GRANT INSERT ON TABLE calendar.memory_embedding TO app_service;
GRANT SELECT ON TABLE calendar.memory_embedding TO app_service;
GRANT UPDATE ON TABLE calendar.memory_embedding TO app_service;
GRANT DELETE ON TABLE calendar.memory_embedding TO app_user;
GRANT SELECT ON TABLE calendar.memory_embedding TO app_user;

-- privileges on TABLE analytics.calendar_analytics
GRANT SELECT ON TABLE analytics.calendar_analytics TO app_admin;
GRANT SELECT ON TABLE analytics.calendar_analytics TO app_readonly;
GRANT DELETE ON TABLE analytics.calendar_analytics TO app_service;
GRANT INSERT ON TABLE analytics.calendar_analytics TO app_service;
GRANT SELECT ON TABLE analytics.calendar_analytics TO app_service;
GRANT UPDATE ON TABLE analytics.calendar_analytics TO app_service;
GRANT SELECT ON TABLE analytics.calendar_analytics TO app_user;

-- privileges on TABLE analytics.day_analytics
GRANT SELECT ON TABLE analytics.day_analytics TO app_admin;
GRANT SELECT ON TABLE analytics.day_analytics TO app_readonly;
GRANT DELETE ON TABLE analytics.day_analytics TO app_service;
GRANT INSERT ON TABLE analytics.day_analytics TO app_service;
GRANT SELECT ON TABLE analytics.day_analytics TO app_service;
GRANT UPDATE ON TABLE analytics.day_analytics TO app_service;
GRANT SELECT ON TABLE analytics.day_analytics TO app_user;

-- privileges on TABLE analytics.chat_analytics
GRANT SELECT ON TABLE analytics.chat_analytics TO app_admin;
GRANT SELECT ON TABLE analytics.chat_analytics TO app_readonly;
GRANT DELETE ON TABLE analytics.chat_analytics TO app_service;
GRANT INSERT ON TABLE analytics.chat_analytics TO app_service;
GRANT SELECT ON TABLE analytics.chat_analytics TO app_service;
GRANT UPDATE ON TABLE analytics.chat_analytics TO app_service;
GRANT SELECT ON TABLE analytics.chat_analytics TO app_user;

-- privileges on TABLE analytics.user_engagement
GRANT SELECT ON TABLE analytics.user_engagement TO app_admin;
GRANT SELECT ON TABLE analytics.user_engagement TO app_readonly;
GRANT DELETE ON TABLE analytics.user_engagement TO app_service;
GRANT INSERT ON TABLE analytics.user_engagement TO app_service;
GRANT SELECT ON TABLE analytics.user_engagement TO app_service;
GRANT UPDATE ON TABLE analytics.user_engagement TO app_service;
GRANT SELECT ON TABLE analytics.user_engagement TO app_user;

-- privileges on TABLE analytics.nps_submission
GRANT SELECT ON TABLE analytics.nps_submission TO app_admin;
GRANT SELECT ON TABLE analytics.nps_submission TO app_readonly;
GRANT DELETE ON TABLE analytics.nps_submission TO app_service;
GRANT INSERT ON TABLE analytics.nps_submission TO app_service;
GRANT SELECT ON TABLE analytics.nps_submission TO app_service;
GRANT UPDATE ON TABLE analytics.nps_submission TO app_service;
GRANT SELECT ON TABLE analytics.nps_submission TO app_user;

-- privileges on TABLE analytics.nps_submission (account_id)
GRANT INSERT (account_id) ON TABLE analytics.nps_submission TO app_user;

-- privileges on TABLE analytics.nps_submission (survey)
GRANT INSERT (survey) ON TABLE analytics.nps_submission TO app_user;

-- privileges on TABLE analytics.nps_submission (score)
GRANT INSERT (score) ON TABLE analytics.nps_submission TO app_user;

-- privileges on TABLE analytics.nps_submission (comment)
GRANT INSERT (comment) ON TABLE analytics.nps_submission TO app_user;

-- privileges on TABLE analytics.metrics_log
GRANT SELECT ON TABLE analytics.metrics_log TO app_admin;
GRANT SELECT ON TABLE analytics.metrics_log TO app_readonly;
GRANT DELETE ON TABLE analytics.metrics_log TO app_service;
GRANT INSERT ON TABLE analytics.metrics_log TO app_service;
GRANT SELECT ON TABLE analytics.metrics_log TO app_service;

-- privileges on TABLE analytics.audit_log
GRANT SELECT ON TABLE analytics.audit_log TO app_admin;
GRANT INSERT ON TABLE analytics.audit_log TO app_service;

-- privileges on TABLE analytics.telemetry_event
GRANT SELECT ON TABLE analytics.telemetry_event TO app_admin;
GRANT SELECT ON TABLE analytics.telemetry_event TO app_readonly;
GRANT DELETE ON TABLE analytics.telemetry_event TO app_service;
GRANT INSERT ON TABLE analytics.telemetry_event TO app_service;
GRANT SELECT ON TABLE analytics.telemetry_event TO app_service;

-- privileges on TABLE users.active_session
GRANT SELECT ON TABLE users.active_session TO app_admin;
GRANT SELECT ON TABLE users.active_session TO app_user;

-- privileges on TABLE users.user_memory_overview
GRANT SELECT ON TABLE users.user_memory_overview TO app_admin;
GRANT SELECT ON TABLE users.user_memory_overview TO app_service;
GRANT SELECT ON TABLE users.user_memory_overview TO app_user;

-- privileges on TABLE users.crisis_triage_queue
GRANT SELECT ON TABLE users.crisis_triage_queue TO app_admin;

-- privileges on TABLE calendar.advent_day
GRANT SELECT ON TABLE calendar.advent_day TO app_admin;
GRANT SELECT ON TABLE calendar.advent_day TO app_service;
GRANT SELECT ON TABLE calendar.advent_day TO app_user;

-- privileges on TABLE calendar.calendar_overview
GRANT SELECT ON TABLE calendar.calendar_overview TO app_admin;
GRANT SELECT ON TABLE calendar.calendar_overview TO app_service;
GRANT SELECT ON TABLE calendar.calendar_overview TO app_user;

-- privileges on TABLE analytics.calendar_daily_stats
GRANT SELECT ON TABLE analytics.calendar_daily_stats TO app_admin;
GRANT SELECT ON TABLE analytics.calendar_daily_stats TO app_readonly;
GRANT SELECT ON TABLE analytics.calendar_daily_stats TO app_service;

-- privileges on TABLE analytics.calendar_summary
GRANT SELECT ON TABLE analytics.calendar_summary TO app_admin;
GRANT SELECT ON TABLE analytics.calendar_summary TO app_user;

-- privileges on TABLE analytics.nps_monthly
GRANT SELECT ON TABLE analytics.nps_monthly TO app_admin;
GRANT SELECT ON TABLE analytics.nps_monthly TO app_readonly;

-- privileges on TABLE analytics.daily_active_accounts
GRANT SELECT ON TABLE analytics.daily_active_accounts TO app_admin;
GRANT SELECT ON TABLE analytics.daily_active_accounts TO app_readonly;

-- comment on schema users
COMMENT ON SCHEMA users IS 'Identity and access (accounts, sessions, organizations) and the normalized per-user memory tables.';

-- comment on schema calendar
COMMENT ON SCHEMA calendar IS 'Advent calendar product: child profiles, calendars and days, chat sessions, memory, media and surprises.';

-- comment on schema analytics
COMMENT ON SCHEMA analytics IS 'Structured product analytics, telemetry, metrics, NPS and audit trail.';

-- comment on type users.email_address
COMMENT ON TYPE users.email_address IS 'Case-insensitive e-mail address (RFC 5321 length limit, minimal shape check).';

-- comment on type users.language_code
COMMENT ON TYPE users.language_code IS 'BCP 47 language tag restricted to language[-REGION], e.g. en, pt-BR.';

-- comment on function users.current_user_id()
COMMENT ON ROUTINE users.current_user_id() IS 'Account id of the end user on whose behalf the session acts (setting app.user_id), or NULL.';

-- comment on function users.set_updated_at()
COMMENT ON ROUTINE users.set_updated_at() IS 'BEFORE UPDATE row trigger: stamps updated_at with the transaction time.';

-- comment on function users.bump_conversation_stats()
COMMENT ON ROUTINE users.bump_conversation_stats() IS 'AFTER INSERT/DELETE statement trigger on user_conversation_messages maintaining the conversation counters.';

-- comment on function users.end_sessions_on_credential_change()
COMMENT ON ROUTINE users.end_sessions_on_credential_change() IS 'AFTER UPDATE trigger on account: revokes live sessions on password change, lock, suspension or deactivation.';

-- comment on function users.is_org_member(uuid)
COMMENT ON ROUTINE users.is_org_member(uuid) IS 'True when the calling user (app.user_id) belongs to the organization.';

-- comment on function users.is_org_admin(uuid)
COMMENT ON ROUTINE users.is_org_admin(uuid) IS 'True when the calling user is an owner or admin of the organization.';

-- comment on function users.purge_expired_sessions(interval)
COMMENT ON ROUTINE users.purge_expired_sessions(interval) IS 'Maintenance for app_service: ends expired sessions, deletes sessions/tokens older than the retention.';

-- comment on function calendar.apply_calendar_state()
COMMENT ON ROUTINE calendar.apply_calendar_state() IS 'BEFORE INSERT/UPDATE on advent_calendar: stamps published_at and locked_at, freezes dates of locked calendars.';

-- comment on function calendar.guard_calendar_day()
COMMENT ON ROUTINE calendar.guard_calendar_day() IS 'BEFORE INSERT/UPDATE/DELETE on calendar_day: unlock_date default, day range, calendar lock.';

-- comment on function calendar.touch_chat_session()
COMMENT ON ROUTINE calendar.touch_chat_session() IS 'AFTER INSERT statement trigger on chat_message: counters, last activity and sliding expiry of the session.';

-- comment on function calendar.purge_expired_memory()
COMMENT ON ROUTINE calendar.purge_expired_memory() IS 'TTL maintenance for app_service: expires idle chat sessions and deletes expired memory fragments.';

-- comment on function calendar.cosine_similarity(real[], real[])
COMMENT ON ROUTINE calendar.cosine_similarity(real[], real[]) IS 'Cosine similarity of two real[] vectors (stand-in for pgvector''s <=> operator).';

-- comment on function calendar.nearest_memories(uuid, real[], integer)
COMMENT ON ROUTINE calendar.nearest_memories(uuid, real[], integer) IS 'Exact nearest-neighbour search over a child''s memory embeddings by cosine similarity.';

-- comment on function analytics.audit_row_change()
COMMENT ON ROUTINE analytics.audit_row_change() IS 'AFTER row trigger writing analytics.audit_log; arguments are column names to redact from the row images.';

-- comment on function analytics.record_activity(uuid, date, boolean)
COMMENT ON ROUTINE analytics.record_activity(uuid, date, boolean) IS 'Upserts user_engagement for one activity: consecutive-day streaks, totals and the 0..100 engagement score.';

-- comment on table users.account
COMMENT ON TABLE users.account IS 'An authenticated person (member, parent, teacher, student or admin). Successor of the legacy public.account table.';

-- comment on column users.account.legacy_id
COMMENT ON COLUMN users.account.legacy_id IS 'id of the row in the pre-v2 public.account table; NULL for accounts created after the migration. Kept for redirects of old ids.';

-- comment on column users.account.role
COMMENT ON COLUMN users.account.role IS 'Product role (what the account is in the product). Database privileges come from the connecting role (app_user, app_admin, ...), never from this column.';

-- comment on column users.account.password_hash
COMMENT ON COLUMN users.account.password_hash IS 'argon2id or bcrypt hash in modular crypt format; NULL for passwordless providers.';

-- comment on column users.account.mfa_secret_encrypted
COMMENT ON COLUMN users.account.mfa_secret_encrypted IS 'TOTP secret encrypted by the application (envelope encryption); never stored in clear.';

-- comment on column users.account.failed_login_count
COMMENT ON COLUMN users.account.failed_login_count IS 'Consecutive failed logins; reset on success. The application locks the account past its threshold.';

-- comment on table users.account_session
COMMENT ON TABLE users.account_session IS 'Server-side login session (account_session of the migration guide): hashed bearer token, IP tracking, expiry and revocation.';

-- comment on column users.account_session.token_hash
COMMENT ON COLUMN users.account_session.token_hash IS 'SHA-256 of the bearer token; the token itself is never stored.';

-- comment on column users.account_session.created_ip
COMMENT ON COLUMN users.account_session.created_ip IS 'Client IP at login; with last_seen_ip used to detect unusual access patterns.';

-- comment on table users.auth_token
COMMENT ON TABLE users.auth_token IS 'Single-use tokens for e-mail verification, password reset, magic links and MFA recovery (hashed).';

-- comment on table users.login_attempt
COMMENT ON TABLE users.login_attempt IS 'Append-only log of login attempts for rate limiting, lockout and IP monitoring. email_attempted is raw input, hence not the validated domain.';

-- comment on table users.organization
COMMENT ON TABLE users.organization IS 'A school, district, clinic, family or company; members of an organization may see its shared data (e.g. its classrooms).';

-- comment on table users.organization_member
COMMENT ON TABLE users.organization_member IS 'Membership of an account in an organization, with its role there (owner/admin elevate access to organization data).';

-- comment on table users.user_profile_summary
COMMENT ON TABLE users.user_profile_summary IS 'One row per user: the summary fields left of memory_profiles after its JSONB contents moved to the user_* tables.';

-- comment on column users.user_profile_summary.memory_version
COMMENT ON COLUMN users.user_profile_summary.memory_version IS 'Incremented each time the summarizer rewrites the summary from the detailed memory tables.';

-- comment on table users.user_conversations
COMMENT ON TABLE users.user_conversations IS 'A conversation between a user and the companion (was conversations).';

-- comment on column users.user_conversations.message_count
COMMENT ON COLUMN users.user_conversations.message_count IS 'Maintained by trigger users.bump_conversation_stats on message insert.';

-- comment on table users.user_conversation_messages
COMMENT ON TABLE users.user_conversation_messages IS 'Messages of a conversation (was conversation_messages). user_id is the conversation owner, kept consistent by a composite FK.';

-- comment on column users.user_conversation_messages.sentiment
COMMENT ON COLUMN users.user_conversation_messages.sentiment IS 'Sentiment of the message in [-1, 1] as scored by the analysis pipeline.';

-- comment on table users.user_conversation_continuity
COMMENT ON TABLE users.user_conversation_continuity IS 'Per-user session continuity: what the companion carries over into the next conversation.';

-- comment on table users.user_crisis_flags
COMMENT ON TABLE users.user_crisis_flags IS 'Safety escalations raised on a user (was crisis_flags). The triage index serves the staff queue of unresolved flags by severity.';

-- comment on table users.user_feedback_log
COMMENT ON TABLE users.user_feedback_log IS 'Feedback a user gives on the companion''s replies (feedback router''s feedback log).';

-- comment on table users.user_themes
COMMENT ON TABLE users.user_themes IS 'Recurring therapeutic themes in a user''s conversations.';

-- comment on table users.user_people
COMMENT ON TABLE users.user_people IS 'Important people in the user''s life; referenced by support system, relationship dynamics and status.';

-- comment on column users.user_people.sentiment
COMMENT ON COLUMN users.user_people.sentiment IS 'How the user feels about the person, -5 (very negative) .. 5 (very positive).';

-- comment on table users.user_coping_tools
COMMENT ON TABLE users.user_coping_tools IS 'Coping strategies and tools the user knows, with how well they work.';

-- comment on table users.user_goals
COMMENT ON TABLE users.user_goals IS 'Therapeutic and personal goals with status and progress (0..100 %).';

-- comment on table users.user_trauma_patterns
COMMENT ON TABLE users.user_trauma_patterns IS 'Trauma-related patterns: triggers and typical responses. Sensitive; staff read access is audited by the application.';

-- comment on table users.user_pattern_loops
COMMENT ON TABLE users.user_pattern_loops IS 'Behavioural loops in CBT form: trigger -> thought -> emotion -> behaviour -> consequence.';

-- comment on table users.user_shadow_themes
COMMENT ON TABLE users.user_shadow_themes IS 'Shadow-work themes: disowned traits and how far they are integrated.';

-- comment on table users.user_ancestral_issues
COMMENT ON TABLE users.user_ancestral_issues IS 'Generational (ancestral) trauma patterns and the family line they come from.';

-- comment on table users.user_current_practices
COMMENT ON TABLE users.user_current_practices IS 'Therapeutic practices the user currently keeps up (journaling, meditation, ...).';

-- comment on table users.user_regulation_strategies
COMMENT ON TABLE users.user_regulation_strategies IS 'Emotional regulation strategies, per target emotion.';

-- comment on table users.user_dysregulating_factors
COMMENT ON TABLE users.user_dysregulating_factors IS 'Factors that cause dysregulation, with early warning signs and mitigation.';

-- comment on table users.user_role_model_traits
COMMENT ON TABLE users.user_role_model_traits IS 'Admired traits and the role models who embody them.';

-- comment on table users.user_growth_milestones
COMMENT ON TABLE users.user_growth_milestones IS 'Personal growth achievements, optionally tied to one of the user''s goals.';

-- comment on table users.user_emotional_patterns
COMMENT ON TABLE users.user_emotional_patterns IS 'How the user typically responds emotionally, and in which context.';

-- comment on table users.user_relationship_dynamics
COMMENT ON TABLE users.user_relationship_dynamics IS 'Relationship patterns (attachment style, conflict pattern), optionally about a specific person.';

-- comment on table users.user_growth_opportunities
COMMENT ON TABLE users.user_growth_opportunities IS 'Areas for growth the companion may gently work on, with readiness.';

-- comment on table users.user_risk_factors
COMMENT ON TABLE users.user_risk_factors IS 'Risk factors and safety concerns; current high/critical ones inform crisis handling.';

-- comment on table users.user_strengths
COMMENT ON TABLE users.user_strengths IS 'Personal strengths and resources the user can draw on.';

-- comment on table users.user_mood_trends
COMMENT ON TABLE users.user_mood_trends IS 'Daily mood tracking (one entry per day and source); the unique key also serves the time-range access path.';

-- comment on table users.user_emotional_states
COMMENT ON TABLE users.user_emotional_states IS 'Specific emotional states observed at a point in time (valence -5..5, intensity/arousal 1..10).';

-- comment on table users.user_support_system
COMMENT ON TABLE users.user_support_system IS 'The user''s support network; crisis contacts are indexed for the safety flow.';

-- comment on table users.user_current_stressors
COMMENT ON TABLE users.user_current_stressors IS 'Current stressors; a stressor stays "current" until resolved_on is set.';

-- comment on table users.user_daily_habits
COMMENT ON TABLE users.user_daily_habits IS 'Daily routines and habits, and whether the user wants to change them.';

-- comment on table users.user_substance_use
COMMENT ON TABLE users.user_substance_use IS 'Substance use patterns (one row per substance), including recovery.';

-- comment on table users.user_previous_therapy
COMMENT ON TABLE users.user_previous_therapy IS 'Past therapy experiences: modality, provider, how helpful it was.';

-- comment on table users.user_suicidal_thoughts
COMMENT ON TABLE users.user_suicidal_thoughts IS 'Suicidal ideation tracking (structured risk assessment). Highly sensitive: only the user and the safety service may write; admins read.';

-- comment on column users.user_suicidal_thoughts.intensity
COMMENT ON COLUMN users.user_suicidal_thoughts.intensity IS '0 (none) .. 10 (overwhelming).';

-- comment on table users.user_insight_notes
COMMENT ON TABLE users.user_insight_notes IS 'Therapeutic insights noted by the user, the assistant or a therapist.';

-- comment on table users.user_ai_preferences
COMMENT ON TABLE users.user_ai_preferences IS 'How the user wants the companion to talk to them (one row per user).';

-- comment on column users.user_ai_preferences.crisis_contact_consent
COMMENT ON COLUMN users.user_ai_preferences.crisis_contact_consent IS 'Whether the user consented to their crisis contacts being notified in an emergency.';

-- comment on table users.user_sleep_routine
COMMENT ON TABLE users.user_sleep_routine IS 'The user''s usual sleep pattern (one row per user; nightly data lives in user_mood_trends.sleep_hours).';

-- comment on table users.user_relationship_status
COMMENT ON TABLE users.user_relationship_status IS 'Relationship status history; at most one current row per user (partial unique index).';

-- comment on table users.user_living_situation
COMMENT ON TABLE users.user_living_situation IS 'Living arrangements history; at most one current row per user.';

-- comment on table users.user_spiritual_path
COMMENT ON TABLE users.user_spiritual_path IS 'Spiritual beliefs and practices (one row per user).';

-- comment on table users.user_value_compass
COMMENT ON TABLE users.user_value_compass IS 'The user''s ranked personal values ("value compass") and how aligned their life currently is with each.';

-- comment on constraint user_value_compass_rank_key on users.user_value_compass
COMMENT ON CONSTRAINT user_value_compass_rank_key ON users.user_value_compass IS 'Deferred so that a re-ranking can swap ranks within one transaction.';

-- comment on table calendar.media_asset
COMMENT ON TABLE calendar.media_asset IS 'Every stored media file (photos, videos, audio). Private assets are served through short-lived signed URLs generated by the application from storage_bucket/storage_path.';

-- comment on column calendar.media_asset.status
COMMENT ON COLUMN calendar.media_asset.status IS 'Upload/processing state machine: pending_upload -> uploaded -> processing -> ready | failed; deleted once removed from storage.';

-- comment on column calendar.media_asset.source_url
COMMENT ON COLUMN calendar.media_asset.source_url IS 'External URL the asset was imported from (legacy photo/video URLs), if any.';

-- comment on table calendar.family_settings
COMMENT ON TABLE calendar.family_settings IS 'Per-family (parent account) settings: time zone for day unlocking, AI chat limits, content filter.';

-- comment on table calendar.child_profile
COMMENT ON TABLE calendar.child_profile IS 'A child of a parent account (child_profile_v2; legacy public.child). The avatar must be a media asset of the same parent (composite FK).';

-- comment on column calendar.child_profile.legacy_id
COMMENT ON COLUMN calendar.child_profile.legacy_id IS 'id in the pre-v2 public.child table; NULL for profiles created after the migration.';

-- comment on table calendar.advent_calendar
COMMENT ON TABLE calendar.advent_calendar IS 'An advent calendar a parent prepares for a child (advent_calendar_v2; legacy public.calendar). Locked calendars cannot have their day content changed; opening days stays possible.';

-- comment on column calendar.advent_calendar.share_slug
COMMENT ON COLUMN calendar.advent_calendar.share_slug IS 'Public share link identifier (legacy share_code, lower-cased).';

-- comment on column calendar.advent_calendar.is_locked
COMMENT ON COLUMN calendar.advent_calendar.is_locked IS 'Set when the content is frozen (e.g. the child started opening days); enforced by trigger calendar.guard_calendar_day.';

-- comment on table calendar.surprise_collection
COMMENT ON TABLE calendar.surprise_collection IS 'A set of surprise videos attached to a calendar (surprise_collection_v2; the legacy surprise_config row).';

-- comment on table calendar.surprise_video
COMMENT ON TABLE calendar.surprise_video IS 'One video of a surprise collection (normalized from the legacy surprise_config.videos JSON array; position = array ordinal).';

-- comment on table calendar.calendar_day
COMMENT ON TABLE calendar.calendar_day IS 'One door of an advent calendar (calendar_day_v2), shaped like the frontend AdventDay: day, title, content, type, media, unlock date, opened state.';

-- comment on column calendar.calendar_day.day_number
COMMENT ON COLUMN calendar.calendar_day.day_number IS 'AdventDay.day, 1..day_count of the calendar (checked by trigger).';

-- comment on column calendar.calendar_day.unlock_date
COMMENT ON COLUMN calendar.calendar_day.unlock_date IS 'Local date (family time zone) from which the day can be opened; defaults to start_date + day_number - 1.';

-- comment on column calendar.calendar_day.is_opened
COMMENT ON COLUMN calendar.calendar_day.is_opened IS 'AdventDay.isOpened, derived from opened_at.';

-- comment on table calendar.chat_session
COMMENT ON TABLE calendar.chat_session IS 'A child''s chat with the assistant (chat_session_v2; legacy chat_record, whose uuid ids are kept). Sliding expiry: each message extends expires_at; calendar.purge_expired_memory() expires idle sessions.';

-- comment on table calendar.chat_message
COMMENT ON TABLE calendar.chat_message IS 'A message in a chat session (chat_message_v2). metadata holds model/provider details that vary by model (genuinely unstructured).';

-- comment on column calendar.chat_message.moderation
COMMENT ON COLUMN calendar.chat_message.moderation IS 'Outcome of the child-safety filter: clean, filtered (shown redacted) or blocked (not shown).';

-- comment on table calendar.memory_fragment
COMMENT ON TABLE calendar.memory_fragment IS 'Short-term memory: recent context extracted from chats, deleted after expires_at (TTL, at most 30 days) by calendar.purge_expired_memory().';

-- comment on table calendar.memory_embedding
COMMENT ON TABLE calendar.memory_embedding IS 'Long-term memory with a vector embedding. pgvector is not available, so the vector is a real[] whose length must equal embedding_dim; similarity search is calendar.nearest_memories() (exact scan per child).';

-- comment on column calendar.memory_embedding.embedding
COMMENT ON COLUMN calendar.memory_embedding.embedding IS 'Embedding vector, one-dimensional, no NULL elements, cardinality = embedding_dim.';

-- comment on table analytics.calendar_analytics
COMMENT ON TABLE analytics.calendar_analytics IS 'Calendar-level events: views, shares, publish/lock changes. account_id is the acting viewer (NULL when anonymous).';

-- comment on column analytics.calendar_analytics.legacy_event_id
COMMENT ON COLUMN analytics.calendar_analytics.legacy_event_id IS 'id of the source row in the legacy public.analytics_event table, for migrated events.';

-- comment on table analytics.day_analytics
COMMENT ON TABLE analytics.day_analytics IS 'Day open events with timing: how long after unlocking the day was opened and how long it was viewed.';

-- comment on table analytics.chat_analytics
COMMENT ON TABLE analytics.chat_analytics IS 'One row per chat session: counts, duration, latency, end reason and an engagement score (0..100).';

-- comment on table analytics.user_engagement
COMMENT ON TABLE analytics.user_engagement IS 'Per-account engagement: activity streaks (consecutive active days) and a 0..100 score, maintained by analytics.record_activity().';

-- comment on table analytics.nps_submission
COMMENT ON TABLE analytics.nps_submission IS 'Net Promoter Score survey answers (0..10); category is derived. Kept (anonymized) when the account is deleted.';

-- comment on table analytics.metrics_log
COMMENT ON TABLE analytics.metrics_log IS 'System metrics samples (append-only, high volume: identity key and a BRIN index on time). tags are free-form labels.';

-- comment on table analytics.audit_log
COMMENT ON TABLE analytics.audit_log IS 'Append-only audit trail written by analytics.audit_row_change() triggers (and by the application for logins/exports). No FK on actor_account_id: the trail must outlive deleted accounts.';

-- comment on column analytics.audit_log.old_data
COMMENT ON COLUMN analytics.audit_log.old_data IS 'Row image before the change, with secrets (password hashes, token hashes) removed.';

-- comment on table analytics.telemetry_event
COMMENT ON TABLE analytics.telemetry_event IS 'Client and server telemetry (replaces the generic legacy analytics_event for events without a structured table). Monthly range partitions plus a DEFAULT partition.';

-- comment on column analytics.telemetry_event.anonymous_id
COMMENT ON COLUMN analytics.telemetry_event.anonymous_id IS 'Random per-install id for events before login; never joined to account_id by the pipeline.';

-- comment on column analytics.telemetry_event.properties
COMMENT ON COLUMN analytics.telemetry_event.properties IS 'Event-specific properties (genuinely unstructured; validated per event_name by the ingestion service).';

-- comment on table analytics.telemetry_event_archive
COMMENT ON TABLE analytics.telemetry_event_archive IS 'Events before September 2025 (legacy analytics_event history); read-mostly.';

-- comment on table analytics.telemetry_event_default
COMMENT ON TABLE analytics.telemetry_event_default IS 'Catch-all partition for events outside the prepared months; should stay (nearly) empty.';

-- comment on view users.active_session
COMMENT ON VIEW users.active_session IS 'Sessions that are neither ended nor expired ("where am I logged in"); no token material.';

-- comment on view users.user_memory_overview
COMMENT ON VIEW users.user_memory_overview IS 'Memory statistics per user (profile router''s "memory statistics"); RLS limits it to the caller''s own row.';

-- comment on view users.crisis_triage_queue
COMMENT ON VIEW users.crisis_triage_queue IS 'Unresolved crisis flags for the safety team, most severe and oldest first.';

-- comment on view calendar.advent_day
COMMENT ON VIEW calendar.advent_day IS 'Calendar days in the shape of the frontend AdventDay type; is_unlocked is evaluated in the family''s time zone.';

-- comment on view calendar.calendar_overview
COMMENT ON VIEW calendar.calendar_overview IS 'Per-calendar progress: days filled and opened, next unopened day.';

-- comment on materialized view analytics.calendar_daily_stats
COMMENT ON MATERIALIZED VIEW analytics.calendar_daily_stats IS 'Views, shares, publishes and day opens per calendar and UTC day.';

-- comment on view analytics.calendar_summary
COMMENT ON VIEW analytics.calendar_summary IS 'Totals per calendar (views, shares, day opens, average hours from unlock to open); RLS of the caller applies.';

-- comment on view analytics.nps_monthly
COMMENT ON VIEW analytics.nps_monthly IS 'Net Promoter Score per month and survey: % promoters - % detractors. Aggregate only, for staff roles.';

-- comment on view analytics.daily_active_accounts
COMMENT ON VIEW analytics.daily_active_accounts IS 'Distinct active accounts and event volume per UTC day and telemetry source.';

