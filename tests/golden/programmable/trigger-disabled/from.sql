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
