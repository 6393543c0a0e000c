-- case: making a function SECURITY DEFINER with a pinned empty search_path is ALTER FUNCTION ... SECURITY DEFINER SET search_path = ''; its grants are kept.
CREATE SCHEMA users;

CREATE TABLE users.accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password_hash text NOT NULL
);

CREATE FUNCTION users.account_exists(p_email text) RETURNS boolean
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = ''
    AS $$ SELECT EXISTS (SELECT 1 FROM users.accounts WHERE email = lower(p_email)) $$;

REVOKE EXECUTE ON FUNCTION users.account_exists(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION users.account_exists(text) TO app_reader;
