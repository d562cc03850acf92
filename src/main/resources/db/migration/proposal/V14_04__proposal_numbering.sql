-- The last number given to each side's versions at each table (JOINT for joint agreements). A new
-- version takes the next one under this row's lock, so writers at one table wait their turn instead
-- of being refused.
create table proposal_numbering (
    table_id    bigint      not null,
    side        varchar(20) not null,
    last_number integer     not null,
    constraint proposal_numbering_pk primary key (table_id, side)
);
insert into proposal_numbering (table_id, side, last_number)
select table_id, coalesce(side, 'JOINT'), max(side_number) from proposal_version group by table_id, coalesce(side, 'JOINT');
