-- schemac forward plan: 9 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create sequence public.categories_id_seq
CREATE SEQUENCE public.categories_id_seq AS integer;

-- create sequence public.page_views_id_seq
CREATE SEQUENCE public.page_views_id_seq;

-- create sequence public.page_views_slot_seq
CREATE SEQUENCE public.page_views_slot_seq AS smallint;

-- create table public.categories
CREATE TABLE public.categories (
    id integer DEFAULT nextval('categories_id_seq'::regclass) NOT NULL,
    name text NOT NULL,
    CONSTRAINT categories_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.categories_id_seq to public.categories.id
ALTER SEQUENCE public.categories_id_seq OWNED BY public.categories.id;

-- create table public.page_views
CREATE TABLE public.page_views (
    id bigint DEFAULT nextval('page_views_id_seq'::regclass) NOT NULL,
    category_id integer,
    slot smallint DEFAULT nextval('page_views_slot_seq'::regclass) NOT NULL,
    viewed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT page_views_pkey PRIMARY KEY (id)
);

-- set owner of sequence public.page_views_id_seq to public.page_views.id
ALTER SEQUENCE public.page_views_id_seq OWNED BY public.page_views.id;

-- set owner of sequence public.page_views_slot_seq to public.page_views.slot
ALTER SEQUENCE public.page_views_slot_seq OWNED BY public.page_views.slot;

-- add constraint page_views_category_id_fkey on public.page_views
ALTER TABLE public.page_views ADD CONSTRAINT page_views_category_id_fkey FOREIGN KEY (category_id) REFERENCES public.categories (id);

COMMIT;
