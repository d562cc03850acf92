package org.parley.proposal;

import java.time.Instant;
import java.time.LocalDate;
import org.parley.platform.Side;

/** Who walked a TA back, when and why. The TA itself is kept. */
public record WalkBack(Side side, LocalDate walkedBackOn, String reason, String recordedBy, Instant recordedAt) {
}
