-- case: functions that differ only outside their body text (dollar-quote tag $$ vs $body$ vs '...', clause order and layout, type aliases int/int4/integer and varchar/character varying, DEFAULT vs =, IN written or not, keyword case, schema qualification) are an empty diff; the body text itself is identical.
CREATE TABLE calendar_days (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

create function day_title(in p_id int8, in p_fallback character varying = 'Untitled'::character varying)
returns pg_catalog.text stable language plpgsql as $body$
DECLARE
    v_title text;
BEGIN
    SELECT title INTO v_title FROM public.calendar_days WHERE id = p_id;
    RETURN coalesce(v_title, p_fallback);
END;
$body$;

CREATE FUNCTION public.is_weekend(d date) RETURNS bool IMMUTABLE LANGUAGE 'sql' AS ' SELECT extract(isodow FROM d) IN (6, 7) ';

CREATE FUNCTION public.clamp(v integer, lo int4 DEFAULT 0, hi integer DEFAULT 100)
RETURNS integer
STRICT IMMUTABLE
LANGUAGE sql
AS $fn$SELECT greatest(lo, least(hi, v))$fn$;
