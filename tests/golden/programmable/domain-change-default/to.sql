-- case: a domain's DEFAULT is changed and set with ALTER DOMAIN ... SET DEFAULT (existing rows keep their values; new rows without an explicit value get the new default).
CREATE DOMAIN locale_code AS text
    DEFAULT 'en-US'
    CHECK (VALUE ~ '^[a-z]{2}(-[A-Z]{2})?$');

CREATE DOMAIN theme_name AS text
    DEFAULT 'classic';

CREATE TABLE users (
    id bigint PRIMARY KEY,
    locale locale_code NOT NULL,
    theme theme_name
);
