CREATE TABLE readings (
    id bigint PRIMARY KEY,
    celsius numeric(5, 2) NOT NULL
);
