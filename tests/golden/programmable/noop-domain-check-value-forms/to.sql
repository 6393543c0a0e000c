-- case: domain spellings that store the same domain are an empty diff: AS optional, int4 = integer, VALUE in any case and parenthesized, explicit casts PostgreSQL adds, IN list vs = ANY (ARRAY[...]), BETWEEN vs two comparisons, and the implicit constraint name <domain>_check written explicitly.
CREATE DOMAIN public.positive_int int4
    CONSTRAINT positive_int_check CHECK ((value > 0));

CREATE DOMAIN locale_code text
    DEFAULT 'en'::text
    CONSTRAINT locale_code_format CHECK ((VALUE ~ '^[a-z]{2}$'::text))
    CONSTRAINT locale_code_known CHECK ((VALUE = ANY (ARRAY['en'::text, 'de'::text, 'fr'::text])));

CREATE DOMAIN short_label AS character varying(20)
    CONSTRAINT short_label_check CHECK (((char_length((VALUE)::text) >= 1) AND (char_length((VALUE)::text) <= 20)))
    NOT NULL;
