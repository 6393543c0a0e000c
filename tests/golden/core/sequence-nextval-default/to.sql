-- case: a new explicit sequence used by a column default via nextval() must be created before the default is set (and the default dropped before the sequence on rollback).
CREATE SCHEMA shipping;

CREATE SEQUENCE shipping.label_seq AS integer START WITH 5000 INCREMENT BY 1;

CREATE TABLE parcels (
    id integer PRIMARY KEY,
    label_no integer DEFAULT nextval('shipping.label_seq')
);
