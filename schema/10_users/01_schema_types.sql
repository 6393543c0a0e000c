-- users domain: identity & access (accounts, sessions, auth tokens, organizations) and the
-- normalized per-user memory of the companion (user_profile_summary, conversations, crisis
-- flags and the user_* memory tables that replaced memory_profiles' JSONB blobs).

CREATE SCHEMA users;

COMMENT ON SCHEMA users IS 'Identity and access (accounts, sessions, organizations) and the normalized per-user memory tables.';

-- ---------------------------------------------------------------------------------------
-- Domains
-- ---------------------------------------------------------------------------------------

CREATE DOMAIN users.email_address AS public.citext
    CONSTRAINT email_address_format CHECK (
        VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
        AND char_length(VALUE) <= 254
    );

COMMENT ON DOMAIN users.email_address IS 'Case-insensitive e-mail address (RFC 5321 length limit, minimal shape check).';

CREATE DOMAIN users.language_code AS text
    CONSTRAINT language_code_format CHECK (VALUE ~ '^[a-z]{2,3}(-[A-Z]{2})?$');

COMMENT ON DOMAIN users.language_code IS 'BCP 47 language tag restricted to language[-REGION], e.g. en, pt-BR.';

-- ---------------------------------------------------------------------------------------
-- Identity & access
-- ---------------------------------------------------------------------------------------

CREATE TYPE users.account_role AS ENUM ('member', 'parent', 'teacher', 'student', 'admin');

CREATE TYPE users.account_status AS ENUM ('pending_verification', 'active', 'locked', 'suspended', 'deactivated');

CREATE TYPE users.auth_provider AS ENUM ('password', 'magic_link', 'google', 'apple', 'microsoft');

CREATE TYPE users.auth_token_purpose AS ENUM ('email_verification', 'password_reset', 'magic_link', 'mfa_recovery');

CREATE TYPE users.session_end_reason AS ENUM ('logout', 'expired', 'revoked_by_user', 'revoked_by_admin', 'password_changed', 'suspicious_activity');

CREATE TYPE users.login_failure_reason AS ENUM ('unknown_email', 'bad_password', 'account_locked', 'account_suspended', 'mfa_failed', 'rate_limited');

CREATE TYPE users.organization_kind AS ENUM ('school', 'district', 'clinic', 'family', 'company');

CREATE TYPE users.organization_role AS ENUM ('owner', 'admin', 'staff', 'member');

-- ---------------------------------------------------------------------------------------
-- Conversations & safety
-- ---------------------------------------------------------------------------------------

CREATE TYPE users.conversation_status AS ENUM ('active', 'paused', 'closed', 'archived');

CREATE TYPE users.message_role AS ENUM ('user', 'assistant', 'system', 'tool');

CREATE TYPE users.severity_level AS ENUM ('low', 'moderate', 'high', 'critical');

CREATE TYPE users.crisis_status AS ENUM ('open', 'acknowledged', 'escalated', 'resolved', 'dismissed');

CREATE TYPE users.crisis_category AS ENUM ('suicidal_ideation', 'self_harm', 'harm_to_others', 'abuse', 'medical', 'substance', 'other');

CREATE TYPE users.detection_source AS ENUM ('model', 'keyword', 'user_report', 'staff', 'import');

CREATE TYPE users.feedback_kind AS ENUM ('helpful', 'not_helpful', 'inaccurate', 'unsafe', 'too_long', 'too_short', 'other');

-- ---------------------------------------------------------------------------------------
-- Memory tables
-- ---------------------------------------------------------------------------------------

CREATE TYPE users.person_relationship AS ENUM ('parent', 'sibling', 'child', 'partner', 'ex_partner', 'friend', 'colleague', 'mentor', 'therapist', 'relative', 'other');

CREATE TYPE users.coping_category AS ENUM ('breathing', 'grounding', 'movement', 'creative', 'social', 'cognitive', 'mindfulness', 'sensory', 'other');

CREATE TYPE users.goal_category AS ENUM ('therapeutic', 'personal', 'health', 'relationship', 'career', 'education', 'financial');

CREATE TYPE users.goal_status AS ENUM ('active', 'paused', 'achieved', 'abandoned');

CREATE TYPE users.frequency_level AS ENUM ('rarely', 'occasionally', 'weekly', 'several_times_weekly', 'daily', 'multiple_daily');

CREATE TYPE users.lineage AS ENUM ('maternal', 'paternal', 'both', 'unknown');

CREATE TYPE users.role_model_kind AS ENUM ('personal', 'public_figure', 'historical', 'fictional');

CREATE TYPE users.attachment_style AS ENUM ('secure', 'anxious', 'avoidant', 'disorganized', 'unknown');

CREATE TYPE users.growth_status AS ENUM ('identified', 'exploring', 'practicing', 'integrated');

CREATE TYPE users.risk_category AS ENUM ('self_harm', 'substance', 'isolation', 'financial', 'health', 'environmental', 'relational', 'legal', 'other');

CREATE TYPE users.strength_category AS ENUM ('character', 'skill', 'relational', 'resource', 'spiritual', 'physical');

CREATE TYPE users.mood_source AS ENUM ('self_report', 'check_in', 'inferred');

CREATE TYPE users.support_type AS ENUM ('emotional', 'practical', 'informational', 'professional', 'crisis', 'peer');

CREATE TYPE users.availability_level AS ENUM ('always', 'usually', 'sometimes', 'rarely');

CREATE TYPE users.stressor_category AS ENUM ('work', 'financial', 'relationship', 'health', 'family', 'housing', 'academic', 'legal', 'grief', 'other');

CREATE TYPE users.time_of_day AS ENUM ('morning', 'midday', 'afternoon', 'evening', 'night', 'variable');

CREATE TYPE users.habit_effect AS ENUM ('helpful', 'neutral', 'harmful');

CREATE TYPE users.therapy_provider_type AS ENUM ('psychologist', 'psychiatrist', 'counselor', 'social_worker', 'coach', 'group', 'peer_support', 'other');

CREATE TYPE users.ideation_level AS ENUM ('none', 'passive', 'active_no_plan', 'active_with_plan', 'active_with_intent');

CREATE TYPE users.insight_source AS ENUM ('user', 'assistant', 'therapist');

CREATE TYPE users.ai_tone AS ENUM ('warm', 'direct', 'playful', 'reflective', 'clinical');

CREATE TYPE users.response_length AS ENUM ('brief', 'balanced', 'detailed');

CREATE TYPE users.check_in_frequency AS ENUM ('never', 'daily', 'every_few_days', 'weekly');

CREATE TYPE users.relationship_status_kind AS ENUM ('single', 'dating', 'partnered', 'engaged', 'married', 'separated', 'divorced', 'widowed', 'complicated', 'undisclosed');

CREATE TYPE users.living_arrangement AS ENUM ('alone', 'with_partner', 'with_family', 'with_roommates', 'shared_housing', 'supported_housing', 'temporary', 'unhoused', 'other');
