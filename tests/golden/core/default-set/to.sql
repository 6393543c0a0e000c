-- case: setting defaults on existing columns (text literal, integer literal, now()) does not touch existing rows.
CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    status varchar(20) DEFAULT 'todo',
    retries int NOT NULL DEFAULT 0,
    created_at timestamptz DEFAULT now()
);
