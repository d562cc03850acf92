package org.parley.costing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.costing.CostingModel;
import org.parley.costing.Costings;
import org.parley.costing.MemberOutlook;
import org.parley.costing.ModelCosting;
import org.parley.costing.NewModel;
import org.parley.costing.OfferGap;
import org.parley.costing.Position;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.Scenario;
import org.parley.costing.ScheduleRate;
import org.parley.costing.Term;
import org.parley.costing.VersionEconomics;
import org.parley.costing.WorkforceImport;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import org.parley.proposal.ThreadDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CostingService implements Costings {

    private static final int SAMPLE = 20;

    /** The upload's file part, in the page's form and the API's multipart body: a file that cannot be read is refused beside it. */
    static final String FILE = "file";

    private final CostingRepository repository;
    private final CostingPermissions permissions;
    private final Offers offers;
    private final Negotiations negotiations;
    private final Proposals proposals;
    private final Roster roster;
    private final AuditTrail audit;
    private final Clock clock;

    CostingService(CostingRepository repository, CostingPermissions permissions, Offers offers, Negotiations negotiations,
                   Proposals proposals, Roster roster, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.permissions = permissions;
        this.offers = offers;
        this.negotiations = negotiations;
        this.proposals = proposals;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- models ----

    @Override
    @Transactional
    public CostingModel createModel(Viewer by, NewModel model) {
        by.requireTeam();
        if (model.side() != null && model.side() != by.side()) {
            throw ParleyException.forbidden("A team makes costing models for its own side only.");
        }
        negotiations.get(by, model.negotiationId());
        String name = ParleyException.requireText(model.name(), "name", "The model's name");
        if (name.length() > 200) {
            throw ParleyException.invalidField("name", "The model's name is longer than 200 characters.");
        }
        CostingModel.contractYears(model.contractStart(), model.years(), model.firstYearEnd(), model.contractEnd());
        if (model.rollUp().size() > CostingWorkbook.MAX_ROLL_UP) {
            throw ParleyException.invalid("A model has at most " + CostingWorkbook.MAX_ROLL_UP + " roll-up items.");
        }
        for (RollUpItem item : model.rollUp()) {
            ParleyException.requireText(item.name(), "rollUp", "Each roll-up item's name");
            if (item.percent() == null || item.percent().signum() < 0 || item.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw ParleyException.invalidField("rollUp", "The roll-up item " + item.name() + " needs a percent between 0 and 100.");
            }
        }
        Set<String> tiers = new HashSet<>();
        for (var plan : model.healthPlans()) {
            ParleyException.requireText(plan.tier(), "Each health plan's tier");
            if (plan.monthlyPremium() == null || plan.monthlyPremium().signum() < 0 || plan.employerPercent() == null
                    || plan.employerPercent().signum() < 0 || plan.employerPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw ParleyException.invalid("The health plan " + plan.tier() + " needs a monthly premium and an employer share between 0 and 100%.");
            }
            if (!tiers.add(plan.tier().toLowerCase())) {
                throw ParleyException.invalid("The health plan tier " + plan.tier() + " is given twice.");
            }
        }
        long id = repository.insertModel(model.negotiationId(), by.side(), name, model.contractStart(), model.years(),
                model.firstYearEnd(), model.contractEnd(), model.rateRounding() == null ? RateRounding.NONE : model.rateRounding(),
                model.notes(), by.username(), Instant.now(clock));
        repository.insertRollUp(id, model.rollUp());
        repository.insertHealthPlans(id, model.healthPlans());
        audit.record(new AuditRecord(by, model.negotiationId(), null, Audience.of(by.side()), "costing-model", id,
                "created a costing model", name));
        return repository.model(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CostingModel> models(Viewer viewer, long negotiationId) {
        return viewer.onTeam() ? repository.models(negotiationId, viewer.side()) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public CostingModel model(Viewer viewer, long modelId) {
        return permissions.ownModel(viewer, modelId);
    }

    @Override
    @Transactional
    public WorkforceImport importWorkforce(Viewer by, long modelId, String filename, byte[] content, boolean preview) {
        CostingModel model = permissions.ownModelToChange(by, modelId);
        WorkforceFile.Parsed<Position> parsed;
        try {
            parsed = WorkforceFile.workforce(TableFile.read(filename, content, "The workforce file"));
        } catch (ParleyException e) {
            throw e.about(FILE);
        }
        return saveWorkforce(by, model, parsed.rows(), parsed.problems(), preview, "a file");
    }

    @Override
    @Transactional
    public WorkforceImport workforceFromRoster(Viewer by, long modelId, int step, boolean preview) {
        CostingModel model = permissions.ownModelToChange(by, modelId);
        if (model.side() != Side.LABOR) {
            throw ParleyException.forbidden("The roster is the union's record: only labor's models can take their workforce from it.");
        }
        Set<String> scheduled = new HashSet<>();
        repository.schedule(modelId).stream().filter(r -> r.step() == step)
                .forEach(r -> scheduled.add(r.classification().toLowerCase()));
        List<Position> rows = new ArrayList<>();
        List<WorkforceImport.Problem> problems = new ArrayList<>();
        int row = 1;
        for (RosterMember member : roster.everyone(by, model.negotiationId())) {
            row++;
            if (!member.active()) {
                continue;
            }
            if (member.classification() == null) {
                problems.add(new WorkforceImport.Problem(row, "Member " + member.memberId() + " has no classification on the roster."));
            } else if (!scheduled.contains(member.classification().toLowerCase())) {
                problems.add(new WorkforceImport.Problem(row, "The salary schedule has no " + member.classification() + " step " + step
                        + " for member " + member.memberId() + "."));
            } else {
                rows.add(new Position(member.memberId(), member.classification(), step, null, null, null, null, null, null, null));
            }
        }
        return saveWorkforce(by, model, rows, problems, preview, "the roster");
    }

    private WorkforceImport saveWorkforce(Viewer by, CostingModel model, List<Position> rows, List<WorkforceImport.Problem> problems,
                                          boolean preview, String source) {
        if (!preview) {
            repository.replaceWorkforce(model.id(), rows);
            audit.record(new AuditRecord(by, model.negotiationId(), null, Audience.of(model.side()), "costing-model", model.id(),
                    "replaced the workforce", rows.size() + " positions from " + source + ", " + problems.size() + " problems (" + model.name() + ")"));
        }
        return new WorkforceImport(rows.size(), problems, rows.subList(0, Math.min(SAMPLE, rows.size())), !preview);
    }

    @Override
    @Transactional
    public WorkforceImport importSchedule(Viewer by, long modelId, String filename, byte[] content, boolean preview) {
        CostingModel model = permissions.ownModelToChange(by, modelId);
        WorkforceFile.Parsed<ScheduleRate> parsed;
        try {
            parsed = WorkforceFile.schedule(TableFile.read(filename, content, "The salary schedule file"));
        } catch (ParleyException e) {
            throw e.about(FILE);
        }
        if (!preview) {
            repository.replaceSchedule(modelId, parsed.rows());
            audit.record(new AuditRecord(by, model.negotiationId(), null, Audience.of(model.side()), "costing-model", modelId,
                    "replaced the salary schedule", parsed.rows().size() + " rates (" + model.name() + ")"));
        }
        return new WorkforceImport(parsed.rows().size(), parsed.problems(), List.of(), !preview);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Position> workforce(Viewer viewer, long modelId, int limit) {
        permissions.ownModel(viewer, modelId);
        return repository.workforcePage(modelId, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScheduleRate> schedule(Viewer viewer, long modelId) {
        permissions.ownModel(viewer, modelId);
        return repository.schedule(modelId);
    }

    // ---- scenarios ----

    @Override
    @Transactional
    public Scenario createScenario(Viewer by, long modelId, String name, List<Term> terms) {
        CostingModel model = permissions.ownModelToChange(by, modelId);
        String title = ParleyException.requireText(name, "name", "The scenario's name");
        if (title.length() > 200) {
            throw ParleyException.invalidField("name", "The scenario's name is longer than 200 characters.");
        }
        TermRules.check(terms);
        long id = repository.insertScenario(modelId, title, by.username(), Instant.now(clock));
        repository.insertTerms(id, null, terms);
        audit.record(new AuditRecord(by, model.negotiationId(), null, Audience.of(model.side()), "costing-scenario", id,
                "costed a scenario", title + " (" + terms.size() + " terms, model " + model.name() + ")"));
        return scenario(repository.scenario(id).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Scenario> scenarios(Viewer viewer, long modelId) {
        permissions.ownModel(viewer, modelId);
        return repository.scenarios(modelId).stream().map(this::scenario).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Scenario scenario(Viewer viewer, long scenarioId) {
        return scenario(permissions.visibleScenario(viewer, scenarioId).row());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Scenario> sharedScenarios(Viewer viewer, long negotiationId) {
        if (!viewer.canSee(Audience.TABLE)) {
            return List.of();
        }
        return repository.sharedScenarios(negotiationId).stream()
                .filter(row -> !viewer.onTeam() || repository.model(row.modelId()).orElseThrow().side() != viewer.side())
                .map(this::scenario).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ModelCosting scenarioCosting(Viewer viewer, long scenarioId) {
        var visible = permissions.visibleScenario(viewer, scenarioId);
        return new ModelCosting(visible.model(), offers.cost(visible.model(), repository.scenarioTerms(scenarioId)), visible.row().shared());
    }

    @Override
    @Transactional
    public Scenario shareScenario(Viewer by, long scenarioId, boolean shared) {
        var visible = permissions.visibleScenario(by, scenarioId);
        permissions.ownModelToChange(by, visible.model().id());
        repository.shareScenario(scenarioId, shared);
        audit.record(new AuditRecord(by, visible.model().negotiationId(), null, shared ? Audience.TABLE : Audience.of(visible.model().side()),
                "costing-scenario", scenarioId, shared ? "shared a costing with the other side" : "stopped sharing a costing",
                visible.row().name()));
        return scenario(repository.scenario(scenarioId).orElseThrow());
    }

    private Scenario scenario(CostingRepository.ScenarioRow row) {
        return new Scenario(row.id(), row.modelId(), row.name(), repository.scenarioTerms(row.id()), row.shared(), row.createdBy(), row.createdAt());
    }

    // ---- versions ----

    @Override
    @Transactional
    public VersionEconomics setEconomics(Viewer by, long versionId, List<Term> terms) {
        by.requireTeam();
        ThreadDetail thread = proposals.threadOfVersion(by, versionId);
        if (!thread.thread().economic()) {
            throw ParleyException.conflict("The thread \"" + thread.thread().title() + "\" is not economic; economic terms go on economic threads.");
        }
        TermRules.check(terms);
        ProposalVersion version = thread.version(versionId);
        repository.saveVersion(versionId, thread.thread().negotiationId(), thread.thread().id(), version.side(), by.username(), Instant.now(clock));
        repository.insertTerms(null, versionId, terms);
        audit.record(new AuditRecord(by, thread.thread().negotiationId(), thread.thread().tableId(), Audience.TABLE, "thread",
                thread.thread().id(), "stated the economic terms of " + version.label(),
                terms.isEmpty() ? "none" : String.join("; ", terms.stream().map(Term::describe).toList())));
        return economics(by, versionId);
    }

    @Override
    @Transactional(readOnly = true)
    public VersionEconomics economics(Viewer viewer, long versionId) {
        ThreadDetail thread = proposals.threadOfVersion(viewer, versionId);
        ProposalVersion version = thread.version(versionId);
        return new VersionEconomics(versionId, thread.thread().id(), version.label(), version.side(), repository.versionTerms(versionId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelCosting> versionCosting(Viewer viewer, long versionId) {
        ThreadDetail thread = proposals.threadOfVersion(viewer, versionId);
        List<Term> terms = repository.versionTerms(versionId);
        List<ModelCosting> list = new ArrayList<>();
        for (CostingModel model : permissions.modelsForVersion(viewer, thread.thread().negotiationId(), versionId)) {
            list.add(new ModelCosting(model, offers.cost(model, terms), repository.versionShared(versionId, model.id())));
        }
        return list;
    }

    @Override
    @Transactional
    public void shareVersionCosting(Viewer by, long versionId, long modelId, boolean shared) {
        CostingModel model = permissions.ownModelToChange(by, modelId);
        ThreadDetail thread = proposals.threadOfVersion(by, versionId);
        if (thread.thread().negotiationId() != model.negotiationId()) {
            throw ParleyException.invalid("The model belongs to another negotiation than the version.");
        }
        if (repository.version(versionId).isEmpty()) {
            throw ParleyException.conflict("The version " + thread.version(versionId).label() + " carries no economic terms yet.");
        }
        repository.shareVersion(versionId, modelId, shared);
        audit.record(new AuditRecord(by, model.negotiationId(), thread.thread().tableId(), shared ? Audience.TABLE : Audience.of(model.side()),
                "thread", thread.thread().id(), shared ? "shared a costing with the other side" : "stopped sharing a costing",
                thread.version(versionId).label() + " under " + model.name()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfferGap> threadGap(Viewer viewer, long threadId, Long modelId) {
        ThreadDetail thread = proposals.thread(viewer, threadId);
        return permissions.modelForGap(viewer, thread.thread().negotiationId(), modelId)
                .map(model -> offers.gap(model, offers.latestOnThread(thread)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfferGap> negotiationGap(Viewer viewer, long negotiationId, Long modelId) {
        negotiations.get(viewer, negotiationId);
        return permissions.modelForGap(viewer, negotiationId, modelId)
                .map(model -> offers.gap(model, offers.latestPackages(viewer, negotiationId)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberOutlook> memberOutlook(Viewer viewer, long negotiationId) {
        return roster.self(viewer, negotiationId).flatMap(this::outlookOf);
    }

    /**
     * The one rule for what a member reads about their own pay, on their page and in their copy of an update:
     * the union's (labor's) model that holds the member's position, by member ID, costs each side's latest
     * economic terms (TABLE records) for that position alone.
     */
    @Transactional(readOnly = true)
    Optional<MemberOutlook> outlookOf(RosterMember self) {
        long negotiationId = self.negotiationId();
        for (CostingModel model : repository.models(negotiationId, Side.LABOR)) {
            Optional<Position> position = repository.person(model.id(), self.memberId());
            if (position.isPresent()) {
                return offers.outlook(model, position.get());
            }
        }
        return Optional.empty();
    }

    // ---- exports ----

    @Override
    @Transactional(readOnly = true)
    public byte[] scenarioWorkbook(Viewer viewer, long scenarioId) {
        var visible = permissions.visibleScenario(viewer, scenarioId);
        return offers.workbook(visible.model(), visible.row().name(), repository.scenarioTerms(scenarioId));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] versionWorkbook(Viewer viewer, long versionId, Long modelId) {
        ThreadDetail thread = proposals.threadOfVersion(viewer, versionId);
        CostingModel model = permissions.modelsForVersion(viewer, thread.thread().negotiationId(), versionId).stream()
                .filter(m -> modelId == null || m.id() == modelId).findFirst()
                .orElseThrow(() -> ParleyException.notFound(modelId == null ? "No costing of this version is visible to you."
                        : "No costing of this version under model " + modelId + " is visible to you."));
        if (repository.version(versionId).isEmpty()) {
            throw ParleyException.conflict("The version " + thread.version(versionId).label() + " carries no economic terms yet.");
        }
        return offers.workbook(model, thread.thread().title() + " " + thread.version(versionId).label(), repository.versionTerms(versionId));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] scenarioPdf(Viewer viewer, long scenarioId) {
        var visible = permissions.visibleScenario(viewer, scenarioId);
        List<Term> terms = repository.scenarioTerms(scenarioId);
        return CostingPdf.of(visible.row().name(), visible.model(), terms, offers.cost(visible.model(), terms));
    }
}
