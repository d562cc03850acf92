package org.parley.proposal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.account.Viewer;
import org.parley.contract.SectionChange;
import org.parley.contract.ThreadsTouchingSections;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import org.parley.proposal.TableExchanges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the agreement pages which threads change which of its sections, through their passed versions. */
@Component
class SectionLinks implements ThreadsTouchingSections {

    private final Negotiations negotiations;
    private final Proposals proposals;

    SectionLinks(Negotiations negotiations, Proposals proposals) {
        this.negotiations = negotiations;
        this.proposals = proposals;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<ThreadLink>> threadsTouching(Viewer viewer, long agreementId) {
        Map<String, List<ThreadLink>> links = new LinkedHashMap<>();
        if (!viewer.canSee(Audience.TABLE)) {
            return links;
        }
        for (Negotiation negotiation : negotiations.list(viewer)) {
            if (!Objects.equals(negotiation.baseAgreementId(), agreementId)) {
                continue;
            }
            for (var table : negotiations.tables(viewer, negotiation.id())) {
                TableExchanges exchanges = proposals.exchanges(viewer, table.id());
                Map<Long, ProposalThread> threads = new LinkedHashMap<>();
                exchanges.threads().forEach(t -> threads.put(t.id(), t));
                for (ProposalVersion version : exchanges.versions()) {
                    for (SectionChange change : version.changes()) {
                        ProposalThread thread = threads.get(version.threadId());
                        List<ThreadLink> list = links.computeIfAbsent(change.section(), k -> new ArrayList<>());
                        if (list.stream().noneMatch(l -> l.threadId() == thread.id())) {
                            list.add(new ThreadLink(thread.id(), thread.title(), thread.status().label()));
                        }
                    }
                }
            }
        }
        return links;
    }
}
