-- Ending access must hold at once on every instance that shares this database: each signed-in
-- request compares its principal's epoch with this column (a primary-key lookup); disabling an
-- account, or taking a member's standing away, adds one and deletes the account's API tokens.
alter table account add column access_epoch integer not null default 0;
create index account_token_account on account_token (account_id);
