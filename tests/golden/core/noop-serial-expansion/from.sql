CREATE TABLE a (
    id serial PRIMARY KEY,
    big bigserial,
    small smallserial
);
