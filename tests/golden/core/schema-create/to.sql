-- case: creating empty schemas (one with a comment, one needing quotes) next to existing public objects.
CREATE TABLE t (id int PRIMARY KEY);
CREATE SCHEMA reporting;
CREATE SCHEMA "Staging Area";
COMMENT ON SCHEMA reporting IS 'read models for BI';
