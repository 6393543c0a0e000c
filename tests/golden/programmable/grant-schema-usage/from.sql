CREATE SCHEMA analytics;
CREATE SCHEMA classroom;

GRANT USAGE ON SCHEMA classroom TO app_reader;
