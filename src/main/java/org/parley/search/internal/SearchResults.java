package org.parley.search.internal;

import java.util.List;
import org.parley.account.Viewer;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.Proposals;
import org.parley.session.BargainingSession;
import org.parley.session.SessionNote;
import org.parley.session.Sessions;
import org.springframework.stereotype.Component;

/** What one search found, each list already filtered to what the viewer may see. */
record SearchResults(String query, List<ProposalThread> threads, List<SessionNote> notes, List<BargainingSession> sessions) {

    static final int LIMIT = 50;

    @Component
    static class Finder {

        private final Proposals proposals;
        private final Sessions sessions;

        Finder(Proposals proposals, Sessions sessions) {
            this.proposals = proposals;
            this.sessions = sessions;
        }

        SearchResults find(Viewer viewer, String query) {
            return new SearchResults(query.strip(), proposals.search(viewer, query, LIMIT),
                    sessions.searchNotes(viewer, query, LIMIT), sessions.searchSessions(viewer, query, LIMIT));
        }
    }
}
