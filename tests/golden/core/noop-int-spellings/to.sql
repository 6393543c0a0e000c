-- case: int, integer and int4 (and int8/bigint, int2/smallint, int[]/int4[]) are the same types, so rewriting the spellings produces an empty diff.
CREATE TABLE counters (
    a integer,
    b int,
    c int4,
    d bigint,
    e int8,
    f smallint,
    g int2,
    h int4[],
    i int[]
);
