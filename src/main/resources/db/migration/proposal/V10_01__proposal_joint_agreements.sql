-- A joint version is the language a subgroup reached by consensus, approved by the full table: it is
-- passed by neither side, so its side is null (its label is "J-n", the table's n-th joint version).
alter table proposal_version alter column side drop not null;
-- Where a thread came from when neither side opened it: the subgroup whose recommendation it is.
alter table proposal_thread add column origin varchar(300);
