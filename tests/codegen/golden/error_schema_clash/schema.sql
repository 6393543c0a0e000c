-- Schemas whose namespaces (and header names) differ only in case are an error, and so are a
-- table and a type of one schema that escape to the same C++ name.
CREATE SCHEMA "Shop";
CREATE SCHEMA shop;
CREATE TABLE "Shop".a (id integer);
CREATE TABLE shop.b (id integer);
CREATE TYPE public."my type" AS ENUM ('x');
CREATE TABLE public.my_type (id integer);
