package org.parley.term;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A picket shift at a location.
 *
 * @param mine  whether the signed-in member is signed up
 * @param names who signed up, for the labor team only (empty for members)
 */
public record PicketShift(long id, long negotiationId, String location, ZonedDateTime startsAt, ZonedDateTime endsAt, String captain,
                          int slots, int signedUp, String note, boolean mine, List<String> names) {

    public int open() {
        return Math.max(0, slots - signedUp);
    }
}
