-- case: adding an EXCLUDE USING gist (room_id WITH =, during WITH &&) constraint needs the btree_gist extension created first; existing bookings do not overlap.
CREATE EXTENSION btree_gist;

CREATE TABLE room_bookings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id int NOT NULL,
    during tstzrange NOT NULL,
    booked_by text NOT NULL,
    CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
