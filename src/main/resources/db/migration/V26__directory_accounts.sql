-- Sign-in with the company directory (issue 18): an account whose password is the directory's (LDAP / AD) keeps
-- no password of its own here. Written for both H2 (PostgreSQL mode) and PostgreSQL.

alter table app_user add column directory_account boolean not null default false;
alter table app_user alter column password_hash drop not null;
-- A local account always has its hash; only a directory account goes without.
alter table app_user add constraint ck_app_user_password check (directory_account or password_hash is not null);

alter table app_user_aud add column directory_account boolean;
