CREATE TABLE day_opens (
    id bigint PRIMARY KEY,
    opened_at timestamptz NOT NULL
);

CREATE FUNCTION opens_on(day date) RETURNS bigint
    LANGUAGE sql
    STABLE
    AS $$ SELECT count(*) FROM day_opens WHERE (opened_at AT TIME ZONE 'UTC')::date = day $$;
