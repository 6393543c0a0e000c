-- case: retyping an attribute of a composite type used only as a function argument/return type (no table column, no SQL-standard body) is ALTER TYPE ... ALTER ATTRIBUTE ... TYPE; the function keeps working on the wider type.
CREATE TYPE reading_stats AS (
    books integer,
    pages bigint,
    minutes integer
);

CREATE FUNCTION combine_stats(a reading_stats, b reading_stats) RETURNS reading_stats
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT ROW(a.books + b.books, a.pages + b.pages, a.minutes + b.minutes)::reading_stats $$;
