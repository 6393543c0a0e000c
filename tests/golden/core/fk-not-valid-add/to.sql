-- case: adding a FK as NOT VALID must not validate existing rows (one orphan row exists) and must stay NOT VALID.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL
);
ALTER TABLE logins ADD CONSTRAINT logins_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
