-- schemac forward plan: 4 steps
-- hazards: backward-incompatible
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create procedure public.purge_expired_sessions(timestamp with time zone, bigint)
CREATE PROCEDURE public.purge_expired_sessions(p_before timestamp with time zone, INOUT p_deleted bigint DEFAULT NULL)
  LANGUAGE plpgsql
  SET search_path TO ''
AS $function$
BEGIN
    DELETE FROM public.sessions WHERE expires_at < p_before;
    GET DIAGNOSTICS p_deleted = ROW_COUNT;
END;
$function$;

-- create procedure public.extend_session(bigint, interval)
CREATE PROCEDURE public.extend_session(p_session_id bigint, p_by interval)
  LANGUAGE sql
BEGIN ATOMIC
  UPDATE sessions SET expires_at = sessions.expires_at + extend_session.p_by WHERE sessions.id = extend_session.p_session_id;
END;

-- privileges on ROUTINE public.purge_expired_sessions(timestamp with time zone, bigint)
-- hazards: backward-incompatible
REVOKE EXECUTE ON ROUTINE public.purge_expired_sessions(timestamp with time zone, bigint) FROM PUBLIC;
GRANT EXECUTE ON ROUTINE public.purge_expired_sessions(timestamp with time zone, bigint) TO app_admin;

-- comment on function public.purge_expired_sessions(timestamp with time zone, bigint)
COMMENT ON ROUTINE public.purge_expired_sessions(timestamp with time zone, bigint) IS 'Deletes sessions that expired before p_before';

COMMIT;
