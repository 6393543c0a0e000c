-- case: column-level grants are per column: app_reader loses SELECT on email, app_writer gets UPDATE on display_name only; password_hash stays ungranted and no table-level privilege appears.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    display_name text,
    password_hash text NOT NULL
);

GRANT SELECT (id, display_name) ON users TO app_reader;
GRANT SELECT (id), UPDATE (display_name) ON TABLE users TO app_writer;
