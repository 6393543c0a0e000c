CREATE DOMAIN day_number AS smallint
    CONSTRAINT day_number_range CHECK (VALUE BETWEEN 1 AND 24);

CREATE TABLE calendar_days (
    calendar_id bigint NOT NULL,
    day smallint NOT NULL,
    title text,
    PRIMARY KEY (calendar_id, day)
);
