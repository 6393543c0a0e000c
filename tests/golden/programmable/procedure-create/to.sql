-- case: CREATE PROCEDURE (plpgsql with an INOUT parameter, and a SQL-standard BEGIN ATOMIC procedure) is created, commented and granted; procedures are called with CALL, not SELECT.
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE PROCEDURE public.purge_expired_sessions(IN p_before timestamptz, INOUT p_deleted bigint DEFAULT NULL)
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    DELETE FROM public.sessions WHERE expires_at < p_before;
    GET DIAGNOSTICS p_deleted = ROW_COUNT;
END;
$$;

CREATE PROCEDURE extend_session(p_session_id bigint, p_by interval)
    LANGUAGE sql
    BEGIN ATOMIC
        UPDATE sessions SET expires_at = expires_at + p_by WHERE id = p_session_id;
    END;

COMMENT ON PROCEDURE public.purge_expired_sessions(timestamptz, bigint) IS 'Deletes sessions that expired before p_before';
REVOKE EXECUTE ON PROCEDURE purge_expired_sessions(timestamptz, bigint) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE purge_expired_sessions(timestamptz, bigint) TO app_admin;
