CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    status text NOT NULL,
    guests int NOT NULL,
    email text NOT NULL,
    coupon varchar(20),
    country char(2),
    check_in date NOT NULL,
    check_out date NOT NULL,
    nightly_rate numeric(8, 2),
    notes text,
    kind text NOT NULL,
    deposit numeric(8, 2)
);
