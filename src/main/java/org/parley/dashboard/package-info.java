/**
 * The negotiation dashboard and the table figures: it owns no table, and reads the
 * negotiation, session and proposal modules through their facades to put the figures teams
 * report every day side by side (countdown, day at the table, time at the table vs caucus,
 * proposals passed per side, TAs).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.parley.dashboard;
