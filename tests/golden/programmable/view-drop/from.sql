CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz
);

CREATE VIEW public.active_users AS
    SELECT id, email FROM public.users WHERE deleted_at IS NULL;

CREATE VIEW deleted_users AS
    SELECT id, email, deleted_at FROM users WHERE deleted_at IS NOT NULL;
