package org.parley.term;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.parley.platform.Audience;
import org.parley.platform.Side;

/**
 * A notice served (or planned by one side). A planned notice is that side's record alone; once served
 * it is the table's.
 *
 * @param kind           a notice kind of the negotiation's jurisdiction (e.g. {@code MODIFICATION_8D1}) or {@code CUSTOM}
 * @param recipients     who it is served on, as written
 * @param servedAt       when it was (or, planned, is to be) served
 * @param method         how: hand delivery, certified mail, e-mail, FMCS online F-7…
 * @param location       the institution or worksite, for a per-location notice (§ 8(g))
 * @param actionStartsAt the date and time the action will begin, for a strike notice
 */
public record Notice(long id, long negotiationId, String kind, String title, Side servedBy, String recipients, Instant servedAt,
                     String method, String location, ZonedDateTime actionStartsAt, boolean planned, Audience audience,
                     String recordedBy, Instant recordedAt) {
}
