package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;
import org.parley.contract.SectionChange;
import org.parley.platform.Side;

/**
 * A package passed across the table.
 *
 * @param items one a thread: with language or changes, a new version is passed on the thread as part of the
 *              package; without, the thread's latest version (passed by the same side) is bundled into it
 */
public record NewPackage(Side side, Long sessionId, String title, LocalDate passedOn, List<Item> items) {

    public record Item(Long threadId, String language, String summary, List<SectionChange> changes) {

        public List<SectionChange> changes() {
            return changes == null ? List.of() : changes;
        }

        public boolean bundlesLatest() {
            return (language == null || language.isBlank()) && changes().isEmpty();
        }
    }

    public List<Item> items() {
        return items == null ? List.of() : items;
    }
}
