CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE things (
    id int PRIMARY KEY,
    label text DEFAULT NULL,
    qty int DEFAULT NULL,
    tint color DEFAULT NULL,
    seen_at timestamptz DEFAULT NULL::timestamptz,
    note varchar(10) NULL
);
