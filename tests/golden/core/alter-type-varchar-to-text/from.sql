CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title character varying(255) NOT NULL,
    slug varchar NOT NULL
);
CREATE INDEX articles_title_idx ON articles (title);
