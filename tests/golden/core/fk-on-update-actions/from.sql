CREATE TABLE currencies (code char(3) PRIMARY KEY);
CREATE TABLE prices (
    id int PRIMARY KEY,
    currency char(3) NOT NULL REFERENCES currencies (code),
    settle_currency char(3) REFERENCES currencies (code) ON UPDATE CASCADE
);
