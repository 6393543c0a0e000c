-- Identity & access: accounts (account_v2 of the calendar migration guide), sessions with IP
-- tracking and expiry, one-time auth tokens, the login attempt log and organizations.

CREATE TABLE users.account (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    legacy_id             integer,
    email                 users.email_address NOT NULL,
    email_verified_at     timestamptz,
    display_name          text NOT NULL CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 120),
    role                  users.account_role NOT NULL DEFAULT 'member',
    status                users.account_status NOT NULL DEFAULT 'pending_verification',
    auth_provider         users.auth_provider NOT NULL DEFAULT 'password',
    password_hash         text,
    password_changed_at   timestamptz,
    mfa_enabled           boolean NOT NULL DEFAULT false,
    mfa_secret_encrypted  bytea,
    failed_login_count    integer NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
    locked_until          timestamptz,
    last_login_at         timestamptz,
    last_login_ip         inet,
    locale                users.language_code NOT NULL DEFAULT 'en',
    time_zone             text NOT NULL DEFAULT 'UTC' CHECK (char_length(time_zone) BETWEEN 1 AND 64),
    terms_accepted_at     timestamptz,
    deactivated_at        timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT account_email_key UNIQUE (email),
    CONSTRAINT account_legacy_id_key UNIQUE (legacy_id),
    CONSTRAINT account_password_required CHECK (auth_provider <> 'password' OR password_hash IS NOT NULL),
    CONSTRAINT account_password_hash_format CHECK (password_hash IS NULL OR password_hash ~ '^\$(argon2id|2[aby])\$'),
    CONSTRAINT account_mfa_secret_present CHECK (NOT mfa_enabled OR mfa_secret_encrypted IS NOT NULL),
    CONSTRAINT account_locked_until_when_locked CHECK (status <> 'locked' OR locked_until IS NOT NULL),
    CONSTRAINT account_deactivation_consistent CHECK ((status = 'deactivated') = (deactivated_at IS NOT NULL))
);

CREATE INDEX account_role_status_idx ON users.account (role, status);

CREATE INDEX account_created_at_idx ON users.account (created_at);

COMMENT ON TABLE users.account IS 'An authenticated person (member, parent, teacher, student or admin). Successor of the legacy public.account table.';
COMMENT ON COLUMN users.account.legacy_id IS 'id of the row in the pre-v2 public.account table; NULL for accounts created after the migration. Kept for redirects of old ids.';
COMMENT ON COLUMN users.account.role IS 'Product role (what the account is in the product). Database privileges come from the connecting role (app_user, app_admin, ...), never from this column.';
COMMENT ON COLUMN users.account.password_hash IS 'argon2id or bcrypt hash in modular crypt format; NULL for passwordless providers.';
COMMENT ON COLUMN users.account.mfa_secret_encrypted IS 'TOTP secret encrypted by the application (envelope encryption); never stored in clear.';
COMMENT ON COLUMN users.account.failed_login_count IS 'Consecutive failed logins; reset on success. The application locks the account past its threshold.';

CREATE TABLE users.account_session (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id       uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    token_hash       bytea NOT NULL CHECK (octet_length(token_hash) = 32),
    created_ip       inet NOT NULL,
    last_seen_ip     inet,
    user_agent       text CHECK (char_length(user_agent) <= 512),
    device_label     text CHECK (char_length(device_label) <= 120),
    mfa_verified_at  timestamptz,
    last_seen_at     timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    ended_at         timestamptz,
    end_reason       users.session_end_reason,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT account_session_token_hash_key UNIQUE (token_hash),
    CONSTRAINT account_session_expiry_after_start CHECK (expires_at > created_at),
    CONSTRAINT account_session_max_lifetime CHECK (expires_at - created_at <= interval '90 days'),
    CONSTRAINT account_session_seen_after_start CHECK (last_seen_at >= created_at),
    CONSTRAINT account_session_end_consistent CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT account_session_mfa_after_start CHECK (mfa_verified_at IS NULL OR mfa_verified_at >= created_at)
);

