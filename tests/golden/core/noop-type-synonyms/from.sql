CREATE TABLE typed (
    a varchar(20),
    b varchar,
    c char(1),
    d char,
    e bool,
    f float8,
    g float4,
    h decimal(10, 2),
    i timestamptz,
    j timestamp,
    k timetz,
    l varbit(4),
    m float,
    n float(24),
    o character varying(5)[]
);
