-- case: dropping a table with bigserial/smallserial columns also removes their owned sequences (destructive); rollback recreates them.
CREATE TABLE jobs (
    name text PRIMARY KEY
);
