CREATE SCHEMA calendar;

CREATE TABLE calendar.advent_calendars (
    id bigint PRIMARY KEY,
    starts_on date NOT NULL,
    days smallint NOT NULL DEFAULT 24
);
