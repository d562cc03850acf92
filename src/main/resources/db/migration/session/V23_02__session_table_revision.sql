-- A counter per table that every write to its sessions or their ledgers raises in its own transaction (platform
-- Revisions): the table's sessions and ledger are read again only when they changed, on any instance.
create table session_table_revision (
    table_id bigint not null primary key,
    revision bigint not null
);
