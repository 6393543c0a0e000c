-- case: a grant written before an existing one is just one GRANT; PostgreSQL keeps ACL entries in grant order and pg_dump prints them in that order, so ACLs must be compared as sets, not as printed lists.
CREATE TABLE surprises (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

GRANT SELECT ON surprises TO app_reader;
GRANT SELECT, INSERT ON surprises TO app_writer;
