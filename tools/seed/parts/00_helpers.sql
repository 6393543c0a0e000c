-- Deterministic helpers (session-local, in pg_temp).

SET client_min_messages = warning;
SET TimeZone = 'UTC';

-- Stable uuid for the n-th row of a kind.
CREATE FUNCTION pg_temp.uid(kind text, n bigint) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5(kind || ':' || n)::uuid $$;

-- Pseudo-random number in [0, 1) derived from a key.
CREATE FUNCTION pg_temp.rnd(key text) RETURNS double precision
    LANGUAGE sql IMMUTABLE AS $$ SELECT ('x' || substr(md5(key), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

-- Pseudo-random integer in [lo, hi].
CREATE FUNCTION pg_temp.ri(key text, lo integer, hi integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT lo + floor(pg_temp.rnd(key) * (hi - lo + 1))::integer $$;

-- Pseudo-random element of an array.
CREATE FUNCTION pg_temp.pick(key text, arr text[]) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT arr[1 + floor(pg_temp.rnd(key) * cardinality(arr))::integer] $$;

-- Fixed reference instant of the seed data set.
CREATE FUNCTION pg_temp.t0() RETURNS timestamptz
    LANGUAGE sql IMMUTABLE AS $$ SELECT timestamptz '2025-11-01 00:00:00+00' $$;

-- Account number ranges (see parts/10_users.sql).
--   1..600 members, 601..900 parents, 901..960 teachers, 961..1560 students,
--   1561..1580 admins, 1581..1600 members in non-active states.
CREATE FUNCTION pg_temp.acct(n integer) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT pg_temp.uid('account', n) $$;

CREATE FUNCTION pg_temp.first_names() RETURNS text[]
    LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Ava','Liam','Maya','Noah','Zoe','Ethan','Lena','Omar','Ines','Hugo',
        'Sofia','Mateo','Amara','Kai','Nora','Leo','Yuki','Aria','Felix','Priya','Jonas','Chloe','Ravi','Elena',
        'Tomas','Mila','Samir','Ivy','Lucas','Hana'] $$;

CREATE FUNCTION pg_temp.last_names() RETURNS text[]
    LANGUAGE sql IMMUTABLE AS $$ SELECT ARRAY['Silva','Nguyen','Okafor','Muller','Rossi','Kowalski','Haddad','Tanaka',
        'Garcia','Dubois','Novak','Larsen','Patel','Costa','Moreau','Ibrahim','Schmidt','Fischer','Kim','Santos'] $$;

CREATE FUNCTION pg_temp.person(n integer) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_temp.pick('fn' || n, pg_temp.first_names()) || ' ' || pg_temp.pick('ln' || n, pg_temp.last_names()) $$;

-- A random-ish vector of the given dimension (components in [-1, 1), 4 decimals), for memory
-- embeddings. One md5 yields four components.
CREATE FUNCTION pg_temp.vec(key text, dim integer) RETURNS real[]
    LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(round((('x' || substr(h.hash, k * 8 + 1, 8))::bit(32)::bigint / 2147483648.0 - 1)::numeric, 4)::real
                     ORDER BY g, k)
      FROM generate_series(0, (dim - 1) / 4) AS g
      CROSS JOIN LATERAL (SELECT md5(key || ':' || g) AS hash) AS h
      CROSS JOIN generate_series(0, 3) AS k
     WHERE g * 4 + k < dim $$;
