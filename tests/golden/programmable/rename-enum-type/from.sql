CREATE TYPE status AS ENUM ('draft', 'published', 'archived');

CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    state status NOT NULL DEFAULT 'draft',
    history status[] NOT NULL DEFAULT '{}'
);

CREATE FUNCTION is_visible(s status) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN s = 'published';
