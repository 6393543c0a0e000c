CREATE DOMAIN positive_int AS integer
    CHECK (VALUE > 0);

CREATE DOMAIN locale_code AS text
    DEFAULT 'en'
    CONSTRAINT locale_code_format CHECK (VALUE ~ '^[a-z]{2}$')
    CONSTRAINT locale_code_known CHECK (VALUE IN ('en', 'de', 'fr'));

CREATE DOMAIN short_label AS varchar(20)
    NOT NULL
    CHECK (char_length(VALUE) BETWEEN 1 AND 20);
