-- schemac forward plan: 1 step
SET search_path = public;
SET check_function_bodies = false;

BEGIN;

-- create table public.everything
CREATE TABLE public.everything (
    id bigint NOT NULL,
    small_n smallint,
    medium_n integer,
    plain_int integer,
    big_n bigint,
    price numeric(10,2),
    ratio numeric,
    approx real,
    precise double precision,
    float_4 real,
    float_8 double precision,
    body text,
    title character varying(200),
    title2 character varying(50),
    code character(3),
    code2 character(10),
    single_char character(1),
    is_active boolean,
    flag boolean,
    born_on date,
    opens_at time without time zone,
    opens_at_tz time with time zone,
    created_at timestamp without time zone,
    created_at_p timestamp(3) without time zone,
    updated_at timestamp with time zone,
    updated_at_p timestamp(0) with time zone,
    duration interval,
    duration_ds interval day to second(3),
    external_id uuid,
    raw_doc json,
    doc jsonb,
    blob bytea,
    client_ip inet,
    network cidr,
    mac macaddr,
    mask_bits bit(8),
    var_bits bit varying(16),
    tags text[],
    matrix integer[],
    scores numeric(5,2)[],
    balance money,
    search tsvector,
    location point,
    xml_payload xml,
    CONSTRAINT everything_pkey PRIMARY KEY (id)
);

COMMIT;
