-- case: a new enum value added in the same change is used as the column default, so ALTER TYPE ... ADD VALUE must be committed before SET DEFAULT uses it.
CREATE TYPE order_status AS ENUM ('draft', 'pending', 'paid', 'shipped');

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'draft'
);
