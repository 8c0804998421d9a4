-- Issue 17: the work lists sort by the step's due time and, among cases due at the same time, the newest first
-- (order by step_due_at, id desc). V22's indexes held id ascending, so PostgreSQL read every case due at the first
-- due times and sorted them (an incremental sort: 1,668 rows of the GM office's 5,005 for a page of 20, 34 ms). In
-- the sort's own order a page is its first 20 index entries.
drop index ix_complaint_worker;
create index ix_complaint_worker on complaint (holder_role, awaiting_countersign, step_due_at, id desc);
drop index ix_complaint_countersign;
create index ix_complaint_countersign on complaint (awaiting_countersign, current_step, step_due_at, id desc);
