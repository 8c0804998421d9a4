-- At execution the stay passes to the department a document waits for (issue 15, item 2). A stay that began
-- after the step's deadline is late from its own start, not from the deadline: the department that held the
-- case earlier answers for the time before. Earlier investigations were late from their deadline (null here).
alter table investigation add column late_from timestamp(6) with time zone;
