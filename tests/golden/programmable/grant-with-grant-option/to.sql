-- case: WITH GRANT OPTION is part of a privilege: app_admin's existing SELECT gains the grant option (GRANT ... WITH GRANT OPTION) and app_writer's UPDATE loses it while keeping the privilege (REVOKE GRANT OPTION FOR ...).
CREATE TABLE calendars (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

GRANT SELECT ON calendars TO app_admin WITH GRANT OPTION;
GRANT SELECT ON calendars TO app_writer WITH GRANT OPTION;
GRANT UPDATE ON calendars TO app_writer;
