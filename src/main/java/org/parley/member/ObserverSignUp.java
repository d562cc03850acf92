package org.parley.member;

import java.time.Instant;

/** A member signed up to observe a session; seated or waitlisted is computed from the order of sign-ups. */
public record ObserverSignUp(long id, long sessionId, long rosterId, String name, ObserverStatus status,
                             int waitlistPosition, Instant signedUpAt) {
}
