CREATE TABLE classrooms (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE classroom_teachers (
    classroom_id integer NOT NULL REFERENCES classrooms (id) ON DELETE CASCADE,
    teacher_id bigint NOT NULL,
    PRIMARY KEY (classroom_id, teacher_id)
);
