-- case: schema privileges are granted and revoked: USAGE on analytics to app_reader, USAGE and CREATE on analytics to app_admin, USAGE on classroom revoked from app_reader and granted to app_writer.
CREATE SCHEMA analytics;
CREATE SCHEMA classroom;

GRANT USAGE ON SCHEMA analytics TO app_reader;
GRANT USAGE, CREATE ON SCHEMA analytics TO app_admin;
GRANT USAGE ON SCHEMA classroom TO app_writer;
