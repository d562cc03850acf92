package org.parley.proposal;

import java.util.List;

/** Everything passed and agreed at a table, for figures and charts. */
public record TableExchanges(long tableId, List<ProposalThread> threads, List<ProposalVersion> versions,
                             List<TentativeAgreement> tentativeAgreements) {
}
