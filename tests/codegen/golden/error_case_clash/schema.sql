-- Columns whose C++ names differ only in case are an error.
CREATE TABLE public.people (
    id     integer PRIMARY KEY,
    "Name" text,
    name   text
);
