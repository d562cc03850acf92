package org.parley.term;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.parley.negotiation.ContractStatus;

/**
 * The legal clock of a negotiation on a day, for one side: the agreement's status, every deadline
 * and the earliest lawful start of that side's action (a strike for labor, a lockout for management).
 *
 * @param daysWithoutContract null unless expired
 * @param expiresAt           the first moment without a contract, extensions and renewals applied
 * @param action              "strike" or "lockout"
 * @param counting            the counting convention, as the jurisdiction's rules state it
 */
public record Deadlines(long negotiationId, LocalDate asOf, String jurisdiction, ContractStatus status, Long daysWithoutContract,
                        ZonedDateTime expiresAt, String expiration, List<Deadline> deadlines, String action,
                        ZonedDateTime earliestLawfulStrikeStart, List<Constraint> constraints, String counting,
                        List<String> sources, String disclaimer) {

    public static final String DISCLAIMER = "These dates are a calculation from the record, not legal advice: confirm every one with counsel.";
}
