-- case: changing only the body of a trigger function is CREATE OR REPLACE FUNCTION; the trigger keeps pointing at it and is neither dropped nor recreated.
CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    title_search tsvector
);

CREATE FUNCTION surprises_search_update() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.title_search := to_tsvector('english', NEW.title);
    RETURN NEW;
END;
$$;

CREATE TRIGGER surprises_search
    BEFORE INSERT OR UPDATE OF title ON surprises
    FOR EACH ROW
    EXECUTE FUNCTION surprises_search_update();
