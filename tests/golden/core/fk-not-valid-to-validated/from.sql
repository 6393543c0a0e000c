CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL
);
ALTER TABLE logins ADD CONSTRAINT logins_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
