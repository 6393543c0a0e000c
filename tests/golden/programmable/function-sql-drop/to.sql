-- case: dropping a function no longer declared is DROP FUNCTION with its argument types; the other function and the table are untouched.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE FUNCTION email_domain(email text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT split_part(email, '@', 2) $$;
