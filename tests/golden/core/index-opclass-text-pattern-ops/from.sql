CREATE TABLE urls (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    host varchar(255) NOT NULL
);
CREATE INDEX urls_path_idx ON urls (path);
