CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    title_search tsvector
);

CREATE FUNCTION surprises_search_update() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.title_search := to_tsvector('simple', NEW.title);
    RETURN NEW;
END;
$$;

CREATE TRIGGER surprises_search
    BEFORE INSERT OR UPDATE OF title ON surprises
    FOR EACH ROW
    EXECUTE FUNCTION surprises_search_update();
