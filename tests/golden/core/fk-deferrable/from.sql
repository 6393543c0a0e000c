CREATE TABLE departments (
    id int PRIMARY KEY,
    manager_id int
);
CREATE TABLE staff (
    id int PRIMARY KEY,
    department_id int NOT NULL REFERENCES departments (id)
);
