-- Enum labels that become the same enumerator are an error.
CREATE TYPE public.grade AS ENUM ('A', 'a', 'B+', 'B-');
