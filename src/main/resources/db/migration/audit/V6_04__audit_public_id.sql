-- Audit entries are shown by a random public id: the sequential key, kept for ordering, would let one
-- side count the other's private entries from the gaps between the ids it sees.
alter table audit_entry add column public_id bigint;
update audit_entry set public_id = 1099511627776 + cast(floor(random() * 9006099743113215) as bigint);
alter table audit_entry alter column public_id set not null;
create unique index audit_entry_public_id on audit_entry (public_id);
