-- case: making an existing FK DEFERRABLE INITIALLY DEFERRED and adding a new DEFERRABLE INITIALLY IMMEDIATE FK.
CREATE TABLE departments (
    id int PRIMARY KEY,
    manager_id int
);
CREATE TABLE staff (
    id int PRIMARY KEY,
    department_id int NOT NULL REFERENCES departments (id) DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE departments ADD CONSTRAINT departments_manager_fk FOREIGN KEY (manager_id) REFERENCES staff (id) DEFERRABLE;
