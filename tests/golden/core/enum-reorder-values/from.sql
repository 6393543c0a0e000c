CREATE TYPE public.tshirt AS ENUM ('large', 'small', 'medium');
CREATE TABLE public.stock (
    sku text PRIMARY KEY,
    size tshirt NOT NULL
);
