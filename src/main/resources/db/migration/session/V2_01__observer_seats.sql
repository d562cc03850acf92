-- Seats a session offers members who sign up to observe (the sign-ups are the member module's).
alter table bargaining_session add column observer_seats integer not null default 0;
