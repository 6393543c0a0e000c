-- case: a LANGUAGE sql function with a $$ body is analysed when created or replaced (check_function_bodies) but records no dependency, so when its new body calls a new function the callee must be created before the CREATE OR REPLACE of the caller.
CREATE TABLE day_opens (
    id bigint PRIMARY KEY,
    opened_at timestamptz NOT NULL
);

CREATE FUNCTION utc_day(ts timestamptz) RETURNS date
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT (ts AT TIME ZONE 'UTC')::date $$;

CREATE FUNCTION opens_on(day date) RETURNS bigint
    LANGUAGE sql
    STABLE
    AS $$ SELECT count(*) FROM day_opens WHERE utc_day(opened_at) = day $$;
