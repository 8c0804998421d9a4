-- Issue 16: a demo server's self-made signing keystore, kept in the shared database so that every node of a demo
-- cluster signs with one key (a production server names the company's keystore instead). One row, written once.
create table demo_signing_key (
    id          integer       primary key,
    keystore    bytea         not null,
    created_at  timestamp(6) with time zone not null,
    constraint ck_demo_signing_key_one check (id = 1)
);
