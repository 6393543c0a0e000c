CREATE TABLE calendar_days (
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL,
    opened_at timestamptz,
    PRIMARY KEY (calendar_id, day_number)
);

CREATE VIEW calendar_progress (calendar_id, days_opened, last_opened_at) AS
    SELECT calendar_id, count(opened_at), max(opened_at)
    FROM calendar_days
    GROUP BY calendar_id;

CREATE MATERIALIZED VIEW calendar_progress_snapshot (calendar_id, days_opened) AS
    SELECT calendar_id, count(opened_at)
    FROM calendar_days
    GROUP BY calendar_id;
