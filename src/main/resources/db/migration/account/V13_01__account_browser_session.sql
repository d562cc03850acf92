-- Browser sessions (Spring Session JDBC), so that any instance serves any request of a signed-in browser.
-- The columns are Spring Session's own (its schema-postgresql.sql); Parley's migrations make them, so that
-- Spring Session never changes the schema itself (spring.session.jdbc.initialize-schema=never). Times are
-- milliseconds since the epoch, on the real clock; expired rows are deleted by each instance's cleanup job
-- (a plain delete by expiry time: two instances running it at once delete the same rows, harmlessly).
create table account_browser_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint account_browser_session_pk primary key (primary_id)
);
create unique index account_browser_session_id on account_browser_session (session_id);
create index account_browser_session_expiry on account_browser_session (expiry_time);
create index account_browser_session_principal on account_browser_session (principal_name);

-- A session's attributes (the signed-in account, the CSRF token, flash messages, import previews), each
-- stored Java-serialized.
create table account_browser_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint account_browser_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint account_browser_session_attributes_session foreign key (session_primary_id)
        references account_browser_session (primary_id) on delete cascade
);