CREATE INDEX account_session_account_live_idx ON users.account_session (account_id, expires_at DESC) WHERE ended_at IS NULL;

CREATE INDEX account_session_expires_at_idx ON users.account_session (expires_at) WHERE ended_at IS NULL;

CREATE INDEX account_session_created_ip_idx ON users.account_session (created_ip, created_at DESC);

COMMENT ON TABLE users.account_session IS 'Server-side login session (account_session of the migration guide): hashed bearer token, IP tracking, expiry and revocation.';
COMMENT ON COLUMN users.account_session.token_hash IS 'SHA-256 of the bearer token; the token itself is never stored.';
COMMENT ON COLUMN users.account_session.created_ip IS 'Client IP at login; with last_seen_ip used to detect unusual access patterns.';

CREATE TABLE users.auth_token (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id    uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    purpose       users.auth_token_purpose NOT NULL,
    token_hash    bytea NOT NULL CHECK (octet_length(token_hash) = 32),
    sent_to       users.email_address NOT NULL,
    requested_ip  inet,
    expires_at    timestamptz NOT NULL,
    consumed_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT auth_token_token_hash_key UNIQUE (token_hash),
    CONSTRAINT auth_token_lifetime CHECK (expires_at > created_at AND expires_at - created_at <= interval '7 days'),
    CONSTRAINT auth_token_consumed_in_time CHECK (consumed_at IS NULL OR (consumed_at >= created_at AND consumed_at <= expires_at))
);

CREATE INDEX auth_token_account_purpose_idx ON users.auth_token (account_id, purpose, created_at DESC);

CREATE INDEX auth_token_expires_at_idx ON users.auth_token (expires_at) WHERE consumed_at IS NULL;

COMMENT ON TABLE users.auth_token IS 'Single-use tokens for e-mail verification, password reset, magic links and MFA recovery (hashed).';

CREATE TABLE users.login_attempt (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id       uuid REFERENCES users.account (id) ON DELETE SET NULL,
    email_attempted  public.citext NOT NULL CHECK (char_length(email_attempted) <= 320),
    ip               inet NOT NULL,
    user_agent       text CHECK (char_length(user_agent) <= 512),
    succeeded        boolean NOT NULL,
    failure_reason   users.login_failure_reason,
    attempted_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT login_attempt_reason_iff_failed CHECK (succeeded = (failure_reason IS NULL))
);

CREATE INDEX login_attempt_ip_idx ON users.login_attempt (ip, attempted_at DESC);

CREATE INDEX login_attempt_account_idx ON users.login_attempt (account_id, attempted_at DESC);

CREATE INDEX login_attempt_email_failed_idx ON users.login_attempt (email_attempted, attempted_at DESC) WHERE NOT succeeded;

COMMENT ON TABLE users.login_attempt IS 'Append-only log of login attempts for rate limiting, lockout and IP monitoring. email_attempted is raw input, hence not the validated domain.';

CREATE TABLE users.organization (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
    slug        text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 64),
    kind        users.organization_kind NOT NULL,
    created_by  uuid REFERENCES users.account (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organization_slug_key UNIQUE (slug)
);

CREATE INDEX organization_created_by_idx ON users.organization (created_by);

COMMENT ON TABLE users.organization IS 'A school, district, clinic, family or company; members of an organization may see its shared data (e.g. its classrooms).';

CREATE TABLE users.organization_member (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id  uuid NOT NULL REFERENCES users.organization (id) ON DELETE CASCADE,
    account_id       uuid NOT NULL REFERENCES users.account (id) ON DELETE CASCADE,
    role             users.organization_role NOT NULL DEFAULT 'member',
    invited_by       uuid REFERENCES users.account (id) ON DELETE SET NULL,
    joined_at        timestamptz NOT NULL DEFAULT now(),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organization_member_unique UNIQUE (organization_id, account_id)
);

CREATE INDEX organization_member_account_idx ON users.organization_member (account_id);

CREATE INDEX organization_member_invited_by_idx ON users.organization_member (invited_by);

COMMENT ON TABLE users.organization_member IS 'Membership of an account in an organization, with its role there (owner/admin elevate access to organization data).';
