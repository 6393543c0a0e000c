-- case: sequence privileges are separate from the table's: USAGE (nextval) on both sequences for app_writer, SELECT (currval/last_value) for app_reader, granted with GRANT ... ON SEQUENCE.
CREATE SEQUENCE ticket_number_seq;

CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('ticket_number_seq')
);

GRANT SELECT, INSERT ON tickets TO app_writer;
GRANT USAGE ON SEQUENCE ticket_number_seq, tickets_id_seq TO app_writer;
GRANT SELECT ON SEQUENCE public.ticket_number_seq TO app_reader;
