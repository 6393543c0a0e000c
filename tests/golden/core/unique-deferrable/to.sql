-- case: making a UNIQUE constraint DEFERRABLE INITIALLY DEFERRED (so positions can be swapped inside a transaction) rebuilds the constraint with the same name.
CREATE TABLE playlist_items (
    playlist_id int NOT NULL,
    position int NOT NULL,
    track text NOT NULL,
    CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, position) DEFERRABLE INITIALLY DEFERRED
);
