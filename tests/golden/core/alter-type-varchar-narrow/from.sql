CREATE TABLE countries (
    id smallint PRIMARY KEY,
    iso_code varchar(100) NOT NULL
);
