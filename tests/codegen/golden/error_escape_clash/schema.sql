-- Names that the escaping rule maps to the same C++ name are an error.
CREATE TABLE public.orders (
    "order date" date,
    order_date   date,
    class        text,
    class_       text
);
