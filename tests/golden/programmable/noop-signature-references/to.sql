-- case: a function or procedure is identified by its input argument types only, so references in COMMENT ON / GRANT / REVOKE written with argument names, IN/OUT modes, type aliases, ROUTINE instead of FUNCTION/PROCEDURE, or REVOKE EXECUTE vs REVOKE ALL, are an empty diff.
CREATE SCHEMA users;

CREATE FUNCTION users.session_info(p_session_id bigint, OUT started_at timestamptz, OUT device text)
    LANGUAGE sql
    STABLE
    AS $$ SELECT now(), 'web'::text $$;

CREATE PROCEDURE users.expire_sessions(p_before timestamptz)
    LANGUAGE sql
    AS $$ SELECT 1 $$;

COMMENT ON FUNCTION users.session_info(IN p_session_id int8, OUT started_at timestamp with time zone, OUT device text) IS 'Session metadata';
COMMENT ON ROUTINE users.expire_sessions(p_before timestamp with time zone) IS 'Expires sessions';
REVOKE EXECUTE ON FUNCTION users.session_info(p_session_id bigint) FROM PUBLIC;
GRANT ALL ON ROUTINE users.session_info(int8) TO app_reader;
GRANT EXECUTE ON ROUTINE users.expire_sessions(timestamptz) TO app_admin;
