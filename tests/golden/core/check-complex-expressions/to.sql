-- case: adding CHECK constraints whose expressions use IN lists, BETWEEN, LIKE, ILIKE, regex ~, casts, CASE, COALESCE, length() and several columns; PostgreSQL stores them in a normalized form that the tool must compare correctly.
CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled')),
    guests int NOT NULL CONSTRAINT bookings_guests_range CHECK (guests BETWEEN 1 AND 12),
    email text NOT NULL,
    coupon varchar(20),
    country char(2),
    check_in date NOT NULL,
    check_out date NOT NULL,
    nightly_rate numeric(8, 2),
    notes text,
    kind text NOT NULL,
    deposit numeric(8, 2),
    CONSTRAINT bookings_email_format CHECK (email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$' AND email NOT LIKE '% %'),
    CONSTRAINT bookings_coupon_prefix CHECK (coupon IS NULL OR coupon LIKE 'SUMMER-%' OR coupon ILIKE 'winter-%'),
    CONSTRAINT bookings_country_upper CHECK (country ~ '^[A-Z]{2}$'),
    CONSTRAINT bookings_dates CHECK (check_out > check_in AND (check_out - check_in) <= 30),
    CONSTRAINT bookings_rate_cast CHECK (nightly_rate::int < 10000),
    CONSTRAINT bookings_notes_len CHECK (length(COALESCE(notes, '')) <= 500),
    CONSTRAINT bookings_deposit_by_kind CHECK (
        CASE kind
            WHEN 'group' THEN deposit IS NOT NULL AND deposit >= 50
            WHEN 'standard' THEN true
            ELSE false
        END
    ),
    CONSTRAINT bookings_year_check CHECK (extract(year FROM check_in)::integer >= 2020 AND check_in::timestamp < '2100-01-01'::timestamp)
);
