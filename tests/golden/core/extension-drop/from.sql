CREATE EXTENSION hstore;
CREATE EXTENSION "uuid-ossp";
COMMENT ON EXTENSION hstore IS 'was used for legacy attributes';
CREATE TABLE t (id uuid PRIMARY KEY DEFAULT uuid_generate_v4());
