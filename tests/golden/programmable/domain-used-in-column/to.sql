-- case: switching a column from its base type to a domain over the same type (smallint to day_number) is ALTER COLUMN ... TYPE, which checks the existing rows against the domain; the rows and the primary key are kept.
CREATE DOMAIN day_number AS smallint
    CONSTRAINT day_number_range CHECK (VALUE BETWEEN 1 AND 24);

CREATE TABLE calendar_days (
    calendar_id bigint NOT NULL,
    day day_number NOT NULL,
    title text,
    PRIMARY KEY (calendar_id, day)
);
