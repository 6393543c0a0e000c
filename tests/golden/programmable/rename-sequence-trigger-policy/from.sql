CREATE SEQUENCE invoice_numbers START 1000;
CREATE TABLE invoices (id bigint PRIMARY KEY DEFAULT nextval('invoice_numbers'), owner text NOT NULL);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER invoices_stamp BEFORE INSERT ON invoices FOR EACH ROW EXECUTE FUNCTION stamp();
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON invoices USING (owner = current_user);
