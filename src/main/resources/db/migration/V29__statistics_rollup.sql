-- 客诉统计 of a month up to a point in time (issue 17): the totals and breakdowns of the cases closed from the
-- month's start to counted_until, refreshed every night by the statistics timer. A month that is not final is
-- read from here and only the cases closed after counted_until are aggregated live.
create table statistics_rollup (
    report_month   varchar(7)      primary key,
    counted_until  timestamp(6) with time zone not null,
    figures        varchar(1000000) not null,
    computed_at    timestamp(6) with time zone not null,
    version        bigint          not null default 0
);
