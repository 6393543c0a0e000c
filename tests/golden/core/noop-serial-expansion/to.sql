-- case: serial/bigserial/smallserial are shorthand for an owned sequence (AS integer/bigint/smallint) + nextval default + NOT NULL; writing the expansion explicitly is an empty diff.
CREATE SEQUENCE a_id_seq AS integer;
CREATE SEQUENCE a_big_seq AS bigint;
CREATE SEQUENCE a_small_seq AS smallint;

CREATE TABLE a (
    id integer NOT NULL DEFAULT nextval('a_id_seq'::regclass),
    big bigint NOT NULL DEFAULT nextval('a_big_seq'),
    small smallint NOT NULL DEFAULT nextval('public.a_small_seq'),
    CONSTRAINT a_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE a_id_seq OWNED BY a.id;
ALTER SEQUENCE a_big_seq OWNED BY a.big;
ALTER SEQUENCE a_small_seq OWNED BY public.a.small;
