-- Issue 15, item 4. An execution document can be voided (作废): its issuer asks with a reason, the case's approver
-- countersigns; when the customer does not accept the conclusion, the case closes as 客户不接受，转新单 and its
-- open documents are voided with that reason. A voided note stays, shown and printed as 作废, and no longer
-- counts against the approved amount or quantity, so a voided allowance note's disposition may have a new one.
alter table allowance_note add column void_reason varchar(2000);
alter table allowance_note add column void_requested_by varchar(50);
alter table allowance_note add column void_requested_at timestamp(6) with time zone;
alter table allowance_note add column voided_by varchar(50);
alter table allowance_note add column voided_at timestamp(6) with time zone;
alter table allowance_note_aud add column void_reason varchar(2000);
alter table allowance_note_aud add column void_requested_by varchar(50);
alter table allowance_note_aud add column void_requested_at timestamp(6) with time zone;
alter table allowance_note_aud add column voided_by varchar(50);
alter table allowance_note_aud add column voided_at timestamp(6) with time zone;
alter table return_note add column void_reason varchar(2000);
alter table return_note add column void_requested_by varchar(50);
alter table return_note add column void_requested_at timestamp(6) with time zone;
alter table return_note add column voided_by varchar(50);
alter table return_note add column voided_at timestamp(6) with time zone;
alter table return_note_aud add column void_reason varchar(2000);
alter table return_note_aud add column void_requested_by varchar(50);
alter table return_note_aud add column void_requested_at timestamp(6) with time zone;
alter table return_note_aud add column voided_by varchar(50);
alter table return_note_aud add column voided_at timestamp(6) with time zone;
alter table allowance_note drop constraint uq_allowance_note_disposition;
create index ix_allowance_note_complaint on allowance_note (complaint_id, disposition);
