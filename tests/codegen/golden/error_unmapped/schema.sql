-- Types without an exact C++ mapping are errors naming the column (no type map given).
CREATE TABLE public.t (
    id integer PRIMARY KEY,
    c  tsrange,
    p  point[] NOT NULL
);
