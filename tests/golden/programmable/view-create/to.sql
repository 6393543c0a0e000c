-- case: creating a view over an existing table leaves the table's rows alone and the view returns only the live rows.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    deleted_at timestamptz
);

CREATE VIEW active_users AS
    SELECT id, email, display_name
    FROM users
    WHERE deleted_at IS NULL;
