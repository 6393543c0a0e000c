CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status varchar(20) DEFAULT 'todo'::character varying,
    retries int NOT NULL DEFAULT 0,
    created_at timestamptz DEFAULT CURRENT_TIMESTAMP
);
