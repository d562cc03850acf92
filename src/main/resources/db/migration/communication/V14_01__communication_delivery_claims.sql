-- The update e-mail queue is shared by every instance (platform.WorkQueue): a batch is claimed by one
-- instance (claimed_by) until claimed_until, when rows it did not finish are due again; queued_at says
-- how long a message has waited (the parley.queue.oldest.age.seconds metric).
alter table communication_delivery add column queued_at timestamp with time zone;
update communication_delivery set queued_at = next_attempt_at;
alter table communication_delivery alter column queued_at set not null;
alter table communication_delivery add column claimed_by varchar(36);
alter table communication_delivery add column claimed_until timestamp with time zone;
create index communication_delivery_claim on communication_delivery (claimed_by);
