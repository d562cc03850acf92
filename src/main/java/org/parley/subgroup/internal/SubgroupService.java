package org.parley.subgroup.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.account.Account;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.session.BargainingSession;
import org.parley.session.Sessions;
import org.parley.subgroup.NewSubgroup;
import org.parley.subgroup.Participant;
import org.parley.subgroup.ParticipantRole;
import org.parley.subgroup.Subgroup;
import org.parley.subgroup.SubgroupFigures;
import org.parley.subgroup.SubgroupStatus;
import org.parley.subgroup.Subgroups;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SubgroupService implements Subgroups {

    private final SubgroupRepository repository;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    SubgroupService(SubgroupRepository repository, Negotiations negotiations, Sessions sessions, Accounts accounts, AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Subgroup charter(Viewer by, long tableId, NewSubgroup request) {
        by.requireOrganizer();
        BargainingTable table = negotiations.table(by, tableId);
        String name = ParleyException.requireText(request.name(), "The subgroup's name");
        if (name.length() > 200) {
            throw ParleyException.invalid("A subgroup's name has at most 200 characters.");
        }
        List<String> charge = request.charge().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        if (charge.stream().anyMatch(a -> a.length() > 500)) {
            throw ParleyException.invalid("Each area of the charge has at most 500 characters.");
        }
        List<Participant> participants = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        for (Side side : Side.values()) {
            List<Long> coLeads = request.coLeads().getOrDefault(side, List.of());
            if (coLeads.isEmpty() || coLeads.size() > 2) {
                throw ParleyException.invalid("A subgroup is led by one or two co-leads from each side; "
                        + side.label().toLowerCase() + " has " + coLeads.size() + ".");
            }
            for (Long id : coLeads) {
                participants.add(sideParticipant(id, side, ParticipantRole.CO_LEAD, named));
            }
            for (Long id : request.members().getOrDefault(side, List.of())) {
                participants.add(sideParticipant(id, side, ParticipantRole.MEMBER, named));
            }
        }
        for (Long id : request.facilitators()) {
            Account account = account(id, named);
            if (account.role().side() != null) {
                throw ParleyException.invalid(account.displayName() + " is on the " + account.role().side().label().toLowerCase()
                        + " team; a facilitator is neutral: choose an account on neither team.");
            }
            participants.add(new Participant(account.id(), account.displayName(), ParticipantRole.FACILITATOR, null, null, false));
        }
        long id = repository.insert(tableId, table.negotiationId(), name, Boolean.TRUE.equals(request.attributeOptions()), clock.instant());
        repository.insertCharge(id, charge);
        participants.forEach(p -> repository.insertParticipant(id, p));
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "subgroup", id, "chartered a subgroup",
                name + (charge.isEmpty() ? "" : ", tasked with " + String.join("; ", charge)) + "; co-leads "
                        + String.join(", ", participants.stream().filter(p -> p.role() == ParticipantRole.CO_LEAD)
                        .map(p -> p.name() + " (" + p.side().label().toLowerCase() + ")").toList())));
        return repository.find(id).orElseThrow();
    }

    private Participant sideParticipant(Long accountId, Side side, ParticipantRole role, Set<Long> named) {
        Account account = account(accountId, named);
        if (account.role().side() != side) {
            throw ParleyException.invalid(account.displayName() + " cannot be a " + role.label().toLowerCase() + " for "
                    + side.label().toLowerCase() + ": the account is " + account.role().label().toLowerCase()
                    + ". Members and co-leads speak for their own side.");
        }
        return new Participant(account.id(), account.displayName(), role, side, null, false);
    }

    private Account account(Long accountId, Set<Long> named) {
        long id = ParleyException.require(accountId, "Each participant's account (accountId)");
        Account account = accounts.byId(id).filter(Account::enabled)
                .orElseThrow(() -> ParleyException.invalid("There is no enabled account " + id + "."));
        if (!named.add(id)) {
            throw ParleyException.invalid(account.displayName() + " is named twice; a person takes part in a subgroup once.");
        }
        return account;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Subgroup> ofTable(Viewer viewer, long tableId) {
        if (!viewer.canSee(Audience.TABLE)) {
            // facilitators and observers see the subgroups they take part in, and nothing else of the table
            return repository.ofParticipant(viewer.accountId()).stream().filter(s -> s.tableId() == tableId)
                    .filter(s -> SubgroupPermissions.seesJointWork(viewer, s)).toList();
        }
        negotiations.table(viewer, tableId);
        return repository.ofTable(tableId);
    }

    /** The subgroups the viewer takes part in as facilitator or observer (their home page). */
    @Transactional(readOnly = true)
    List<Subgroup> taking(Viewer viewer) {
        return repository.ofParticipant(viewer.accountId()).stream().filter(s -> SubgroupPermissions.seesJointWork(viewer, s)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Subgroup get(Viewer viewer, long subgroupId) {
        return SubgroupPermissions.requireJointWork(viewer, existing(subgroupId));
    }

    Subgroup existing(long subgroupId) {
        return repository.find(subgroupId).orElseThrow(() -> ParleyException.notFound("There is no subgroup " + subgroupId + "."));
    }

    Subgroup locked(Viewer viewer, long subgroupId) {
        Subgroup subgroup = repository.lock(subgroupId).orElseThrow(() -> ParleyException.notFound("There is no subgroup " + subgroupId + "."));
        return SubgroupPermissions.requireJointWork(viewer, subgroup);
    }

    @Override
    @Transactional
    public Subgroup changeStatus(Viewer by, long subgroupId, SubgroupStatus status) {
        by.requireTeam();
        SubgroupStatus next = ParleyException.require(status, "The status (CHARTERED, WORKING, REPORTED or CLOSED)");
        Subgroup subgroup = locked(by, subgroupId);
        if (subgroup.status() == next) {
            return subgroup;
        }
        repository.updateStatus(subgroupId, next);
        audit.record(new AuditRecord(by, subgroup.negotiationId(), subgroup.tableId(), Audience.TABLE, "subgroup", subgroupId,
                "changed a subgroup's status", subgroup.name() + ": " + subgroup.status().label().toLowerCase() + " → "
                        + next.label().toLowerCase()));
        return repository.find(subgroupId).orElseThrow();
    }

    /** Marks a chartered subgroup as working once it takes up its first issue (same transaction as the issue). */
    void startWorking(Viewer by, Subgroup subgroup) {
        if (subgroup.status() == SubgroupStatus.CHARTERED) {
            repository.updateStatus(subgroup.id(), SubgroupStatus.WORKING);
            audit.record(new AuditRecord(by, subgroup.negotiationId(), subgroup.tableId(), Audience.TABLE, "subgroup", subgroup.id(),
                    "changed a subgroup's status", subgroup.name() + ": chartered → working (took up its first issue)"));
        }
    }

    @Override
    @Transactional
    public Subgroup attributeOptions(Viewer by, long subgroupId, boolean attribute) {
        by.requireTeam();
        Subgroup subgroup = locked(by, subgroupId);
        repository.updateAttribution(subgroupId, attribute);
        audit.record(new AuditRecord(by, subgroup.negotiationId(), subgroup.tableId(), Audience.TABLE, "subgroup", subgroupId,
                attribute ? "attributed options to sides" : "stopped attributing options", subgroup.name()));
        return repository.find(subgroupId).orElseThrow();
    }

    @Override
    @Transactional
    public Subgroup addObserver(Viewer by, long subgroupId, long accountId, String localUnion, boolean caucus) {
        if (by.side() != Side.LABOR && !by.isAdmin()) {
            throw ParleyException.forbidden("Observers are selected by their local unions: the labor team or an administrator names them.");
        }
        String local = ParleyException.requireText(localUnion, "The local union that selected the observer");
        Subgroup subgroup = locked(by, subgroupId);
        Account account = accounts.byId(accountId).filter(Account::enabled)
                .orElseThrow(() -> ParleyException.invalid("There is no enabled account " + accountId + "."));
        if (account.role() != Role.MEMBER) {
            throw ParleyException.invalid(account.displayName() + " is not a member's account; observers are members of the unit.");
        }
        try {
            repository.insertParticipant(subgroupId, new Participant(account.id(), account.displayName(), ParticipantRole.OBSERVER,
                    null, local.strip(), caucus));
        } catch (DuplicateKeyException e) {
            throw ParleyException.conflict(account.displayName() + " already takes part in this subgroup.");
        }
        audit.record(new AuditRecord(by, subgroup.negotiationId(), subgroup.tableId(), Audience.TABLE, "subgroup", subgroupId,
                "named an observer", account.displayName() + " (" + local.strip() + (caucus ? ", attends the labor caucus" : "") + ")"));
        return repository.find(subgroupId).orElseThrow();
    }

    @Override
    @Transactional
    public Subgroup addMeeting(Viewer by, long subgroupId, long sessionId) {
        by.requireTeam();
        Subgroup subgroup = locked(by, subgroupId);
        BargainingSession session = sessions.get(by, sessionId);
        if (session.tableId() != subgroup.tableId()) {
            throw ParleyException.invalid("Session " + sessionId + " belongs to another table; a subgroup meets at sessions of its own table.");
        }
        if (subgroup.meetingSessionIds().contains(sessionId)) {
            return subgroup;
        }
        repository.insertMeeting(subgroupId, sessionId);
        audit.record(new AuditRecord(by, subgroup.negotiationId(), subgroup.tableId(), Audience.TABLE, "subgroup", subgroupId,
                "recorded a subgroup meeting", subgroup.name() + " met at the session of " + session.date()));
        return repository.find(subgroupId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SubgroupFigures> figures(Viewer viewer, long tableId) {
        List<Subgroup> subgroups = ofTable(viewer, tableId);
        Map<Long, long[]> counts = repository.counts(tableId);
        return subgroups.stream().map(s -> {
            long[] c = counts.getOrDefault(s.id(), new long[6]);
            return new SubgroupFigures(s.id(), s.name(), s.status(), c[0], c[1], c[2], c[3], c[4], c[5]);
        }).toList();
    }
}
