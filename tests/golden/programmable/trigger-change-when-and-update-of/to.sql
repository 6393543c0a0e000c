-- case: narrowing a trigger with UPDATE OF a column list and a WHEN condition replaces the trigger; afterwards it fires only when the email really changes.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    email_verified boolean NOT NULL DEFAULT false
);

CREATE FUNCTION reset_email_verification() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.email_verified := false;
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_reset_verification
    BEFORE UPDATE OF email ON users
    FOR EACH ROW
    WHEN (NEW.email IS DISTINCT FROM OLD.email)
    EXECUTE FUNCTION reset_email_verification();
