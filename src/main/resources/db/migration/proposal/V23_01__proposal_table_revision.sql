-- A counter per table that every write changing what was passed or agreed at the table (a thread opened, referred,
-- withdrawn, agreed or walked back; a version recorded) raises in its own transaction: the table's tally is read
-- again only when it moved, on any instance sharing the database.
create table proposal_table_revision (
    table_id bigint not null primary key,
    revision bigint not null
);
insert into proposal_table_revision (table_id, revision)
select distinct table_id, 1 from proposal_thread;
