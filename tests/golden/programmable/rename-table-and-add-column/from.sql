CREATE SCHEMA calendar;

CREATE TABLE calendar.gifts (
    id bigint CONSTRAINT gifts_pkey PRIMARY KEY,
    calendar_id bigint NOT NULL,
    title text NOT NULL
);

CREATE INDEX gifts_calendar_id_idx ON calendar.gifts (calendar_id);
