-- Every department attaches at its own step (issue 15, item 6): the step of the case when the file came.
-- Files attached before were business's; their step was not recorded.
alter table attachment add column step varchar(30);
