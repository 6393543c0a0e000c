-- A type map with mistakes: each is reported with its line.
CREATE TABLE public.t (id integer PRIMARY KEY, c tsrange);
