-- case: changing text to integer has no assignment cast, so the migration needs an explicit USING cast that converts '123' to 123.
CREATE TABLE legacy_imports (
    id int PRIMARY KEY,
    amount integer
);
