-- Issue 18: who made, renewed, disabled or enabled an API client, and when, in the history like the users. The
-- secret's hash is kept too, so that a renewal is a revision: the hash of 32 random bytes gives nothing away.
create table api_client_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    client_key          varchar(30),
    name                varchar(100),
    scopes              varchar(100),
    secret_hash         varchar(64),
    requests_per_minute integer,
    enabled             boolean,
    created_at          timestamp(6) with time zone,
    created_by          varchar(50),
    primary key (id, rev)
);
