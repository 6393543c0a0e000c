-- case: turning row level security off (DISABLE and NO FORCE) and dropping the table's only policy leaves the rows in place.
CREATE TABLE nps_responses (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    score smallint NOT NULL
);
