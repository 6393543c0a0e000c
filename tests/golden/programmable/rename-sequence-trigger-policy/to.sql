-- case: a sequence (its next value kept, the default that calls it following), a trigger and a policy renamed by annotation are ALTER ... RENAME, not drop and create.
-- schemac:renamed-from invoice_numbers
CREATE SEQUENCE invoice_no_seq START 1000;
CREATE TABLE invoices (id bigint PRIMARY KEY DEFAULT nextval('invoice_no_seq'), owner text NOT NULL);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
-- schemac:renamed-from invoices_stamp
CREATE TRIGGER invoices_set_stamp BEFORE INSERT ON invoices FOR EACH ROW EXECUTE FUNCTION stamp();
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
-- schemac:renamed-from own_rows
CREATE POLICY invoices_owner ON invoices USING (owner = current_user);
