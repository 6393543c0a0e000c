CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    deleted_at timestamptz
);
