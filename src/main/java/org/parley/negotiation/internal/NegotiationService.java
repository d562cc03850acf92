package org.parley.negotiation.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.contract.Contracts;
import java.time.Instant;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.ContractStatus;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.Countdown;
import org.parley.negotiation.LegalClock;
import org.springframework.beans.factory.ObjectProvider;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationChanges;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.NewNegotiation;
import org.parley.negotiation.TableKind;
import org.parley.negotiation.TeamMember;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NegotiationService implements Negotiations {

    private final NegotiationRepository repository;
    private final Contracts contracts;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<LegalClock> legalClock;

    NegotiationService(NegotiationRepository repository, Contracts contracts, AuditTrail audit, Clock clock,
            ObjectProvider<LegalClock> legalClock) {
        this.repository = repository;
        this.contracts = contracts;
        this.audit = audit;
        this.clock = clock;
        this.legalClock = legalClock;
    }

    @Override
    @Transactional
    public Negotiation create(Viewer by, NewNegotiation request) {
        by.requireOrganizer();
        String name = ParleyException.requireText(request.name(), "A negotiation's name");
        var expiration = ParleyException.require(request.expirationDate(),
                "The expiration date of the agreement being negotiated");
        ZoneId zone = zone(request.timeZone());
        String baseName = blankToNull(request.baseAgreementName());
        if (request.baseAgreementId() != null) {
            String agreementName = contracts.get(by, request.baseAgreementId()).name();
            baseName = baseName == null ? agreementName : baseName;
        }
        long id = repository.insertNegotiation(name, repository.party(blankToNull(request.unionName()), "UNION"),
                repository.party(blankToNull(request.employerName()), "EMPLOYER"), baseName, request.baseAgreementId(),
                expiration, zone, clock.instant());
        for (var unit : request.units() == null ? List.<NewNegotiation.NewUnit>of() : request.units()) {
            if (unit.memberCount() != null && unit.memberCount() < 0) {
                throw ParleyException.invalid("A bargaining unit cannot have a negative member count.");
            }
            repository.insertUnit(id, ParleyException.requireText(unit.name(), "A bargaining unit's name"), unit.memberCount());
        }
        audit.record(new AuditRecord(by, id, null, Audience.TABLE, "negotiation", id, "set up the negotiation",
                name + ", agreement expires " + expiration));
        return repository.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Negotiation update(Viewer by, long negotiationId, NegotiationChanges changes) {
        by.requireOrganizer();
        Negotiation current = get(by, negotiationId);
        String name = changes.name() == null ? current.name() : ParleyException.requireText(changes.name(), "A negotiation's name");
        String union = changes.unionName() == null ? current.unionName() : blankToNull(changes.unionName());
        String employer = changes.employerName() == null ? current.employerName() : blankToNull(changes.employerName());
        String base = changes.baseAgreementName() == null ? current.baseAgreementName() : blankToNull(changes.baseAgreementName());
        Long baseId = current.baseAgreementId();
        if (changes.baseAgreementId() != null) {
            String agreementName = contracts.get(by, changes.baseAgreementId()).name();
            baseId = changes.baseAgreementId();
            base = changes.baseAgreementName() == null ? agreementName : base;
        }
        var expiration = changes.expirationDate() == null ? current.expirationDate() : changes.expirationDate();
        ZoneId zone = changes.timeZone() == null ? current.timeZone() : zone(changes.timeZone());
        ContractTerm termBefore = term(negotiationId);
        TermFacts facts = TermFacts.of(termBefore, changes, zone);
        if (facts.expirationDate() != null && changes.expirationDate() == null) {
            expiration = facts.expirationDate();
        }
        if (changes.jurisdiction() != null && legalClock.getIfAvailable() != null
                && !legalClock.getObject().knowsJurisdiction(facts.jurisdiction())) {
            throw ParleyException.invalid("There are no legal clock rules for the jurisdiction '" + changes.jurisdiction().strip()
                    + "'; use US_NLRA, or add that jurisdiction's rules first.");
        }
        repository.updateNegotiation(negotiationId, name, repository.party(union, "UNION"), repository.party(employer, "EMPLOYER"),
                base, baseId, expiration, zone);
        repository.updateTerm(negotiationId, expiration, facts.expirationTime(), facts.expirationZone(), facts.jurisdiction(),
                facts.healthCareInstitution(), facts.firstContract());
        ContractTerm termAfter = term(negotiationId);
        audit.record(new AuditRecord(by, negotiationId, null, Audience.TABLE, "negotiation", negotiationId,
                "changed the negotiation", describeChanges(current, name, union, employer, base, expiration, zone)
                        + (java.util.Objects.equals(baseId, current.baseAgreementId()) ? "" : "; base agreement id: " + baseId)
                        + TermFacts.describe(termBefore, termAfter)));
        return repository.find(negotiationId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Negotiation> list(Viewer viewer) {
        return repository.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Negotiation get(Viewer viewer, long negotiationId) {
        ParleyException.require(viewer, "A signed-in account");
        return publicView(negotiationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Negotiation publicView(long negotiationId) {
        return repository.find(negotiationId)
                .orElseThrow(() -> ParleyException.notFound("There is no negotiation " + negotiationId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public ContractTerm term(long negotiationId) {
        return repository.term(negotiationId)
                .orElseThrow(() -> ParleyException.notFound("There is no negotiation " + negotiationId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public Countdown countdown(long negotiationId, Instant at) {
        ContractTerm term = term(negotiationId);
        LegalClock clockKeeper = legalClock.getIfAvailable();
        LegalClock.State state = clockKeeper != null ? clockKeeper.state(term, at)
                : new LegalClock.State(ContractStatus.IN_FORCE, term.expiresAt(), null);
        return Countdown.at(state, at);
    }

    @Override
    @Transactional
    public BargainingTable addTable(Viewer by, long negotiationId, String name, TableKind kind) {
        by.requireOrganizer();
        get(by, negotiationId);
        long id = repository.insertTable(negotiationId, ParleyException.requireText(name, "A table's name"),
                ParleyException.require(kind, "A table's kind (NATIONAL or LOCAL)"));
        audit.record(new AuditRecord(by, negotiationId, id, Audience.TABLE, "table", id, "added a table",
                name + " (" + kind.label().toLowerCase() + ")"));
        return repository.table(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BargainingTable> tables(Viewer viewer, long negotiationId) {
        viewer.requireSee(Audience.TABLE);
        get(viewer, negotiationId);
        return repository.tables(negotiationId);
    }

    @Override
    @Transactional(readOnly = true)
    public String tableName(Viewer viewer, long tableId) {
        if (!viewer.canSee(Audience.TABLE)) {
            viewer.requireSee(Audience.MEMBERS);
        }
        BargainingTable table = repository.table(tableId).orElseThrow(() -> ParleyException.notFound("There is no table " + tableId + "."));
        return table.name();
    }

    @Override
    @Transactional(readOnly = true)
    public BargainingTable table(Viewer viewer, long tableId) {
        viewer.requireSee(Audience.TABLE);
        return repository.table(tableId).orElseThrow(() -> ParleyException.notFound("There is no table " + tableId + "."));
    }

    @Override
    @Transactional
    public TeamMember addTeamMember(Viewer by, long tableId, Side side, String name, String title) {
        by.requireOrganizer();
        BargainingTable table = table(by, tableId);
        Side checkedSide = ParleyException.require(side, "The team member's side (LABOR or MANAGEMENT)");
        String checkedName = ParleyException.requireText(name, "The team member's name");
        long id = repository.insertTeamMember(tableId, checkedSide, checkedName, blankToNull(title));
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "table", tableId,
                "added a team member", checkedName + " (" + checkedSide.label() + (title == null || title.isBlank() ? "" : ", " + title.strip()) + ")"));
        return new TeamMember(id, tableId, checkedSide, checkedName, blankToNull(title));
    }

    @Override
    @Transactional
    public void removeTeamMember(Viewer by, long tableId, long teamMemberId) {
        by.requireOrganizer();
        BargainingTable table = table(by, tableId);
        TeamMember member = repository.team(tableId).stream().filter(m -> m.id() == teamMemberId).findFirst()
                .orElseThrow(() -> ParleyException.notFound("That person is not on this table's teams."));
        repository.deleteTeamMember(tableId, teamMemberId);
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "table", tableId,
                "removed a team member", member.name() + " (" + member.side().label() + ")"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TeamMember> team(Viewer viewer, long tableId) {
        table(viewer, tableId);
        return repository.team(tableId);
    }

    private ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return clock.getZone();
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw ParleyException.invalid("'" + timeZone + "' is not a time zone; use a name such as America/Chicago.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String describeChanges(Negotiation before, String name, String union, String employer, String base,
            java.time.LocalDate expiration, ZoneId zone) {
        var changed = new StringBuilder();
        append(changed, "name", before.name(), name);
        append(changed, "union", before.unionName(), union);
        append(changed, "employer", before.employerName(), employer);
        append(changed, "base agreement", before.baseAgreementName(), base);
        append(changed, "expiration date", before.expirationDate(), expiration);
        append(changed, "time zone", before.timeZone(), zone);
        return changed.isEmpty() ? "no change" : changed.toString();
    }

    private static void append(StringBuilder changed, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            if (!changed.isEmpty()) {
                changed.append("; ");
            }
            changed.append(field).append(": ").append(before == null ? "—" : before).append(" → ").append(after == null ? "—" : after);
        }
    }
}
