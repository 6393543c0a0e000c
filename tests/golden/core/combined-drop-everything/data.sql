INSERT INTO shop.customers (email) VALUES ('a@x'), ('b@x');
INSERT INTO shop.orders (customer_id, state) VALUES (1, 'paid'), (2, 'cart');
INSERT INTO shop.order_events VALUES (1, '2024-05-05 12:00+00', 'paid');
INSERT INTO public.audit VALUES (1, 1);
