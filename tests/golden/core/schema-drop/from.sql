CREATE SCHEMA scratch;
CREATE SCHEMA legacy;
CREATE TABLE legacy.old_users (
    id int PRIMARY KEY,
    name text
);
CREATE TYPE legacy.old_kind AS ENUM ('x', 'y');
CREATE SEQUENCE legacy.old_seq;
CREATE TABLE public.kept (id int PRIMARY KEY);
