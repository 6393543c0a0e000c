-- case: adding a parameter changes a function's signature (a new function), and the column default calling the old one blocks DROP FUNCTION, so the default is dropped, the function dropped and created, and the default restored calling the new one.
CREATE SEQUENCE invoice_number_seq;

CREATE FUNCTION next_invoice_code(prefix text, width integer DEFAULT 8) RETURNS text
    LANGUAGE sql
    VOLATILE
    AS $$ SELECT prefix || '-' || lpad(nextval('invoice_number_seq')::text, width, '0') $$;

CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    code text NOT NULL DEFAULT next_invoice_code('INV'),
    amount_cents integer NOT NULL
);
