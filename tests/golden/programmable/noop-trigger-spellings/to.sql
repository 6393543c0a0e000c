-- case: trigger spellings that store the same trigger are an empty diff: EXECUTE PROCEDURE = EXECUTE FUNCTION, FOR ROW = FOR EACH ROW, omitted FOR EACH = FOR EACH STATEMENT, event order, unquoted vs quoted arguments, NEW/new, INITIALLY DEFERRED implying DEFERRABLE, public-qualified names, and an explicit ENABLE TRIGGER (the default state).
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

CREATE TRIGGER users_touch BEFORE UPDATE OF email ON public.users FOR ROW WHEN ((new.email IS DISTINCT FROM old.email)) EXECUTE PROCEDURE public.touch();

CREATE TRIGGER users_audit
    AFTER DELETE OR UPDATE OR INSERT ON public.users
    FOR EACH STATEMENT
    EXECUTE PROCEDURE audit(users, v1);

CREATE CONSTRAINT TRIGGER users_audit_deferred
    AFTER INSERT ON users
    INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE PROCEDURE audit();

ALTER TABLE users ENABLE TRIGGER users_touch;
