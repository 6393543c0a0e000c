-- case: creating enum types in public and in another schema, including a single-label enum, an enum with zero labels, and labels needing quoting (spaces, upper case, dashes).
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE SCHEMA crm;
CREATE TYPE crm.lead_source AS ENUM ('Web Form', 'referral', 'COLD CALL', 'trade-show');
CREATE TYPE public.singleton AS ENUM ('only');
CREATE TYPE empty_enum AS ENUM ();
