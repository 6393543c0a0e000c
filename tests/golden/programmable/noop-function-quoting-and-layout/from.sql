CREATE TABLE calendar_days (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

CREATE FUNCTION public.day_title(p_id bigint, p_fallback varchar DEFAULT 'Untitled') RETURNS text
    LANGUAGE plpgsql
    STABLE
AS $$
DECLARE
    v_title text;
BEGIN
    SELECT title INTO v_title FROM public.calendar_days WHERE id = p_id;
    RETURN coalesce(v_title, p_fallback);
END;
$$;

CREATE FUNCTION is_weekend(d date) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT extract(isodow FROM d) IN (6, 7) $$;

CREATE FUNCTION clamp(v int, lo int = 0, hi int = 100) RETURNS int
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT greatest(lo, least(hi, v))';
