package org.parley.communication;

import org.parley.platform.Audience;

/**
 * @param startsAt "2026-03-19T18:00" (wall-clock time in {@code timeZone}) or with an offset
 * @param endsAt   optional, like startsAt
 * @param timeZone an IANA zone such as "America/Los_Angeles"; defaults to the negotiation's
 */
public record NewEvent(Long negotiationId, EventKind kind, String title, String startsAt, String endsAt, String timeZone,
                       String location, String virtualLink, String passcode, String description, Audience audience) {
}
