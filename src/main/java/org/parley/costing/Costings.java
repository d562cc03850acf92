package org.parley.costing;

import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;

/**
 * Costing economic proposals. A model, its workforce, schedule and scenarios, and every costing under it
 * belong to the model's side (LABOR or MANAGEMENT) alone: the other side, administrators and members get
 * "not found", unless the side has shared that scenario or that version's costing (then both teams and
 * administrators, who see TABLE records, may read it). A version's economic terms are TABLE records.
 * Costings are computed from the model as it stands whenever they are read, so a version is costed
 * against every model the moment it carries terms, and never shows figures from an older workforce.
 */
public interface Costings {

    CostingModel createModel(Viewer by, NewModel model);

    /** The viewer's side's models for a negotiation, newest first. */
    List<CostingModel> models(Viewer viewer, long negotiationId);

    CostingModel model(Viewer viewer, long modelId);

    /** Replaces the model's workforce from a CSV or XLSX file, or only reports what it holds when {@code preview}. */
    WorkforceImport importWorkforce(Viewer by, long modelId, String filename, byte[] content, boolean preview);

    /** Replaces the workforce with the active members of the roster (labor's models only: the roster is the union's). */
    WorkforceImport workforceFromRoster(Viewer by, long modelId, int step, boolean preview);

    /** Replaces the model's salary schedule (classification × step) from a CSV or XLSX file. */
    WorkforceImport importSchedule(Viewer by, long modelId, String filename, byte[] content, boolean preview);

    List<Position> workforce(Viewer viewer, long modelId, int limit);

    List<ScheduleRate> schedule(Viewer viewer, long modelId);

    Scenario createScenario(Viewer by, long modelId, String name, List<Term> terms);

    List<Scenario> scenarios(Viewer viewer, long modelId);

    Scenario scenario(Viewer viewer, long scenarioId);

    /** Scenarios of this negotiation the other side has shared with the viewer (for administrators: every shared one). */
    List<Scenario> sharedScenarios(Viewer viewer, long negotiationId);

    ModelCosting scenarioCosting(Viewer viewer, long scenarioId);

    /** Shares a scenario with the other side, or stops sharing it. */
    Scenario shareScenario(Viewer by, long scenarioId, boolean shared);

    /** Sets the economic terms a passed version carries (a team; the thread must be economic). */
    VersionEconomics setEconomics(Viewer by, long versionId, List<Term> terms);

    /** The terms of a version, or none; for whoever may see the version. */
    VersionEconomics economics(Viewer viewer, long versionId);

    /** The version's costing under every model the viewer may see: their side's, and those shared with them. */
    List<ModelCosting> versionCosting(Viewer viewer, long versionId);

    /** Shares the version's costing under one of the viewer's side's models with the other side, or stops. */
    void shareVersionCosting(Viewer by, long versionId, long modelId, boolean shared);

    /** Both sides' latest offers on a thread under the viewer's side's newest model (or {@code modelId}), and the gap. */
    Optional<OfferGap> threadGap(Viewer viewer, long threadId, Long modelId);

    /** Both sides' latest packages (the latest terms of each side on every economic thread), costed and compared. */
    Optional<OfferGap> negotiationGap(Viewer viewer, long negotiationId, Long modelId);

    /** What the latest offers mean for the signed-in member, from the union's newest model holding them. */
    Optional<MemberOutlook> memberOutlook(Viewer viewer, long negotiationId);

    /**
     * A version's costing under one model as an XLSX workbook with live formulas and an assumptions sheet: the
     * same models as {@link #versionCosting} (the viewer's side's, and those shared with them). {@code modelId}
     * null means the first of them.
     */
    byte[] versionWorkbook(Viewer viewer, long versionId, Long modelId);

    /** A scenario's costing as an XLSX workbook with live formulas and an assumptions sheet. */
    byte[] scenarioWorkbook(Viewer viewer, long scenarioId);

    /** A scenario's costing as a PDF table with its assumptions. */
    byte[] scenarioPdf(Viewer viewer, long scenarioId);
}
