CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    published boolean NOT NULL DEFAULT false
);

CREATE VIEW live_assignments AS
    SELECT id, title FROM assignments WHERE published;

CREATE VIEW live_assignment_titles AS
    SELECT title FROM live_assignments;

COMMENT ON VIEW live_assignments IS 'Published assignments';
GRANT SELECT ON live_assignments TO app_reader;
