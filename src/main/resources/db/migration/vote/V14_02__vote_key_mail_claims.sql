-- The voting-key queue is shared by every instance (platform.WorkQueue), like the update e-mail queue.
alter table vote_key_mail add column queued_at timestamp with time zone;
update vote_key_mail set queued_at = next_attempt_at;
alter table vote_key_mail alter column queued_at set not null;
alter table vote_key_mail add column claimed_by varchar(36);
alter table vote_key_mail add column claimed_until timestamp with time zone;
create index vote_key_mail_claim on vote_key_mail (claimed_by);

-- An elector may hold more than one working key of the same round: a key that was mailed is never
-- replaced by a later send (a send retried after a crash between sending and marking it sent mails a
-- second key, and both work; the elector still casts one ballot, as vote_voter's key decides). Only a
-- new round of keys, issued by the committee, takes the earlier ones away. The key's hash is the key.
create table vote_key_held (
    vote_id   bigint      not null references vote_vote (id),
    roster_id bigint      not null,
    key_hash  varchar(64) not null,
    constraint vote_key_held_pk primary key (key_hash)
);
insert into vote_key_held (vote_id, roster_id, key_hash) select vote_id, roster_id, key_hash from vote_key;
drop table vote_key;
alter table vote_key_held rename to vote_key;
create index vote_key_holder on vote_key (vote_id, roster_id);
