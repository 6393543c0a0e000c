-- case: a function renamed by annotation is ALTER FUNCTION ... RENAME TO: the trigger using it follows (it references the function by OID) and the comment is kept; nothing is dropped.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

-- schemac:renamed-from lower_email
CREATE FUNCTION normalize_user_email() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.email := lower(NEW.email);
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_lower_email
    BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW
    EXECUTE FUNCTION normalize_user_email();

COMMENT ON FUNCTION normalize_user_email() IS 'Normalizes emails';
