-- case: dropping an unused standalone sequence (with its comment) leaves the other sequence alone; rollback recreates it with its options and comment.
CREATE SEQUENCE keep_seq;
