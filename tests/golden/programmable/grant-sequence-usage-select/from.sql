CREATE SEQUENCE ticket_number_seq;

CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('ticket_number_seq')
);

GRANT SELECT, INSERT ON tickets TO app_writer;
