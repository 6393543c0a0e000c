-- case: reordering existing enum labels (same set, new order) cannot be done in place and forces a type rebuild; rows keep their labels but now sort in the new order.
CREATE TYPE public.tshirt AS ENUM ('small', 'medium', 'large');
CREATE TABLE public.stock (
    sku text PRIMARY KEY,
    size tshirt NOT NULL
);
