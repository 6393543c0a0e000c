CREATE SEQUENCE legacy_id_seq AS bigint INCREMENT BY 10 START WITH 500;
CREATE SEQUENCE keep_seq;
COMMENT ON SEQUENCE legacy_id_seq IS 'no longer used';
