package org.parley.subgroup.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.subgroup.Consensus;
import org.parley.subgroup.IbbIssue;
import org.parley.subgroup.InterestSide;
import org.parley.subgroup.Participant;
import org.parley.subgroup.Rating;
import org.parley.subgroup.SideNote;
import org.parley.subgroup.Stance;
import org.parley.subgroup.Subgroup;
import org.parley.subgroup.Workspaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class WorkspaceService implements Workspaces {

    private static final List<String> ITEM_TYPES = List.of("subgroup", "issue", "interest", "option", "recommendation");

    private final WorkspaceRepository repository;
    private final SubgroupService subgroups;
    private final AuditTrail audit;
    private final Clock clock;

    WorkspaceService(WorkspaceRepository repository, SubgroupService subgroups, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.subgroups = subgroups;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IbbIssue addIssue(Viewer by, long subgroupId, String title, String statement) {
        Subgroup subgroup = subgroups.locked(by, subgroupId);
        SubgroupPermissions.requireWork(by, subgroup);
        String name = limited(ParleyException.requireText(title, "The issue's title"), 300, "An issue's title");
        String text = limited(ParleyException.requireText(statement, "The issue statement"), 4000, "An issue statement");
        long id = repository.insertIssue(subgroupId, name, text, clock.instant());
        subgroups.startWorking(by, subgroup);
        record(by, subgroup, "issue", id, "took up an issue", name);
        return issue(by, id);
    }

    @Override
    @Transactional(readOnly = true)
    public IbbIssue issue(Viewer viewer, long issueId) {
        WorkspaceRepository.IssueHead head = repository.issueHead(issueId)
                .orElseThrow(() -> ParleyException.notFound("There is no issue " + issueId + "."));
        Subgroup subgroup = subgroups.get(viewer, head.subgroupId());
        return assemble(subgroup, head);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IbbIssue> issues(Viewer viewer, long subgroupId) {
        Subgroup subgroup = subgroups.get(viewer, subgroupId);
        return repository.issueHeads(subgroupId).stream().map(h -> assemble(subgroup, h)).toList();
    }

    private IbbIssue assemble(Subgroup subgroup, WorkspaceRepository.IssueHead head) {
        List<IbbIssue.Option> options = repository.options(head.id()).stream()
                .map(o -> new IbbIssue.Option(o.id(), o.text(), subgroup.attributeOptions() ? o.side() : null,
                        repository.assessments(o.id()), consensusOf(subgroup, o.id())))
                .toList();
        return new IbbIssue(head.id(), head.subgroupId(), head.title(), head.statement(), repository.interests(head.id()), options,
                repository.criteria(head.id()));
    }

    @Override
    @Transactional
    public IbbIssue.Interest addInterest(Viewer by, long issueId, InterestSide side, String text) {
        InterestSide whose = ParleyException.require(side, "Whose interest it is (LABOR, MANAGEMENT or SHARED)");
        String interest = limited(ParleyException.requireText(text, "The interest"), 4000, "An interest");
        Subgroup subgroup = workingOn(by, issueId);
        long id = repository.insertInterest(issueId, whose, interest);
        record(by, subgroup, "interest", id, "stated an interest", whose.name().toLowerCase() + ": " + interest);
        return new IbbIssue.Interest(id, whose, interest);
    }

    @Override
    @Transactional
    public IbbIssue.Option addOption(Viewer by, long issueId, String text) {
        String option = limited(ParleyException.requireText(text, "The option"), 4000, "An option");
        Subgroup subgroup = workingOn(by, issueId);
        // options belong to the room, not to a side, unless the subgroup chose to attribute them
        Side side = subgroup.attributeOptions() ? by.side() : null;
        long id = repository.insertOption(issueId, option, side, clock.instant());
        record(by, subgroup, "option", id, "added an option", option);
        return new IbbIssue.Option(id, option, side, Map.of(), null);
    }

    @Override
    @Transactional
    public IbbIssue.Criterion addCriterion(Viewer by, long issueId, String text) {
        String criterion = limited(ParleyException.requireText(text, "The criterion"), 1000, "A criterion");
        Subgroup subgroup = workingOn(by, issueId);
        long id = repository.insertCriterion(issueId, criterion);
        record(by, subgroup, "criterion", id, "agreed a criterion", criterion);
        return new IbbIssue.Criterion(id, criterion);
    }

    @Override
    @Transactional
    public IbbIssue.Assessment assess(Viewer by, long optionId, long criterionId, Rating rating, String note) {
        Rating value = ParleyException.require(rating, "The rating (MEETS, PARTLY or DOES_NOT_MEET)");
        WorkspaceRepository.OptionRow option = existingOption(optionId);
        Subgroup subgroup = workingOn(by, option.issueId());
        if (repository.criteria(option.issueId()).stream().noneMatch(c -> c.id() == criterionId)) {
            throw ParleyException.invalid("Criterion " + criterionId + " is not a criterion of this option's issue.");
        }
        String text = note == null || note.isBlank() ? null : limited(note.strip(), 2000, "An assessment's note");
        repository.saveAssessment(optionId, criterionId, value, text);
        record(by, subgroup, "option", optionId, "assessed an option", value.label() + " criterion " + criterionId
                + (text == null ? "" : ": " + text));
        return new IbbIssue.Assessment(criterionId, value, text);
    }

    @Override
    @Transactional
    public Consensus startConsensusCheck(Viewer by, long optionId, List<Long> presentAccountIds) {
        WorkspaceRepository.OptionRow option = lockedOption(optionId);
        Subgroup subgroup = subgroupOfIssue(by, option.issueId());
        if (!SubgroupPermissions.runsChecks(by, subgroup) && !by.onTeam()) {
            throw ParleyException.forbidden("A co-lead, a facilitator or a bargaining team runs a consensus check.");
        }
        List<Long> present = new ArrayList<>();
        if (presentAccountIds == null || presentAccountIds.isEmpty()) {
            subgroup.deciders().forEach(p -> present.add(p.accountId()));
        } else {
            for (Long id : presentAccountIds) {
                Participant p = SubgroupPermissions.decider(subgroup, ParleyException.require(id, "Each present participant's account"));
                if (!present.contains(p.accountId())) {
                    present.add(p.accountId());
                }
            }
        }
        repository.replacePresent(optionId, present);
        record(by, subgroup, "option", optionId, "started a consensus check", present.size() + " present: "
                + String.join(", ", present.stream().map(id -> subgroup.participant(id).orElseThrow().name()).toList()));
        return consensusOf(subgroup, optionId);
    }

    @Override
    @Transactional
    public Consensus stateStance(Viewer by, long optionId, Long forAccountId, Stance stance, String reason) {
        Stance value = ParleyException.require(stance, "The stance (SUPPORT, CAN_LIVE_WITH, STAND_ASIDE or BLOCK)");
        String why = reason == null || reason.isBlank() ? null : limited(reason.strip(), 2000, "A reason");
        if (value == Stance.BLOCK && why == null) {
            throw ParleyException.invalid("A block needs a reason: say what in the option you cannot live with.");
        }
        WorkspaceRepository.OptionRow option = lockedOption(optionId);
        Subgroup subgroup = subgroupOfIssue(by, option.issueId());
        long accountId = forAccountId == null ? by.accountId() : forAccountId;
        if (accountId != by.accountId() && !SubgroupPermissions.runsChecks(by, subgroup)) {
            throw ParleyException.forbidden("Only a co-lead or a facilitator running the check records another participant's stance.");
        }
        Participant participant = SubgroupPermissions.decider(subgroup, accountId);
        repository.saveStance(optionId, accountId, value, why, by.displayName(), clock.instant());
        repository.addPresent(optionId, accountId);
        record(by, subgroup, "option", optionId, "stated a stance", participant.name() + ": " + value.label()
                + (why == null ? "" : " (" + why + ")") + (accountId == by.accountId() ? "" : ", recorded by " + by.displayName()));
        return consensusOf(subgroup, optionId);
    }

    @Override
    @Transactional(readOnly = true)
    public Consensus consensus(Viewer viewer, long optionId) {
        WorkspaceRepository.OptionRow option = existingOption(optionId);
        return consensusOf(subgroupOfIssue(viewer, option.issueId()), optionId);
    }

    /** The consensus check on an option, or null before anyone was present or stated a stance. */
    Consensus consensusOf(Subgroup subgroup, long optionId) {
        List<Long> present = repository.present(optionId);
        Map<Long, Consensus.StatedStance> stated = repository.stances(optionId);
        if (present.isEmpty() && stated.isEmpty()) {
            return null;
        }
        List<Consensus.Present> people = present.stream().map(id -> new Consensus.Present(id, name(subgroup, id))).toList();
        List<Consensus.StatedStance> named = stated.values().stream()
                .map(s -> new Consensus.StatedStance(s.accountId(), name(subgroup, s.accountId()), s.stance(), s.reason())).toList();
        return Consensus.of(optionId, people, named);
    }

    private static String name(Subgroup subgroup, long accountId) {
        return subgroup.participant(accountId).map(Participant::name).orElse("Account " + accountId);
    }

    /** Whether an option's consensus check holds a block (a recommendation from it cannot be approved). */
    boolean blocked(long optionId) {
        return repository.blocked(optionId);
    }

    @Override
    @Transactional(readOnly = true)
    public long subgroupOfOption(Viewer viewer, long optionId) {
        return subgroupOfIssue(viewer, existingOption(optionId).issueId()).id();
    }

    @Override
    @Transactional(readOnly = true)
    public long issueOfOption(Viewer viewer, long optionId) {
        WorkspaceRepository.OptionRow option = existingOption(optionId);
        subgroupOfIssue(viewer, option.issueId());
        return option.issueId();
    }

    @Override
    @Transactional
    public SideNote addNote(Viewer by, long subgroupId, String itemType, long itemId, String text) {
        by.requireTeam();
        Subgroup subgroup = subgroups.get(by, subgroupId);
        String type = itemType == null ? "" : itemType.strip().toLowerCase();
        if (!ITEM_TYPES.contains(type)) {
            throw ParleyException.invalid("A note is written on a subgroup, issue, interest, option or recommendation.");
        }
        if (!repository.itemBelongs(subgroupId, type, itemId)) {
            throw ParleyException.invalid("There is no " + type + " " + itemId + " in this subgroup.");
        }
        String note = limited(ParleyException.requireText(text, "The note"), 4000, "A note");
        long id = repository.insertNote(subgroupId, type, itemId, by.side(), note, by.displayName(), clock.instant());
        audit.record(new AuditRecord(by, subgroup.negotiationId(), subgroup.tableId(), Audience.of(by.side()), "subgroup", subgroupId,
                "wrote a side note", type + " " + itemId));
        return repository.notes(subgroupId, by.side()).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SideNote> notes(Viewer viewer, long subgroupId) {
        Subgroup subgroup = subgroups.get(viewer, subgroupId);
        Side side = SubgroupPermissions.notesSide(viewer, subgroup);
        return side == null ? List.of() : repository.notes(subgroupId, side);
    }

    private Subgroup workingOn(Viewer by, long issueId) {
        Subgroup subgroup = subgroupOfIssue(by, issueId);
        SubgroupPermissions.requireWork(by, subgroup);
        return subgroup;
    }

    private Subgroup subgroupOfIssue(Viewer viewer, long issueId) {
        WorkspaceRepository.IssueHead head = repository.issueHead(issueId)
                .orElseThrow(() -> ParleyException.notFound("There is no issue " + issueId + "."));
        return subgroups.get(viewer, head.subgroupId());
    }

    private WorkspaceRepository.OptionRow existingOption(long optionId) {
        return repository.option(optionId).orElseThrow(() -> ParleyException.notFound("There is no option " + optionId + "."));
    }

    private WorkspaceRepository.OptionRow lockedOption(long optionId) {
        return repository.lockOption(optionId).orElseThrow(() -> ParleyException.notFound("There is no option " + optionId + "."));
    }

    private void record(Viewer by, Subgroup subgroup, String type, long id, String action, String details) {
        audit.record(new AuditRecord(by, subgroup.negotiationId(), subgroup.tableId(), Audience.TABLE, "subgroup-" + type, id, action,
                subgroup.name() + ": " + details));
    }

    static String limited(String text, int max, String what) {
        String value = text.strip();
        if (value.length() > max) {
            throw ParleyException.invalid(what + " has at most " + String.format("%,d", max) + " characters.");
        }
        return value;
    }
}
