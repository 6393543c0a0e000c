CREATE TABLE devices (
    id int PRIMARY KEY,
    serial_no text,
    vendor text,
    model text,
    UNIQUE (vendor, model)
);
