-- case: a UNIQUE constraint becomes a plain unique index of the same name and a unique index becomes a UNIQUE constraint; both are different catalog objects even though they enforce the same thing.
CREATE TABLE subscribers (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    list_id int NOT NULL,
    CONSTRAINT subscribers_list_email_idx UNIQUE (list_id, email)
);
CREATE UNIQUE INDEX subscribers_email_key ON subscribers (email);
