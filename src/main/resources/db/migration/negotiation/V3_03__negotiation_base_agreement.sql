-- The imported agreement the negotiation bargains over (contract module); no foreign key across modules.
alter table negotiation add column base_agreement_id bigint;
