-- case: dropping an unused extension (hstore) while keeping another one ("uuid-ossp", quoted name) that a column default still uses.
CREATE EXTENSION "uuid-ossp";
CREATE TABLE t (id uuid PRIMARY KEY DEFAULT uuid_generate_v4());
