-- case: adding columns whose defaults are volatile (gen_random_uuid(), now()) fills every existing row with a freshly evaluated value.
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_name text NOT NULL,
    token uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
