CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE assignments (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE change_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    severity text NOT NULL
);

CREATE FUNCTION log_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO public.change_log (source, severity) VALUES (TG_ARGV[0], coalesce(TG_ARGV[1], 'info'));
    RETURN NULL;
END;
$$;

CREATE TRIGGER classrooms_log
    AFTER INSERT OR UPDATE ON classrooms
    FOR EACH ROW
    EXECUTE FUNCTION log_change('classrooms');
