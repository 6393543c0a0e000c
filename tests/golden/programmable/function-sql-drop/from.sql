CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE FUNCTION email_domain(email text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT split_part(email, '@', 2) $$;

CREATE FUNCTION public.email_local_part(email text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT split_part(email, '@', 1) $$;
