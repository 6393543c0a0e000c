-- case: the usual updated_at maintenance: a new NOT NULL column with a default on a table with rows, a shared trigger function with a pinned search_path, and a BEFORE UPDATE row trigger that bumps updated_at after the migration.
CREATE SCHEMA calendar;

CREATE TABLE calendar.child_profiles (
    id bigint PRIMARY KEY,
    first_name text NOT NULL,
    avatar_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = ''
AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END;
$$;

CREATE TRIGGER child_profiles_touch_updated_at
    BEFORE UPDATE ON calendar.child_profiles
    FOR EACH ROW
    EXECUTE FUNCTION public.touch_updated_at();
