-- case: a procedure whose body and SET clause change is replaced in place (CREATE OR REPLACE PROCEDURE), while a procedure whose parameter list changes is a new signature: the old one is dropped and the new one created.
CREATE SCHEMA analytics;

CREATE TABLE analytics.daily_metrics (
    day date PRIMARY KEY,
    opens bigint NOT NULL DEFAULT 0
);

CREATE TABLE analytics.day_opens (
    id bigint PRIMARY KEY,
    opened_at timestamptz NOT NULL
);

CREATE PROCEDURE analytics.rollup_day(p_day date)
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    INSERT INTO analytics.daily_metrics (day, opens)
    SELECT p_day, count(*) FROM analytics.day_opens WHERE (opened_at AT TIME ZONE 'UTC')::date = p_day
    ON CONFLICT (day) DO UPDATE SET opens = excluded.opens;
END;
$$;

CREATE PROCEDURE analytics.reset_metrics(p_before date)
    LANGUAGE sql
    AS $$ DELETE FROM analytics.daily_metrics WHERE day < p_before $$;
