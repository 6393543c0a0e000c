CREATE TABLE calendar_days (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    slug text
);

CREATE FUNCTION set_slug_v1() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.slug := lower(NEW.title);
    RETURN NEW;
END;
$$;

CREATE TRIGGER calendar_days_slug
    BEFORE INSERT OR UPDATE ON calendar_days
    FOR EACH ROW
    EXECUTE FUNCTION set_slug_v1();
