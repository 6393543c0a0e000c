-- case: a view written with SELECT * and unqualified names equals the same view written the way pg_get_viewdef prints it (columns expanded and qualified with the table name, schema-qualified FROM, parenthesized WHERE), so the diff is empty.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    deleted_at timestamptz
);

CREATE VIEW public.active_users AS
 SELECT users.id,
    users.email,
    users.display_name,
    users.deleted_at
   FROM public.users
  WHERE (users.deleted_at IS NULL);

CREATE VIEW user_emails AS SELECT users.id, users.email FROM public.users;
