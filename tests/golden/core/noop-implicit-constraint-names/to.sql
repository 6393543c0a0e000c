-- case: constraints, indexes and sequences left unnamed get PostgreSQL's implicit names (t_pkey, t_email_key, t_a_fkey, t_price_check, t_check, t_lo_hi_key, t_lower_idx, t_a_price_idx, u_pkey, u_n_seq); spelling those names out explicitly is an empty diff.
CREATE TABLE parents (
    id int CONSTRAINT parents_pkey PRIMARY KEY
);
CREATE TABLE t (
    id int,
    email text,
    a int,
    price numeric,
    lo int,
    hi int,
    CONSTRAINT t_pkey PRIMARY KEY (id),
    CONSTRAINT t_email_key UNIQUE (email),
    CONSTRAINT t_a_fkey FOREIGN KEY (a) REFERENCES parents (id),
    CONSTRAINT t_price_check CHECK (price > 0),
    CONSTRAINT t_check CHECK (lo < hi),
    CONSTRAINT t_lo_hi_key UNIQUE (lo, hi)
);
CREATE INDEX t_lower_idx ON t (lower(email));
CREATE INDEX t_a_price_idx ON t (a, price);
CREATE TABLE u (
    id bigserial,
    n int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME u_n_seq),
    CONSTRAINT u_pkey PRIMARY KEY (id)
);
