DO $$
BEGIN
    ASSERT (SELECT count(*) FROM parcels) = 2, 'rows lost';
    ASSERT (SELECT label_no FROM parcels WHERE id = 1) = 7, 'value changed';
    ASSERT (SELECT label_no IS NULL FROM parcels WHERE id = 2), 'existing NULL must stay NULL';
    ASSERT (SELECT column_default FROM information_schema.columns WHERE table_name = 'parcels' AND column_name = 'label_no')
           = 'nextval(''shipping.label_seq''::regclass)', 'default not set';
END $$;
