-- The address a sign-in link was sent to: the proof a member's sign-in carries (a vote compares it with
-- the address it froze), whatever the roster says by the time the link is used.
alter table member_sign_in_link add column sent_to varchar(320);
