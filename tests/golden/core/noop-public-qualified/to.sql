-- case: public.t and t name the same objects (tables, types, sequences in nextval('...'), FK targets, index targets, comment targets), so qualifying everything with public is an empty diff.
CREATE TYPE public.state AS ENUM ('on', 'off');
CREATE SEQUENCE public.ticket_seq;
CREATE TABLE public.owners (id int PRIMARY KEY);
CREATE TABLE public.devices (
    id int PRIMARY KEY,
    owner_id int REFERENCES public.owners (id),
    st public.state NOT NULL DEFAULT 'off'::public.state,
    ticket bigint DEFAULT nextval('public.ticket_seq'::regclass)
);
CREATE INDEX devices_owner_idx ON public.devices USING btree (owner_id);
COMMENT ON TABLE public.devices IS 'devices';
