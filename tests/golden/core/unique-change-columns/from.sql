CREATE TABLE slots (
    id int PRIMARY KEY,
    room text NOT NULL,
    day date NOT NULL,
    hour smallint NOT NULL,
    CONSTRAINT slots_room_day_uq UNIQUE (room, day)
);
