-- case: a view declared with an explicit column list names its output columns from the list, not from the select list.
CREATE TABLE calendar_days (
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL CHECK (day_number BETWEEN 1 AND 24),
    opened_at timestamptz,
    PRIMARY KEY (calendar_id, day_number)
);

CREATE VIEW calendar_progress (calendar_id, days_opened, last_opened_at) AS
    SELECT calendar_id, count(opened_at), max(opened_at)
    FROM calendar_days
    GROUP BY calendar_id;
