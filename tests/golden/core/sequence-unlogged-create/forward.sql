-- schemac forward plan: 7 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create sequence public.ticket_numbers
CREATE UNLOGGED SEQUENCE public.ticket_numbers START WITH 1000;

-- create sequence public.scratch_rows_id_seq
CREATE UNLOGGED SEQUENCE public.scratch_rows_id_seq AS integer;

-- create sequence public.kept_rows_id_seq
CREATE SEQUENCE public.kept_rows_id_seq;

-- create table public.scratch_rows
CREATE UNLOGGED TABLE public.scratch_rows (
    id integer DEFAULT nextval('scratch_rows_id_seq'::regclass) NOT NULL,
    payload text,
    CONSTRAINT scratch_rows_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.scratch_rows_id_seq to public.scratch_rows.id
ALTER SEQUENCE public.scratch_rows_id_seq OWNED BY public.scratch_rows.id;

-- create table public.kept_rows
CREATE TABLE public.kept_rows (
    id bigint DEFAULT nextval('kept_rows_id_seq'::regclass) NOT NULL,
    CONSTRAINT kept_rows_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.kept_rows_id_seq to public.kept_rows.id
ALTER SEQUENCE public.kept_rows_id_seq OWNED BY public.kept_rows.id;

COMMIT;
