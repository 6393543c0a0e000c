CREATE TABLE calendar_days (
    calendar_id bigint NOT NULL,
    day_number smallint NOT NULL CHECK (day_number BETWEEN 1 AND 24),
    opened_at timestamptz,
    PRIMARY KEY (calendar_id, day_number)
);
