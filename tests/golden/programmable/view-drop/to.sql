-- case: dropping one of two views over a table removes only that view; the table's rows and the other view stay.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz
);

CREATE VIEW public.active_users AS
    SELECT id, email FROM public.users WHERE deleted_at IS NULL;
