-- 结案归档 (issue 15, item 9): the signed slip as it was at closing, byte for byte. Later downloads of a closed
-- case return it and 稽核 compares a file brought back with it. On PostgreSQL the application's role may add
-- an archive but never change or remove one (db/owner/afterMigrate.sql). Cases closed before keep none: their
-- slips are rendered as before.
create table slip_archive (
    complaint_id bigint       primary key references complaint (id),
    pdf          bytea        not null,
    sha256       varchar(64)  not null,
    case_version bigint       not null,
    archived_at  timestamp(6) with time zone not null
);
