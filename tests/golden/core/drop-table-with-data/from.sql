CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    message text NOT NULL
);

CREATE TABLE keep_me (
    id int PRIMARY KEY,
    label text
);
