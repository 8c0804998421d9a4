-- The company's working calendar: holidays on weekdays and make-up working days (调休) on weekends.
create table calendar_day (
    calendar_date date        primary key,
    kind varchar(20)  not null,
    name varchar(100) not null
);

create table calendar_day_aud (
    calendar_date date   not null,
    rev     bigint   not null references audit_revision (id),
    revtype smallint,
    kind    varchar(20),
    name    varchar(100),
    primary key (calendar_date, rev)
);
