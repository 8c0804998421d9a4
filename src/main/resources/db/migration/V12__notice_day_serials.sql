-- Gap-free notice and document numbers per kind and day (issue 15, item 13.12): CB261202-1, -2 … instead of the
-- identity value, which refused and rolled-back inserts consumed (CB…-27, then -60). Notices issued before keep
-- their numbers: their day serial is their id, and a day's first new serial follows the highest it holds.
create table notice_serial (
    serial_key  varchar(12) primary key,
    last_serial integer     not null
);

alter table reminder add column day_serial integer;
alter table investigation add column day_serial integer;
alter table severity_notice add column day_serial integer;
alter table allowance_note add column day_serial integer;
alter table allowance_note_aud add column day_serial integer;
alter table return_note add column day_serial integer;
alter table return_note_aud add column day_serial integer;
alter table penalty_notice add column day_serial integer;

update reminder set day_serial = cast(id as integer);
update investigation set day_serial = cast(id as integer);
update severity_notice set day_serial = cast(id as integer);
update allowance_note set day_serial = cast(id as integer);
update return_note set day_serial = cast(id as integer);
update penalty_notice set day_serial = cast(id as integer);

-- The reminder scan numbers the rows it added: those without a serial, only ever its own (an index finds
-- them among millions; a partial index would be smaller, but H2 has none).
create index ix_reminder_day_serial on reminder (day_serial);
