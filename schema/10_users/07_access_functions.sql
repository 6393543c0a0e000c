-- Access helpers used by row-level security policies in several domains, and maintenance
-- functions for the service role.
--
-- The membership helpers are SECURITY DEFINER so that a policy on one table can ask about
-- membership rows the caller may not see themselves (and so that policies on
-- organization_member do not recurse into themselves). They only ever answer about the
-- calling user (users.current_user_id()), so they leak nothing about others.

CREATE FUNCTION users.is_org_member(p_organization_id uuid)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM users.organization_member AS m
         WHERE m.organization_id = p_organization_id
           AND m.account_id = users.current_user_id()
    )
$$;

COMMENT ON FUNCTION users.is_org_member(uuid) IS 'True when the calling user (app.user_id) belongs to the organization.';

CREATE FUNCTION users.is_org_admin(p_organization_id uuid)
    RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = ''
AS $$
    SELECT EXISTS (
        SELECT 1
          FROM users.organization_member AS m
         WHERE m.organization_id = p_organization_id
           AND m.account_id = users.current_user_id()
           AND m.role IN ('owner', 'admin')
    )
$$;

COMMENT ON FUNCTION users.is_org_admin(uuid) IS 'True when the calling user is an owner or admin of the organization.';

-- Run periodically by the service role: marks expired sessions as ended and deletes session and
-- token rows past their retention. Returns the number of rows touched.
CREATE FUNCTION users.purge_expired_sessions(p_retention interval DEFAULT interval '30 days')
    RETURNS integer
    LANGUAGE plpgsql
AS $$
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
$$;

COMMENT ON FUNCTION users.purge_expired_sessions(interval) IS 'Maintenance for app_service: ends expired sessions, deletes sessions/tokens older than the retention.';
