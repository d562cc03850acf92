-- Each elector's e-mail address is frozen with the electorate: voting keys go to it, and a member signed
-- in by a link casts a ballot only if the link went to it. Votes defined before this migration take the
-- roster's address of the day (the one their keys were sent to).
alter table vote_elector add column email varchar(320);
update vote_elector set email = (select r.email from member_roster r where r.id = vote_elector.roster_id);

-- A member added after the freeze is named in the record only by a commitment: SHA-256 over the vote,
-- the member ID, the reason and this random salt, which the committee keeps (docs/VOTING.md).
alter table vote_elector add column added_salt varchar(64);

-- A roster address that changed for an elector while the vote is defined or open: PENDING until the
-- election committee accepts it with a reason (ACCEPTED), when the frozen address becomes the new one
-- and the old address is told. One row per vote and elector: the latest change.
create table vote_address_change (
    vote_id      bigint        not null references vote_vote (id),
    roster_id    bigint        not null,
    old_email    varchar(320),
    new_email    varchar(320),
    status       varchar(20)   not null,
    reason       varchar(1000),
    decided_by   varchar(200),
    requested_at timestamp with time zone not null,
    decided_at   timestamp with time zone,
    salt         varchar(64),
    primary key (vote_id, roster_id)
);
