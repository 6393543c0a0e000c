CREATE SCHEMA users;

CREATE FUNCTION users.session_info(p_session_id bigint, OUT started_at timestamptz, OUT device text)
    LANGUAGE sql
    STABLE
    AS $$ SELECT now(), 'web'::text $$;

CREATE PROCEDURE users.expire_sessions(p_before timestamptz)
    LANGUAGE sql
    AS $$ SELECT 1 $$;

COMMENT ON FUNCTION users.session_info(bigint) IS 'Session metadata';
COMMENT ON PROCEDURE users.expire_sessions(timestamptz) IS 'Expires sessions';
REVOKE ALL ON FUNCTION users.session_info(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION users.session_info(bigint) TO app_reader;
GRANT EXECUTE ON PROCEDURE users.expire_sessions(timestamptz) TO app_admin;
