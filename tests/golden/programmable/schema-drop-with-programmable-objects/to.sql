-- case: dropping a schema that holds a view, a function, a domain, a composite type, grants and default privileges drops them in dependency order (view before function, composite type before domain) and then the schema, which also removes its default privileges; the public table keeps its rows.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    total_cents bigint NOT NULL
);
