-- Deadline reminders become a durable queue shared by every instance (platform.WorkQueue): a reminder
-- is queued once (the unique key decides, whatever the number of instances), with its message, and
-- then claimed and sent like update e-mails. Rows written before this were sent.
-- status: QUEUED, SENT, FAILED.
alter table term_reminder_sent add column status varchar(20) default 'SENT' not null;
alter table term_reminder_sent add column attempts integer default 0 not null;
alter table term_reminder_sent add column queued_at timestamp with time zone;
alter table term_reminder_sent add column next_attempt_at timestamp with time zone;
alter table term_reminder_sent add column claimed_by varchar(36);
alter table term_reminder_sent add column claimed_until timestamp with time zone;
alter table term_reminder_sent add column subject varchar(1000);
alter table term_reminder_sent add column body text;
alter table term_reminder_sent add column last_error varchar(1000);
update term_reminder_sent set queued_at = sent_at, next_attempt_at = sent_at;
alter table term_reminder_sent alter column queued_at set not null;
alter table term_reminder_sent alter column next_attempt_at set not null;
alter table term_reminder_sent alter column sent_at drop not null;
create index term_reminder_due on term_reminder_sent (status, next_attempt_at);
create index term_reminder_claim on term_reminder_sent (claimed_by);
