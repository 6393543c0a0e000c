-- case: a sequence turned UNLOGGED (and another LOGGED) by ALTER SEQUENCE ... SET UNLOGGED / SET LOGGED keeps its value.
CREATE UNLOGGED SEQUENCE ticket_numbers START 1000;
CREATE SEQUENCE batch_numbers;
