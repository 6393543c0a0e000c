CREATE DOMAIN locale_code AS text
    DEFAULT 'en'
    CHECK (VALUE ~ '^[a-z]{2}(-[A-Z]{2})?$');

CREATE DOMAIN theme_name AS text;

CREATE TABLE users (
    id bigint PRIMARY KEY,
    locale locale_code NOT NULL,
    theme theme_name
);
