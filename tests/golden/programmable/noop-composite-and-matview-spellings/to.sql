-- case: type aliases in composite attributes (varchar = character varying, int4 = integer, bool = boolean), WITH DATA, USING btree and ASC on a materialized view index, and qualified names are an empty diff.
CREATE TYPE public.postal_address AS (
    street character varying(80),
    zip integer,
    verified boolean
);

CREATE TABLE public.schools (
    id integer PRIMARY KEY,
    address public.postal_address
);

CREATE MATERIALIZED VIEW public.school_zips AS
 SELECT schools.id,
    (schools.address).zip AS zip
   FROM public.schools
WITH DATA;

CREATE UNIQUE INDEX school_zips_id_idx ON public.school_zips USING btree (id ASC);

COMMENT ON MATERIALIZED VIEW public.school_zips IS 'Zip per school';
