CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    status varchar(20),
    retries int NOT NULL,
    created_at timestamptz
);
