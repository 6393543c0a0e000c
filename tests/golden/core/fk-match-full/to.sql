-- case: changing a composite FK from the default MATCH SIMPLE to MATCH FULL (existing rows are either fully NULL or fully matching).
CREATE TABLE regions (
    country char(2) NOT NULL,
    region_code text NOT NULL,
    PRIMARY KEY (country, region_code)
);
CREATE TABLE stores (
    id int PRIMARY KEY,
    country char(2),
    region_code text,
    FOREIGN KEY (country, region_code) REFERENCES regions (country, region_code) MATCH FULL
);
