/**
 * Subgroups (subcommittees) of a table and the interest-based bargaining they do: each subgroup has a
 * charge, co-leads and members from both sides, neutral facilitators and observers; it takes up issues,
 * states interests, generates options, judges them against criteria and checks for consensus; its
 * recommendations are reported to the full table at a check-in and approved there as TAs in one act
 * (through {@code proposal}'s facade, which keeps the TAs). Owns the {@code subgroup_*} tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subgroup")
package org.parley.subgroup;
