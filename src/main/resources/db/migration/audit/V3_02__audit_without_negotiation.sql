-- Some records belong to no negotiation (an imported agreement); their entries carry none.
alter table audit_entry alter column negotiation_id drop not null;
