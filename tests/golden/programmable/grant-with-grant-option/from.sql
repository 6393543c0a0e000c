CREATE TABLE calendars (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

GRANT SELECT ON calendars TO app_admin;
GRANT SELECT, UPDATE ON calendars TO app_writer WITH GRANT OPTION;
