-- case: changing sequence options (INCREMENT, MINVALUE, MAXVALUE, START, CACHE, CYCLE, AS integer to bigint) alters the sequences in place rather than recreating them.
CREATE SEQUENCE ticket_seq AS integer INCREMENT BY 2 MINVALUE 1 MAXVALUE 500000 START WITH 10 CACHE 5 CYCLE;
CREATE SEQUENCE batch_seq AS bigint;
