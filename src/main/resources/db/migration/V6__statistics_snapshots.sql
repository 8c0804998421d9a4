-- 客诉案件统计表 snapshots: the month's figures as generated, frozen once the GM office confirms them.
create table statistics_snapshot (
    report_month  varchar(7)      primary key,
    figures       varchar(1000000) not null,
    generated_at  timestamp(6) with time zone not null,
    generated_by  varchar(50)     not null,
    confirmed_at  timestamp(6) with time zone,
    confirmed_by  varchar(50),
    version       bigint          not null default 0
);
