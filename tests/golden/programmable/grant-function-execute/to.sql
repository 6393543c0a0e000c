-- case: functions are executable by PUBLIC by default, so locking a SECURITY DEFINER function down is REVOKE EXECUTE ... FROM PUBLIC plus GRANT to one role, and re-opening another function is GRANT EXECUTE ... TO PUBLIC (its ACL returns to the default).
CREATE SCHEMA users;

CREATE FUNCTION users.reset_password_token(p_user_id bigint) RETURNS text
    LANGUAGE sql
    VOLATILE
    SECURITY DEFINER
    SET search_path = ''
    AS $$ SELECT md5(p_user_id::text || clock_timestamp()::text) $$;

CREATE FUNCTION users.display_initials(p_name text) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT upper(left(p_name, 1)) $$;

REVOKE EXECUTE ON FUNCTION users.reset_password_token(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION users.reset_password_token(p_user_id bigint) TO app_admin;
