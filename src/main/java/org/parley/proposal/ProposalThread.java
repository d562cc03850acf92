package org.parley.proposal;

/**
 * The subject proposals are passed on, e.g. "Paid time off" in Article 13.
 *
 * @param article the article reference as the teams write it, e.g. "Art. 13"; may be null
 */
public record ProposalThread(long id, long tableId, long negotiationId, String title, String article, boolean economic,
                             ThreadStatus status) {
}
