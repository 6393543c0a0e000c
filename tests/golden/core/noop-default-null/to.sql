-- case: DEFAULT NULL (even with a cast) and an explicit NULL constraint are not stored by PostgreSQL, so they are the same as no default / nullable: empty diff.
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE things (
    id int PRIMARY KEY,
    label text,
    qty int,
    tint color,
    seen_at timestamptz,
    note varchar(10)
);
