CREATE TABLE parcels (
    id integer PRIMARY KEY,
    label_no integer
);
