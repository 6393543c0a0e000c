CREATE TABLE memory_fragments (
    id bigint PRIMARY KEY,
    body text NOT NULL,
    word_count integer
);

CREATE FUNCTION count_words() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.word_count := coalesce(array_length(regexp_split_to_array(btrim(NEW.body), '\s+'), 1), 0);
    RETURN NEW;
END;
$$;

CREATE TRIGGER memory_fragments_count_words
    BEFORE INSERT OR UPDATE OF body ON memory_fragments
    FOR EACH ROW
    EXECUTE FUNCTION count_words();
