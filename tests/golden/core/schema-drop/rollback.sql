-- schemac rollback plan: 5 steps
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create schema scratch
CREATE SCHEMA scratch;

-- create schema legacy
CREATE SCHEMA legacy;

-- create type legacy.old_kind
CREATE TYPE legacy.old_kind AS ENUM ('x', 'y');

-- create sequence legacy.old_seq
-- note: the forward migration deleted this sequence's data; recreating it does not bring the data back
CREATE SEQUENCE legacy.old_seq;

-- create table legacy.old_users
-- note: the forward migration deleted this table's data; recreating it does not bring the data back
CREATE TABLE legacy.old_users (
    id integer NOT NULL,
    name text,
    CONSTRAINT old_users_pkey PRIMARY KEY (id)
);

COMMIT;
