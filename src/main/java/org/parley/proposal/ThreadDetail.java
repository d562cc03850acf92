package org.parley.proposal;

import java.util.List;

/** A thread with everything that happened on it, in order. */
public record ThreadDetail(ProposalThread thread, List<ProposalVersion> versions, List<Withdrawal> withdrawals,
                           List<TentativeAgreement> tentativeAgreements) {

    public ProposalVersion version(long versionId) {
        return versions.stream().filter(v -> v.id() == versionId).findFirst().orElse(null);
    }

    public ProposalVersion latest() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** The version a later one answers, or null for the opening proposal. */
    public ProposalVersion counterTo(ProposalVersion version) {
        ProposalVersion previous = null;
        for (ProposalVersion v : versions) {
            if (v.id() == version.id()) {
                return previous != null && previous.side() != version.side() ? previous : null;
            }
            previous = v;
        }
        return null;
    }

    public TentativeAgreement standingAgreement() {
        return tentativeAgreements.stream().filter(TentativeAgreement::standing).findFirst().orElse(null);
    }
}
