-- case: SQL-standard and PostgreSQL type spellings that resolve to the same type (character varying/varchar, character(1)/char/bpchar(1), boolean/bool, double precision/float8/float, real/float4/float(24), numeric/decimal, timestamp with[out] time zone, bit varying) produce an empty diff.
CREATE TABLE typed (
    a character varying(20),
    b character varying,
    c character(1),
    d bpchar(1),
    e boolean,
    f double precision,
    g real,
    h numeric(10,2),
    i timestamp with time zone,
    j timestamp without time zone,
    k time with time zone,
    l bit varying(4),
    m double precision,
    n real,
    o varchar(5)[]
);
