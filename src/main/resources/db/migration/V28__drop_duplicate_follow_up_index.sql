-- V22's ix_complaint_follow_up (followup_at, closed_at, id) answers every query V7's index did, which only cost
-- every write to complaint its upkeep (issue 17).
drop index ix_complaint_followup;
