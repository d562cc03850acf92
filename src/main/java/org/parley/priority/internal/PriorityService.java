package org.parley.priority.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.priority.Priorities;
import org.parley.priority.Priority;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.Proposals;
import org.parley.proposal.TableExchanges;
import org.parley.subgroup.Subgroup;
import org.parley.subgroup.Subgroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PriorityService implements Priorities {

    private final PriorityRepository repository;
    private final Negotiations negotiations;
    private final Proposals proposals;
    private final Subgroups subgroups;
    private final AuditTrail audit;
    private final Clock clock;

    PriorityService(PriorityRepository repository, Negotiations negotiations, Proposals proposals, Subgroups subgroups, AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.negotiations = negotiations;
        this.proposals = proposals;
        this.subgroups = subgroups;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Priority add(Viewer by, long tableId, String title, String source, Integer rank) {
        by.requireTeam();
        BargainingTable table = negotiations.table(by, tableId);
        String name = ParleyException.requireText(title, "The priority").strip();
        if (name.length() > 300) {
            throw ParleyException.invalid("A priority has at most 300 characters.");
        }
        String from = source == null || source.isBlank() ? null : source.strip();
        if (from != null && from.length() > 1000) {
            throw ParleyException.invalid("Where a priority comes from has at most 1,000 characters.");
        }
        if (rank != null && rank < 1) {
            throw ParleyException.invalid("A rank is 1 or more (1 is the highest).");
        }
        int place = rank != null ? rank : repository.nextRank(tableId, by.side());
        long id = repository.insert(tableId, table.negotiationId(), by.side(), place, name, from, clock.instant());
        record(by, table.negotiationId(), tableId, id, "added a bargaining priority", "#" + place + " " + name);
        return assemble(by, repository.find(id, by.side()).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Priority> ofTable(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        if (!viewer.onTeam()) {
            return List.of();
        }
        return repository.ofTable(tableId, viewer.side()).stream().map(row -> assemble(viewer, row)).toList();
    }

    @Override
    @Transactional
    public Priority recordAnswer(Viewer by, long priorityId, String text, LocalDate date) {
        PriorityRepository.Row row = own(by, priorityId);
        String answer = ParleyException.requireText(text, "The other side's answer").strip();
        if (answer.length() > 4000) {
            throw ParleyException.invalid("An answer has at most 4,000 characters.");
        }
        LocalDate on = date != null ? date : LocalDate.now(clock.withZone(negotiations.table(by, row.tableId()).timeZone()));
        repository.insertAnswer(priorityId, on, answer, by.displayName(), clock.instant());
        record(by, row.negotiationId(), row.tableId(), priorityId, "recorded the other side's answer", row.title() + " on " + on);
        return assemble(by, row);
    }

    @Override
    @Transactional
    public Priority changeStatus(Viewer by, long priorityId, Priority.Status status) {
        Priority.Status next = ParleyException.require(status, "The status (OPEN, ADDRESSED, ACHIEVED or DROPPED)");
        PriorityRepository.Row row = own(by, priorityId);
        repository.updateStatus(priorityId, next);
        record(by, row.negotiationId(), row.tableId(), priorityId, "changed a priority's status", row.title() + ": " + next.name().toLowerCase());
        return assemble(by, repository.find(priorityId, by.side()).orElseThrow());
    }

    @Override
    @Transactional
    public Priority link(Viewer by, long priorityId, Priority.LinkKind kind, long targetId) {
        Priority.LinkKind what = ParleyException.require(kind, "What addresses it (THREAD, SUBGROUP or TENTATIVE_AGREEMENT)");
        PriorityRepository.Row row = own(by, priorityId);
        if (label(by, row.tableId(), what, targetId) == null) {
            throw ParleyException.invalid("There is no " + what.name().toLowerCase().replace('_', ' ') + " " + targetId + " at this priority's table.");
        }
        if (repository.insertLink(priorityId, what, targetId)) {
            record(by, row.negotiationId(), row.tableId(), priorityId, "tied a priority to what addresses it",
                    row.title() + " ← " + what.name().toLowerCase().replace('_', ' ') + " " + targetId);
        }
        return assemble(by, row);
    }

    private PriorityRepository.Row own(Viewer by, long priorityId) {
        by.requireTeam();
        // another side's priority answers exactly as one that does not exist
        return repository.find(priorityId, by.side()).orElseThrow(() -> ParleyException.notFound("There is no priority " + priorityId + "."));
    }

    private Priority assemble(Viewer viewer, PriorityRepository.Row row) {
        List<Priority.Link> links = repository.links(row.id()).stream()
                .map(l -> new Priority.Link(l.kind(), l.targetId(), label(viewer, row.tableId(), l.kind(), l.targetId()))).toList();
        return new Priority(row.id(), row.tableId(), row.side(), row.rank(), row.title(), row.source(), row.status(),
                repository.latestAnswer(row.id()).orElse(null), links);
    }

    /** The label of a thread, subgroup or TA of the table, or null when it is not one of the table's. */
    private String label(Viewer viewer, long tableId, Priority.LinkKind kind, long targetId) {
        return switch (kind) {
            case SUBGROUP -> subgroups.ofTable(viewer, tableId).stream().filter(s -> s.id() == targetId).map(Subgroup::name)
                    .findFirst().orElse(null);
            case THREAD, TENTATIVE_AGREEMENT -> {
                TableExchanges exchanges = proposals.exchanges(viewer, tableId);
                Map<Long, String> titles = exchanges.threads().stream().collect(Collectors.toMap(ProposalThread::id, ProposalThread::title));
                if (kind == Priority.LinkKind.THREAD) {
                    yield titles.get(targetId);
                }
                yield exchanges.tentativeAgreements().stream().filter(ta -> ta.id() == targetId)
                        .map(ta -> "TA " + ta.id() + ": " + titles.getOrDefault(ta.threadId(), "thread " + ta.threadId())).findFirst().orElse(null);
            }
        };
    }

    private void record(Viewer by, long negotiationId, long tableId, long id, String action, String details) {
        audit.record(new AuditRecord(by, negotiationId, tableId, Audience.of(by.side()), "priority", id, action, details));
    }
}
