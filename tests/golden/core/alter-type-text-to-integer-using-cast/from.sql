CREATE TABLE legacy_imports (
    id int PRIMARY KEY,
    amount text
);
