-- Run by Flyway after every migration, only where the schema belongs to a separate owner role
-- (KESU_DB_OWNER): the application's own role (${appRole}) reads and writes the tables, but the
-- history, the signatures, the download log and the security events are written once: it may add
-- rows to them, never change or remove them, whatever a bug or an injected statement asks for.
grant select, insert, update, delete on all tables in schema public to "${appRole}";
grant usage, select on all sequences in schema public to "${appRole}";
revoke insert, update, delete, truncate on flyway_schema_history from "${appRole}";
do $$
declare
    kept record;
begin
    for kept in select tablename from pg_tables where schemaname = 'public'
            and (tablename like '%\_aud' or tablename in ('audit_revision', 'signature', 'slip_download', 'security_event')) loop
        execute format('revoke update, delete, truncate on %I from %I', kept.tablename, '${appRole}');
    end loop;
end
$$;
