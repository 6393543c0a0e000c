-- case: dropping an empty schema and a schema with a table, enum and sequence in it: the contents must be dropped before the schema (destructive), without CASCADE side effects on public.
CREATE TABLE public.kept (id int PRIMARY KEY);
