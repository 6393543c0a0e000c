-- case: an ALTER TABLE ... DISABLE TRIGGER written after the trigger declares it disabled: the trigger is kept (not dropped) and only its enabled state changes, so it no longer fires.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);

CREATE FUNCTION lowercase_email() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.email := lower(NEW.email);
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_lowercase_email
    BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW
    EXECUTE FUNCTION lowercase_email();

ALTER TABLE users DISABLE TRIGGER users_lowercase_email;
