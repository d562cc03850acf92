package org.parley.proposal;

/**
 * The subject proposals are passed on, e.g. "Paid time off" in Article 13.
 *
 * @param article the article reference as the teams write it, e.g. "Art. 13"; may be null
 * @param origin  null for a thread a side opened; for a recommendation the full table approved, the name of
 *                the subgroup it came from ("AI and technology")
 */
public record ProposalThread(long id, long tableId, long negotiationId, String title, String article, boolean economic,
                             ThreadStatus status, String origin) {

    public ProposalThread(long id, long tableId, long negotiationId, String title, String article, boolean economic,
            ThreadStatus status) {
        this(id, tableId, negotiationId, title, article, economic, status, null);
    }
}
