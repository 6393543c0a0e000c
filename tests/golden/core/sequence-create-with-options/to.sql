-- case: creating standalone sequences with every option (AS type, INCREMENT, MINVALUE, MAXVALUE, START, CACHE, CYCLE, descending) reproduces them exactly.
CREATE SCHEMA billing;

CREATE SEQUENCE billing.invoice_number_seq
    AS integer
    INCREMENT BY 5
    MINVALUE 100
    MAXVALUE 1000000
    START WITH 100
    CACHE 10
    CYCLE;

CREATE SEQUENCE countdown_seq AS smallint INCREMENT -1 MINVALUE -100 MAXVALUE 10 START 10 NO CYCLE;

CREATE SEQUENCE public.plain_seq;
