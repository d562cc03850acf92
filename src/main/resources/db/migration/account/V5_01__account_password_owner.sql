-- Who set a password matters to a vote: one an administrator set (or Parley at start-up) is known to
-- whoever set it, so it cannot be used to cast a ballot. password_owner_address is the e-mail address
-- the owner had proved (by a sign-in link) when they chose the password themselves; null otherwise.
alter table account add column password_owner_address varchar(320);

-- How the token's holder proved who they are when it was issued (account.SignInProof, stored form).
alter table account_token add column proof varchar(400);
