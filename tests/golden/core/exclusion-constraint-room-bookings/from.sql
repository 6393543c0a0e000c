CREATE TABLE room_bookings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id int NOT NULL,
    during tstzrange NOT NULL,
    booked_by text NOT NULL
);
