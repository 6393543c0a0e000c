CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION touch() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION audit() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RETURN NULL;
END;
$$;

CREATE TRIGGER users_touch
    BEFORE UPDATE OF email ON users
    FOR EACH ROW
    WHEN (NEW.email IS DISTINCT FROM OLD.email)
    EXECUTE FUNCTION touch();

CREATE TRIGGER users_audit
    AFTER INSERT OR UPDATE OR DELETE ON users
    EXECUTE FUNCTION audit('users', 'v1');

CREATE CONSTRAINT TRIGGER users_audit_deferred
    AFTER INSERT ON users
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE FUNCTION audit();
