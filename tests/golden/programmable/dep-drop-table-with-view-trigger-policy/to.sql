-- case: dropping a table together with the view over it, its trigger, its policy and its trigger function needs the order view, table (taking its trigger, policy, grants and FK along), then function; the other table keeps its rows.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
