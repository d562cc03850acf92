-- A previewed upload waiting for its importer to correct and confirm it. Kept in the database (not
-- the HTTP session) so that any instance can serve the next step; removed when saved, or after a day.
create table contract_import_draft (
    token        varchar(36)  primary key,
    account_id   bigint       not null,
    name         varchar(300) not null,
    kind         varchar(20)  not null,
    filename     varchar(300) not null,
    content      bytea        not null,
    corrections  varchar(30000) not null,
    created_at   timestamp with time zone not null
);
create index contract_import_draft_created on contract_import_draft (created_at);
