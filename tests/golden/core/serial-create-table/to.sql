-- case: creating tables with serial, bigserial and smallserial columns creates the implicit owned sequences (<table>_<column>_seq) with the matching AS type.
CREATE TABLE categories (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE page_views (
    id bigserial NOT NULL,
    category_id integer REFERENCES categories,
    slot smallserial,
    viewed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT page_views_pkey PRIMARY KEY (id)
);
