-- case: creating btree indexes of every shape: unique, partial unique (WHERE), expression (lower(email)), multicolumn with DESC NULLS FIRST / ASC NULLS LAST, and INCLUDE columns.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    tenant_id int NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    score int,
    deleted_at timestamptz,
    display_name text
);

CREATE UNIQUE INDEX accounts_email_uidx ON accounts (email);
CREATE UNIQUE INDEX accounts_live_email_lower_uidx ON public.accounts (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX accounts_email_lower_idx ON accounts USING btree (lower(email));
CREATE INDEX accounts_tenant_score_idx ON accounts (tenant_id ASC, score DESC NULLS FIRST, created_at NULLS LAST);
CREATE INDEX accounts_tenant_created_incl_idx ON accounts (tenant_id, created_at DESC) INCLUDE (display_name, score);
CREATE INDEX accounts_deleted_idx ON accounts (deleted_at) WHERE deleted_at IS NOT NULL;
