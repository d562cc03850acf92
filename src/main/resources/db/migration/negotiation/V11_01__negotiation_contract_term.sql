-- The legal clock's facts of the term (module negotiation): the hour and zone the agreement ends at
-- (null hour = midnight at the end of expiration_date; null zone = the negotiation's), the jurisdiction
-- whose rules apply, and whether the employer is a health care institution / this is a first contract.
alter table negotiation add column expiration_time time;
alter table negotiation add column expiration_zone varchar(60);
alter table negotiation add column jurisdiction varchar(40) default 'US_NLRA' not null;
alter table negotiation add column health_care_institution boolean default false not null;
alter table negotiation add column first_contract boolean default false not null;
