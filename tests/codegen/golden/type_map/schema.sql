-- Types schemac does not map on its own, mapped by the type map (type-map.txt): a range as
-- its text, money through a codec of the application's (money.hpp), bit strings as text, and
-- one real[] column whose elements are never NULL as std::vector<float>.
CREATE TABLE public.measurements (
    id        integer PRIMARY KEY,
    during    tsrange NOT NULL,
    windows   tsrange[],
    embedding real[] NOT NULL CHECK (array_position(embedding, NULL) IS NULL),
    weights   real[],
    price     money,
    flags     bit(3) NOT NULL
);
