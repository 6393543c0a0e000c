-- The C++ namespace must be an identifier path outside the libraries the code uses.
CREATE TABLE public.t (id integer PRIMARY KEY);
