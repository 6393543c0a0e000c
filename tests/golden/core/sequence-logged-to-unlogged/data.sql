SELECT nextval('ticket_numbers'), nextval('ticket_numbers');
