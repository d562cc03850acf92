package org.parley.proposal;

import java.time.LocalDate;
import org.parley.platform.Side;

/**
 * A version passed across the table.
 *
 * @param passedOn the day it was passed; defaults to the session's day (today, within a multi-day session)
 */
public record NewVersion(Side side, Long sessionId, String language, String summary, LocalDate passedOn) {
}
