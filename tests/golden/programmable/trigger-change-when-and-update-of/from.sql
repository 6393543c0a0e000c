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
    BEFORE UPDATE ON users
    FOR EACH ROW
    EXECUTE FUNCTION reset_email_verification();
