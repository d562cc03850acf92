-- Sign-in link requests per network address (stored as a SHA-256 hash), counted in the database so that
-- every instance counts the same requests: a window opens with an address's first request and holds a
-- count until it ends; the next request after that opens a new window.
create table member_sign_in_request (
    address_hash varchar(64)              not null,
    window_start timestamp with time zone not null,
    requests     integer                  not null,
    constraint member_sign_in_request_pk primary key (address_hash)
);
