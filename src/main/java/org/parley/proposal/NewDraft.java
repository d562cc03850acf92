package org.parley.proposal;

import java.util.List;
import org.parley.contract.SectionChange;

/**
 * What a team writes into a draft. For a draft on a new subject, title (and article, economic)
 * name the thread it will open when passed; for a counter, threadId names the thread.
 */
public record NewDraft(Long threadId, String title, String article, Boolean economic, String language, String summary,
                       List<SectionChange> changes) {

    public List<SectionChange> changes() {
        return changes == null ? List.of() : changes;
    }
}
