-- 成品退货单 呈经(副)理批示后 送成品仓储 (seed 001, 第十三条; issue 15, item 12): the business manager's release
-- before the warehouse takes the goods in. A note issued before this still waits for it (status ISSUED).
alter table return_note add column released_by varchar(50);
alter table return_note add column released_at timestamp(6) with time zone;
alter table return_note_aud add column released_by varchar(50);
alter table return_note_aud add column released_at timestamp(6) with time zone;

-- A return delivered in several shipments has a note for each, within the approved quantity (issue 15, item 12).
alter table return_note drop constraint uq_return_note_disposition;
create index ix_return_note_complaint on return_note (complaint_id, disposition);
