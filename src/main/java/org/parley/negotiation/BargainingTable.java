package org.parley.negotiation;

import java.time.ZoneId;

/** A table of a negotiation. Carries its negotiation's time zone, which its sessions keep time in. */
public record BargainingTable(long id, long negotiationId, String name, TableKind kind, ZoneId timeZone) {
}
