-- case: keywords and unquoted identifiers are case-insensitive (folded to lower case) while string literals and enum labels are not, so lower-casing the DDL is an empty diff.
create type mood as enum ('happy', 'SAD');
create table users (
    id serial primary key,
    username varchar(50) not null unique,
    feeling mood default 'happy',
    createdat timestamptz default now()
);
create index users_feeling_idx on users using btree (feeling);
comment on table users is 'Mixed Case Comment Text Stays';
