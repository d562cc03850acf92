-- Voting keys sent by e-mail: one row per vote and elector with an e-mail address. The key itself
-- is never stored: the sender makes it just before the message goes and keeps only its hash in
-- vote_key, so a key that was lost in a failed send is simply replaced by the next attempt's.
-- status: QUEUED, SENT, FAILED (permanently, or the vote closed first).
create table vote_key_mail (
    vote_id         bigint        not null references vote_vote (id),
    roster_id       bigint        not null,
    email           varchar(320)  not null,
    name            varchar(200)  not null,
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    primary key (vote_id, roster_id)
);
create index vote_key_mail_due on vote_key_mail (status, next_attempt_at);
