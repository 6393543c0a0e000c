-- case: a domain over another domain (school_age over child_age) needs the base domain created first, inherits its checks, and a column using it rechecks existing rows against both.
CREATE DOMAIN child_age AS smallint
    CONSTRAINT child_age_range CHECK (VALUE BETWEEN 0 AND 17);

CREATE DOMAIN school_age AS child_age
    CONSTRAINT school_age_min CHECK (VALUE >= 5);

CREATE TABLE children (
    id bigint PRIMARY KEY,
    age school_age
);
