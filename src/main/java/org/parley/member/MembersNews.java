package org.parley.member;

import java.time.Instant;
import java.util.List;
import org.parley.account.Viewer;

/**
 * What other modules put on the members' home page (bargaining updates, events). The member module
 * only declares it; a module that depends on this one implements it, so the home page shows its
 * items without this module depending on it.
 */
public interface MembersNews {

    /** Items for a member of this negotiation, newest or soonest first. */
    List<Item> forMember(Viewer viewer, RosterMember member);

    /**
     * @param section e.g. "Updates", "Coming up"
     * @param when    shown as it is, e.g. "17 March 2026" or "Thu 19 March, 18:00 (America/Los_Angeles)"
     * @param href    the page of the item
     * @param banner  null, or what the member must not miss, shown as a banner at the top of their home
     *                (an open vote: "Vote now", "You have voted")
     */
    record Item(String section, String title, String when, String summary, String href, Instant sortKey, String banner) {

        public Item(String section, String title, String when, String summary, String href, Instant sortKey) {
            this(section, title, when, summary, href, sortKey, null);
        }
    }
}
