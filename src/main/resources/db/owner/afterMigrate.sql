-- Run by Flyway after every migration, only where the schema belongs to a separate owner role
-- (KESU_DB_OWNER): the application's own role (${appRole}) reads and writes the owner's tables, but the
-- history, the signatures, the download log and the security events are written once: it may add
-- rows to them, never change or remove them, whatever a bug or an injected statement asks for.
-- Only the owner's own tables and sequences: WildFly creates its timer table as the application's role.
do $$
declare
    owned record;
begin
    for owned in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'S') and pg_get_userbyid(c.relowner) = current_user loop
        if owned.relkind = 'S' then
            execute format('grant usage, select on sequence %I to %I', owned.relname, '${appRole}');
        elsif owned.relname = 'flyway_schema_history' then
            execute format('grant select on %I to %I', owned.relname, '${appRole}');
        elsif owned.relname like '%\_aud' or owned.relname in ('audit_revision', 'signature', 'slip_download', 'security_event', 'slip_archive', 'customer_contact', 'verification_lot', 'demo_signing_key', 'api_call') then
            execute format('grant select, insert on %I to %I', owned.relname, '${appRole}');
            execute format('revoke update, delete, truncate on %I from %I', owned.relname, '${appRole}');
        else
            execute format('grant select, insert, update, delete on %I to %I', owned.relname, '${appRole}');
        end if;
    end loop;
end
$$;
