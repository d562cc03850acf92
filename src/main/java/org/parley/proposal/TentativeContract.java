package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;
import org.parley.contract.Agreement;
import org.parley.contract.AppliedChanges;

/**
 * All standing TAs of a negotiation applied to its base agreement: the document members will
 * ratify. Walked-back TAs are left out; conflicting changes to one section are reported, not applied.
 *
 * @param withoutSectionChanges standing TAs whose language states no section changes, so Parley cannot place
 *                              them in the text; listed so that nobody assumes they are in it
 */
public record TentativeContract(long negotiationId, String negotiationName, Agreement base, LocalDate asOf,
                                AppliedChanges.Result result, List<AppliedChanges.Source> withoutSectionChanges,
                                int standing, int walkedBack) {
}
