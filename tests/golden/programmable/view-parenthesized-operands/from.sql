CREATE TABLE days (id bigint PRIMARY KEY, unlock_date date NOT NULL, time_zone text, opened boolean, seen boolean);
