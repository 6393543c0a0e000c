-- case: an expression index over a new IMMUTABLE function needs the function created before the index (the index depends on it), and the unique index holds for the existing rows.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE FUNCTION public.normalize_email(email text) RETURNS text
    LANGUAGE sql
    IMMUTABLE
    STRICT
    PARALLEL SAFE
    RETURN lower(btrim(email));

CREATE UNIQUE INDEX users_normalized_email_key ON users (public.normalize_email(email));
