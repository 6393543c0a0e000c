CREATE TABLE public.children (
    id bigint PRIMARY KEY,
    first_name text NOT NULL,
    birth_date date NOT NULL
);
