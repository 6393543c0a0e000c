-- case: adding ON UPDATE CASCADE / ON DELETE RESTRICT to one FK and changing another from ON UPDATE CASCADE to ON UPDATE SET DEFAULT.
CREATE TABLE currencies (code char(3) PRIMARY KEY);
CREATE TABLE prices (
    id int PRIMARY KEY,
    currency char(3) NOT NULL REFERENCES currencies (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    settle_currency char(3) DEFAULT 'EUR' REFERENCES currencies (code) ON UPDATE SET DEFAULT
);
