-- case: PostgreSQL rewrites x IN (...) to x = ANY (ARRAY[...]) and NOT IN to <> ALL (ARRAY[...]) in CHECKs and index predicates, so both spellings produce an empty diff.
CREATE TABLE orders (
    id int PRIMARY KEY,
    status text NOT NULL,
    priority int NOT NULL,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'shipped'::text]))),
    CONSTRAINT orders_priority_check CHECK (priority = ANY (ARRAY[1, 2, 3])),
    CONSTRAINT orders_status_not_bad CHECK (status <> ALL (ARRAY['lost', 'stolen']))
);
CREATE INDEX orders_open_idx ON orders (id) WHERE status = ANY (ARRAY['new'::text, 'paid'::text]);
