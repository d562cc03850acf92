package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;
import org.parley.platform.Side;

/** Several threads passed together as one offer: accepted whole (a TA on each) or rejected whole. */
public record ProposalPackage(long id, long tableId, Side side, long sessionId, LocalDate passedOn, String title,
                              Status status, LocalDate decidedOn, List<Item> items) {

    public enum Status { ON_THE_TABLE, ACCEPTED, REJECTED }

    public record Item(long threadId, String threadTitle, long versionId, String versionLabel) {
    }
}
