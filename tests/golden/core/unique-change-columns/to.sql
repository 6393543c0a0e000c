-- case: changing the column list of a named UNIQUE constraint (same name, (room, day) to (room, day, hour)) drops and re-adds it.
CREATE TABLE slots (
    id int PRIMARY KEY,
    room text NOT NULL,
    day date NOT NULL,
    hour smallint NOT NULL,
    CONSTRAINT slots_room_day_uq UNIQUE (room, day, hour)
);
