-- "Was this helpful?": signed-in readers answer once per account; an anonymous answer records the
-- (hashed) network address it came from, so that fresh anonymous sessions cannot inflate the count.
alter table communication_feedback add column answered_from varchar(64);
create index communication_feedback_from on communication_feedback (update_id, answered_from, answered_at);
