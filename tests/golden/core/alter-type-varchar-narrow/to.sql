-- case: narrowing varchar(100) to varchar(10) succeeds because every existing value fits (a potentially failing change).
CREATE TABLE countries (
    id smallint PRIMARY KEY,
    iso_code varchar(10) NOT NULL
);
