-- Extensions used by the product schema. Both ship with Debian's postgresql-15 contrib.
--
-- citext:  case-insensitive text, used for e-mail addresses (users.email_address) so that
--          uniqueness and look-ups ignore case without lower() expression indexes everywhere.
-- pg_trgm: trigram operator classes, used for fuzzy/ILIKE search on book titles and author
--          names in the classroom catalogue (full-text GIN indexes cover whole-word search).
--
-- gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed.

CREATE EXTENSION citext WITH SCHEMA public;

CREATE EXTENSION pg_trgm WITH SCHEMA public;
