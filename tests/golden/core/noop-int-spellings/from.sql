CREATE TABLE counters (
    a int,
    b int4,
    c integer,
    d int8,
    e bigint,
    f int2,
    g smallint,
    h int[],
    i integer[]
);
