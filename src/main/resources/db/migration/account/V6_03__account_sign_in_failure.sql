-- Failed sign-ins, counted in the database so that every instance sees the same counts. A row per
-- (username, address) pair slows that pair down; a row per address (username '*') caps what one
-- address may try across usernames. The address is stored as a SHA-256 hash.
create table account_sign_in_failure (
    username        varchar(80) not null,
    address_hash    varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamp with time zone not null,
    constraint account_sign_in_failure_pk primary key (username, address_hash)
);
