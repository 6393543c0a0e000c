DO $$
BEGIN
    ASSERT to_regprocedure('to_cents(text)') IS NULL, 'text overload still exists';
    ASSERT to_cents(12.34) = 1234, 'numeric overload broken';
    ASSERT to_cents(5) = 500, 'integer overload broken';
END $$;
