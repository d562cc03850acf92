package org.parley.subgroup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.proposal.NewJointAgreement;
import org.parley.proposal.Proposals;
import org.parley.proposal.TentativeAgreement;
import org.parley.proposal.VersionRedline;
import org.parley.session.BargainingSession;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.parley.subgroup.ApprovedRecommendation;
import org.parley.subgroup.Consensus;
import org.parley.subgroup.NewRecommendation;
import org.parley.subgroup.Recommendation;
import org.parley.subgroup.RecommendationStatus;
import org.parley.subgroup.Recommendations;
import org.parley.subgroup.Subgroup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecommendationService implements Recommendations {

    private final RecommendationRepository repository;
    private final SubgroupService subgroups;
    private final WorkspaceService workspaces;
    private final Proposals proposals;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    RecommendationService(RecommendationRepository repository, SubgroupService subgroups, WorkspaceService workspaces, Proposals proposals,
            Negotiations negotiations, Sessions sessions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.subgroups = subgroups;
        this.workspaces = workspaces;
        this.proposals = proposals;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Recommendation draft(Viewer by, long subgroupId, NewRecommendation request) {
        by.requireTeam();
        Subgroup subgroup = subgroups.locked(by, subgroupId);
        String title = WorkspaceService.limited(ParleyException.requireText(request.title(), "The recommendation's title"), 300,
                "A recommendation's title");
        String text = ParleyException.requireText(request.text(),
                "The recommendation's text (the commitment, or what its contract language does)").strip();
        if (text.length() > 1_000_000) {
            throw ParleyException.invalid("A recommendation's text has at most 1,000,000 characters.");
        }
        if (request.optionId() != null) {
            if (workspaces.subgroupOfOption(by, request.optionId()) != subgroupId) {
                throw ParleyException.invalid("Option " + request.optionId() + " belongs to another subgroup.");
            }
            Consensus consensus = workspaces.consensusOf(subgroup, request.optionId());
            if (consensus == null || !consensus.reached()) {
                throw ParleyException.conflict("Option " + request.optionId() + " has not reached consensus"
                        + (consensus == null ? " (no consensus check yet)" : consensus.blocked() ? " (it is blocked)"
                        : " (not yet heard: " + String.join(", ", consensus.notYetHeard()) + ")")
                        + "; a recommendation is drafted from an option everyone can live with.");
            }
        }
        // checks the section changes against the base agreement, as a proposal's are
        proposals.jointRedline(by, subgroup.tableId(), text, request.changes());
        long id = repository.insert(subgroupId, subgroup.tableId(), request.optionId(), title, text,
                Boolean.TRUE.equals(request.economic()), by.displayName(), clock.instant());
        repository.insertChanges(id, request.changes().stream().map(c -> new org.parley.contract.SectionChange(c.op(), c.section().strip(),
                c.newNumber() == null ? null : c.newNumber().strip(), c.title() == null || c.title().isBlank() ? null : c.title().strip(),
                c.text())).toList());
        record(by, subgroup.negotiationId(), subgroup.tableId(), id, "drafted a recommendation", subgroup.name() + ": " + title
                + (request.changes().isEmpty() ? " (a commitment)" : " (contract language, " + request.changes().size() + " section changes)"));
        return repository.find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Recommendation get(Viewer viewer, long recommendationId) {
        Recommendation recommendation = repository.find(recommendationId)
                .orElseThrow(() -> ParleyException.notFound("There is no recommendation " + recommendationId + "."));
        subgroups.get(viewer, recommendation.subgroupId());
        return recommendation;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recommendation> ofSubgroup(Viewer viewer, long subgroupId) {
        subgroups.get(viewer, subgroupId);
        return repository.ofSubgroup(subgroupId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recommendation> ofTable(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        return repository.ofTable(tableId);
    }

    @Override
    @Transactional
    public Recommendation report(Viewer by, long recommendationId, long checkInSessionId) {
        by.requireTeam();
        Recommendation recommendation = lockedOne(by, recommendationId);
        if (recommendation.status() != RecommendationStatus.DRAFTED && recommendation.status() != RecommendationStatus.SENT_BACK) {
            throw ParleyException.conflict("'" + recommendation.title() + "' is already " + recommendation.status().label().toLowerCase() + ".");
        }
        BargainingSession checkIn = sessions.get(by, checkInSessionId);
        if (checkIn.tableId() != recommendation.tableId()) {
            throw ParleyException.invalid("Session " + checkInSessionId + " belongs to another table; a subgroup reports to its own full table.");
        }
        if (checkIn.status() == SessionStatus.CANCELLED) {
            throw ParleyException.invalid("The session of " + checkIn.date() + " was cancelled; nothing was reported at it.");
        }
        repository.report(recommendationId, checkInSessionId, checkIn.date());
        record(by, null, recommendation.tableId(), recommendationId, "reported a recommendation at a check-in",
                recommendation.subgroupName() + ": " + recommendation.title() + " on " + checkIn.date());
        return repository.find(recommendationId).orElseThrow();
    }

    @Override
    @Transactional
    public Recommendation sendBack(Viewer by, long recommendationId, String reason) {
        by.requireTeam();
        String why = WorkspaceService.limited(ParleyException.requireText(reason, "The reason for sending it back"), 2000, "A reason");
        Recommendation recommendation = lockedOne(by, recommendationId);
        if (recommendation.status() != RecommendationStatus.REPORTED) {
            throw ParleyException.conflict("Only a recommendation reported to the full table can be sent back; '"
                    + recommendation.title() + "' is " + recommendation.status().label().toLowerCase() + ".");
        }
        repository.sendBack(recommendationId, why);
        record(by, null, recommendation.tableId(), recommendationId, "sent a recommendation back to its subgroup",
                recommendation.subgroupName() + ": " + recommendation.title() + "; reason: " + why);
        return repository.find(recommendationId).orElseThrow();
    }

    @Override
    @Transactional
    public List<ApprovedRecommendation> approve(Viewer by, long tableId, List<Long> recommendationIds, LocalDate date,
            String laborInitials, String managementInitials) {
        by.requireTeam();
        BargainingTable table = negotiations.table(by, tableId);
        if (recommendationIds == null || recommendationIds.isEmpty()) {
            throw ParleyException.invalid("Name the recommendations to approve (recommendationIds).");
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(recommendationIds));
        if (ids.contains(null)) {
            throw ParleyException.invalid("A recommendation id is missing in the batch.");
        }
        Map<Long, Recommendation> found = new LinkedHashMap<>();
        repository.lock(ids).forEach(r -> found.put(r.id(), r));
        List<Map<String, Object>> refused = new ArrayList<>();
        for (Long id : ids) {
            Recommendation r = found.get(id);
            String why = r == null || r.tableId() != tableId ? "there is no such recommendation at this table"
                    : r.status() == RecommendationStatus.APPROVED ? "it was already approved (TA " + r.tentativeAgreementId() + ")"
                    : r.status() != RecommendationStatus.REPORTED ? "it has not been reported at a check-in"
                    + (r.status() == RecommendationStatus.SENT_BACK ? " since it was sent back" : "")
                    : r.optionId() != null && workspaces.blocked(r.optionId()) ? "its option is blocked: " + blocks(by, r) : null;
            if (why != null) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("recommendationId", id);
                problem.put("title", r == null || r.tableId() != tableId ? null : r.title());
                problem.put("reason", why);
                refused.add(problem);
            }
        }
        if (!refused.isEmpty()) {
            String names = String.join("; ", refused.stream().map(p -> (p.get("title") == null ? "recommendation " + p.get("recommendationId")
                    : "'" + p.get("title") + "' (recommendation " + p.get("recommendationId") + ")") + ": " + p.get("reason")).toList());
            throw new ParleyException(ParleyException.Kind.CONFLICT, "The batch cannot be approved, so nothing was approved. " + names + ".",
                    Map.of("refused", refused));
        }
        List<Recommendation> batch = ids.stream().map(found::get).toList();
        List<TentativeAgreement> agreements = proposals.approveJointAgreements(by, tableId, batch.stream()
                .map(r -> new NewJointAgreement(r.title(), r.subgroupName(), r.text(), r.changes(), r.economic(), r.checkInSessionId()))
                .toList(), date, laborInitials, managementInitials);
        List<ApprovedRecommendation> approved = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Recommendation r = batch.get(i);
            TentativeAgreement ta = agreements.get(i);
            repository.approve(r.id(), ta.id());
            approved.add(new ApprovedRecommendation(r.id(), ta.id(), ta.threadId(), r.title(), r.subgroupName(), ta.signedOn(),
                    ta.laborInitials(), ta.managementInitials()));
        }
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "table", tableId,
                "approved recommendations as tentative agreements", approved.size() + " recommendations on "
                        + agreements.get(0).signedOn() + ": " + String.join("; ", approved.stream().map(a -> a.title() + " (TA " + a.tentativeAgreementId() + ")").toList())));
        return approved;
    }

    private String blocks(Viewer by, Recommendation r) {
        Consensus consensus = workspaces.consensusOf(subgroups.get(by, r.subgroupId()), r.optionId());
        return consensus == null ? "blocked" : String.join(", ", consensus.blocks().stream()
                .map(b -> b.name() + " (" + b.reason() + ")").toList());
    }

    @Override
    @Transactional(readOnly = true)
    public VersionRedline redline(Viewer viewer, long recommendationId) {
        Recommendation recommendation = get(viewer, recommendationId);
        return proposals.jointRedline(viewer, recommendation.tableId(), recommendation.text(), recommendation.changes());
    }

    private Recommendation lockedOne(Viewer by, long recommendationId) {
        List<Recommendation> locked = repository.lock(List.of(recommendationId));
        if (locked.isEmpty()) {
            throw ParleyException.notFound("There is no recommendation " + recommendationId + ".");
        }
        subgroups.get(by, locked.get(0).subgroupId());
        return locked.get(0);
    }

    private void record(Viewer by, Long negotiationId, long tableId, long id, String action, String details) {
        long negotiation = negotiationId != null ? negotiationId : negotiations.table(by, tableId).negotiationId();
        audit.record(new AuditRecord(by, negotiation, tableId, Audience.TABLE, "recommendation", id, action, details));
    }
}
