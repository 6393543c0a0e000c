CREATE TYPE state AS ENUM ('on', 'off');
CREATE SEQUENCE ticket_seq;
CREATE TABLE owners (id int PRIMARY KEY);
CREATE TABLE devices (
    id int PRIMARY KEY,
    owner_id int REFERENCES owners (id),
    st state NOT NULL DEFAULT 'off',
    ticket bigint DEFAULT nextval('ticket_seq')
);
CREATE INDEX devices_owner_idx ON devices (owner_id);
COMMENT ON TABLE devices IS 'devices';
