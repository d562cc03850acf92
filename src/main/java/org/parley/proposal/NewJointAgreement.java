package org.parley.proposal;

import java.util.List;
import org.parley.contract.SectionChange;

/**
 * Language both sides reached together outside the exchange of proposals (a subgroup's recommendation,
 * reached by consensus), for the full table to approve as a TA.
 *
 * @param origin    where it came from, e.g. the subgroup's name; shown with the thread
 * @param language  the recommendation's text: contract language, or a commitment without contract language
 * @param changes   its changes to the base agreement, section by section; empty for a commitment
 * @param sessionId the session of the full table at which it was reported (the check-in)
 */
public record NewJointAgreement(String title, String origin, String language, List<SectionChange> changes, boolean economic,
                                long sessionId) {

    public NewJointAgreement {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
