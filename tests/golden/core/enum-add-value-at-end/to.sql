-- case: appending labels at the end of an enum is done in place with ALTER TYPE ... ADD VALUE (no type rebuild, rows untouched); rollback cannot simply drop a label.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'returned');
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status order_status NOT NULL
);
