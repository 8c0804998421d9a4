-- Issue 14, containment as actions (SPEC section 7): each 8D action has a kind — the containment kinds with their own
-- figures (an affected shipped lot, a 暂停生产通知 with its signed release, a stock sorting's quantities, a recall
-- decision) and the D7 documents to update. Actions entered before kept their discipline: they become its "other".
alter table improvement_action add column kind varchar(30);
update improvement_action set kind = case discipline when 'CONTAINMENT' then 'OTHER_CONTAINMENT'
    when 'CORRECTIVE' then 'CORRECTIVE' else 'OTHER_PREVENTIVE' end;
alter table improvement_action alter column kind set not null;
alter table improvement_action add column lot_no varchar(40);
alter table improvement_action add column lot_quantity integer;
alter table improvement_action add column lot_location varchar(20);
alter table improvement_action add column sorted_quantity integer;
alter table improvement_action add column rejected_quantity integer;
alter table improvement_action add column released_quantity integer;
alter table improvement_action add column recall boolean;
alter table improvement_action add column released_by varchar(50);
alter table improvement_action add column released_at timestamp(6) with time zone;
alter table improvement_action add column release_reason varchar(2000);
-- The containment decision of a case is asked for by case, at QA's investigation.
create index ix_improvement_action_complaint on improvement_action (complaint_id, discipline);
-- D8: the closing opinion and the recognition of the team, kept with the 8D (and printed on its internal report).
alter table eight_d add column recognition varchar(2000);
