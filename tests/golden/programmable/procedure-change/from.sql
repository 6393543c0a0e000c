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
AS $$
BEGIN
    INSERT INTO analytics.daily_metrics (day, opens)
    SELECT p_day, count(*) FROM analytics.day_opens WHERE opened_at::date = p_day;
END;
$$;

CREATE PROCEDURE analytics.reset_metrics()
    LANGUAGE sql
    AS $$ DELETE FROM analytics.daily_metrics $$;
