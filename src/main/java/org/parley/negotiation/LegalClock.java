package org.parley.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;

/**
 * The legal clock as pages of this module and the modules below the one that keeps it need it:
 * the contract's status (extensions and automatic renewals move its expiration), the next legal
 * deadline a viewer may see, and what happened to the term in a period, for the update draft.
 * This module only declares it; the module that keeps extensions, notices and deadlines implements
 * it, so the countdown everywhere says "extended" without this module depending on that one.
 */
public interface LegalClock {

    /** The agreement's state at a moment. Public, like the countdown: it says nothing a side keeps to itself. */
    State state(ContractTerm term, Instant at);

    /** The soonest deadline not yet met that the viewer may see, if any. */
    Optional<Deadline> nextDeadline(Viewer viewer, long negotiationId, Instant at);

    /** Sentences for a bargaining update on what happened to the term in [from, to], written from labor's side. */
    List<String> happenings(Viewer viewer, long negotiationId, LocalDate from, LocalDate to);

    /** Whether rules are known for a jurisdiction code such as {@code US_NLRA}. */
    boolean knowsJurisdiction(String code);

    /**
     * @param expiresAt the first moment the agreement is no longer in force, extensions and renewals applied
     * @param because   why the expiration moved, e.g. "extended by agreement accepted 28 September"; null if it did not
     */
    record State(ContractStatus status, ZonedDateTime expiresAt, String because) {
    }

    /**
     * @param dueBy       the last moment it can be met
     * @param explanation e.g. "§ 8(d)(3) notice to FMCS, due 30 days after the § 8(d)(1) notice of 4 August"
     */
    record Deadline(String label, ZonedDateTime dueBy, String explanation, String href) {
    }
}
