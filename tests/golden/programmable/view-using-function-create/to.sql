-- case: a new view that calls a new function needs the function created first (the view depends on it); the view then returns the computed ages.
CREATE TABLE public.children (
    id bigint PRIMARY KEY,
    first_name text NOT NULL,
    birth_date date NOT NULL
);

CREATE FUNCTION public.age_in_years(born date, on_day date DEFAULT current_date)
    RETURNS integer
    LANGUAGE sql
    STABLE
    PARALLEL SAFE
    AS $$ SELECT extract(year FROM age(on_day, born))::integer $$;

CREATE VIEW children_ages AS
    SELECT id, first_name, public.age_in_years(birth_date, DATE '2024-12-01') AS age
    FROM children;
