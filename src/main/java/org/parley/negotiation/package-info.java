/**
 * Negotiations: the parties, the bargaining units, the base agreement and its expiration date,
 * the tables and their teams. Owns the tables {@code party}, {@code negotiation},
 * {@code bargaining_unit}, {@code negotiation_table} and {@code table_team_member}, and the
 * countdown figure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Negotiation")
package org.parley.negotiation;
