CREATE TABLE calendars (
    id bigint PRIMARY KEY,
    child_id bigint NOT NULL,
    year smallint NOT NULL,
    theme text
);

CREATE VIEW calendar_summaries AS
    SELECT id, child_id, year, coalesce(theme, 'classic') AS theme
    FROM calendars;

COMMENT ON COLUMN calendar_summaries.year IS 'Advent year';
