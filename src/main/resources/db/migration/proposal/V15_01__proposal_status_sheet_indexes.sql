-- The status sheet and the dashboard read a national table (750 threads, 3,000 versions) through these:
-- each thread's first, latest and next-to-latest version passed at the table, its standing TA, and the
-- per-day counts of each side's proposals and of TAs, all found by index rather than by reading the table.
create index proposal_version_table_thread on proposal_version (table_id, thread_id, number);
create index proposal_version_table_side on proposal_version (table_id, side, passed_on);
create index tentative_agreement_table on tentative_agreement (table_id, thread_id, signed_on);
create index proposal_thread_table_status on proposal_thread (table_id, status);
