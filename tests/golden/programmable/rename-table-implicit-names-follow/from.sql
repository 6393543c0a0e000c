CREATE TABLE pupils (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    grade smallint CHECK (grade BETWEEN 0 AND 12)
);
