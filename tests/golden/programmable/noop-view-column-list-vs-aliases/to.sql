-- case: an explicit view column list is stored as output column names, so it equals the same view written with AS aliases (for views and materialized views; WITH DATA is the default), an empty diff.
CREATE TABLE calendar_days (
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL,
    opened_at timestamptz,
    PRIMARY KEY (calendar_id, day_number)
);

CREATE VIEW calendar_progress AS
    SELECT calendar_id, count(opened_at) AS days_opened, max(opened_at) AS last_opened_at
    FROM calendar_days
    GROUP BY calendar_id;

CREATE MATERIALIZED VIEW calendar_progress_snapshot AS
    SELECT calendar_id, count(opened_at) AS days_opened
    FROM calendar_days
    GROUP BY calendar_id
WITH DATA;
