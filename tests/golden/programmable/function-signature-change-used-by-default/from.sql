CREATE SEQUENCE invoice_number_seq;

CREATE FUNCTION next_invoice_code(prefix text) RETURNS text
    LANGUAGE sql
    VOLATILE
    AS $$ SELECT prefix || '-' || lpad(nextval('invoice_number_seq')::text, 6, '0') $$;

CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    code text NOT NULL DEFAULT next_invoice_code('INV'),
    amount_cents integer NOT NULL
);
