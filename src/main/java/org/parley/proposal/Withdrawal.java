package org.parley.proposal;

import java.time.LocalDate;
import org.parley.platform.Side;

public record Withdrawal(long id, long threadId, Side side, LocalDate withdrawnOn, String recordedBy) {
}
