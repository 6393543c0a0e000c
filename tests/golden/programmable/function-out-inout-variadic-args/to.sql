-- case: functions with OUT, INOUT and VARIADIC parameters are created; their identity signature is only the IN/INOUT/VARIADIC argument types.
CREATE TABLE chat_sessions (
    id bigint PRIMARY KEY,
    started_at timestamptz NOT NULL,
    ended_at timestamptz
);

CREATE FUNCTION session_stats(IN p_since timestamptz, OUT sessions bigint, OUT open_sessions bigint, OUT avg_minutes numeric)
    LANGUAGE sql
    STABLE
    AS $$
        SELECT count(*),
               count(*) FILTER (WHERE ended_at IS NULL),
               round(avg(extract(epoch FROM ended_at - started_at) / 60), 1)
        FROM chat_sessions
        WHERE started_at >= p_since
    $$;

CREATE FUNCTION bump(INOUT counter integer, step integer DEFAULT 1)
    LANGUAGE plpgsql
    IMMUTABLE
    AS $$
BEGIN
    counter := counter + step;
END;
$$;

CREATE FUNCTION first_present(VARIADIC candidates text[]) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT c FROM unnest(candidates) AS c WHERE c IS NOT NULL AND c <> '' LIMIT 1 $$;
