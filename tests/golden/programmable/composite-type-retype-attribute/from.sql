CREATE TYPE reading_stats AS (
    books integer,
    pages integer,
    minutes integer
);

CREATE FUNCTION combine_stats(a reading_stats, b reading_stats) RETURNS reading_stats
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT ROW(a.books + b.books, a.pages + b.pages, a.minutes + b.minutes)::reading_stats $$;
