-- case: a view renamed by annotation is ALTER VIEW ... RENAME: the view depending on it, its comment and its grant follow without recreating anything.
CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

-- schemac:renamed-from live_assignments
CREATE VIEW published_assignments AS
    SELECT id, title FROM assignments WHERE published;

CREATE VIEW live_assignment_titles AS
    SELECT title FROM published_assignments;

COMMENT ON VIEW published_assignments IS 'Published assignments';
GRANT SELECT ON published_assignments TO app_reader;
