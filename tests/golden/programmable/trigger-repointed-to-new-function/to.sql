-- case: a trigger pointed at a new function is replaced after the new function is created, and only then can the old function, no longer referenced, be dropped.
CREATE TABLE calendar_days (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    slug text
);

CREATE FUNCTION set_slug_v2() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.slug := btrim(regexp_replace(lower(NEW.title), '[^a-z0-9]+', '-', 'g'), '-');
    RETURN NEW;
END;
$$;

CREATE TRIGGER calendar_days_slug
    BEFORE INSERT OR UPDATE ON calendar_days
    FOR EACH ROW
    EXECUTE FUNCTION set_slug_v2();
