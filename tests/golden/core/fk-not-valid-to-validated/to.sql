-- case: a NOT VALID FK becomes a validated FK, which should be done with ALTER TABLE ... VALIDATE CONSTRAINT rather than drop and re-add.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL
);
ALTER TABLE logins ADD CONSTRAINT logins_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
