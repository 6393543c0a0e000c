-- case: an enum type renamed by annotation is ALTER TYPE ... RENAME TO: columns (including the array column), defaults and function signatures follow, and the enum is not rebuilt.
-- schemac:renamed-from status
CREATE TYPE assignment_status AS ENUM ('draft', 'published', 'archived');

CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    state assignment_status NOT NULL DEFAULT 'draft',
    history assignment_status[] NOT NULL DEFAULT '{}'
);

CREATE FUNCTION is_visible(s assignment_status) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN s = 'published';
