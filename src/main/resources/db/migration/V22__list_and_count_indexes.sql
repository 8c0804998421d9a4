-- Issue 17: indexes for what every page asks, measured at a million cases on PostgreSQL (PagesBench).

-- 待办案件: a role's own steps in due order (the GM office's page of 20 rows: 10 ms with a bitmap scan and a sort
-- of every matching row, 3 ms in index order) ...
create index ix_complaint_worker on complaint (holder_role, awaiting_countersign, step_due_at, id);
-- ... and the steps waiting for the role's countersignature (QA manager's half of its list: 5.6 ms reading the
-- whole holder index, a few hundredths of a millisecond here).
create index ix_complaint_countersign on complaint (awaiting_countersign, current_step, step_due_at);

-- 客诉统计: the accepted open cases whose quantities the customer is still processing; the count read the whole
-- table on every render (146-190 ms), now a short range of this index.
create index ix_complaint_quantities_pending on complaint (quantities_pending, closed_at);

-- The GM office's inbox count on every page: closed cases still without 回访 within the horizon, counted from the
-- index alone (53 ms with the heap, 22 ms without, where two hundred thousand closed cases wait for theirs).
create index ix_complaint_follow_up on complaint (followup_at, closed_at, id);
