-- case: comments on a view and on its columns are added, changed and removed with COMMENT ON VIEW / COMMENT ON COLUMN, without recreating the view.
CREATE TABLE calendars (
    id bigint PRIMARY KEY,
    child_id bigint NOT NULL,
    year smallint NOT NULL,
    theme text
);

CREATE VIEW calendar_summaries AS
    SELECT id, child_id, year, coalesce(theme, 'classic') AS theme
    FROM calendars;

COMMENT ON VIEW calendar_summaries IS 'One row per advent calendar, theme defaulted';
COMMENT ON COLUMN calendar_summaries.theme IS 'Theme name; ''classic'' when none was picked';
COMMENT ON COLUMN public.calendar_summaries.child_id IS 'Owner child';
