package org.parley.term;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What must still be done for an action at a target moment and locations, and whether it can be lawful.
 *
 * @param lawful   true when every constraint allows the target, assuming every step is done in time
 * @param blockers why the target cannot be kept (a period not over, a notice that can no longer be served in time)
 */
public record StrikePlan(ZonedDateTime target, List<String> locations, String action, boolean lawful, List<Step> steps,
                         List<String> blockers, String disclaimer) {

    /** @param by the last day to do it; {@code done} when the record shows it done */
    public record Step(String what, LocalDate by, String basis, boolean done) {
    }
}
