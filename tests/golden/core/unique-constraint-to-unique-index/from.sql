CREATE TABLE subscribers (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    list_id int NOT NULL,
    CONSTRAINT subscribers_email_key UNIQUE (email)
);
CREATE UNIQUE INDEX subscribers_list_email_idx ON subscribers (list_id, email);
