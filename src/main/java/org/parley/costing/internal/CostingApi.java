package org.parley.costing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.costing.CostingModel;
import org.parley.costing.Costings;
import org.parley.costing.HealthPlan;
import org.parley.costing.MemberOutlook;
import org.parley.costing.ModelCosting;
import org.parley.costing.NewModel;
import org.parley.costing.Position;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.Scenario;
import org.parley.costing.Term;
import org.parley.costing.VersionEconomics;
import org.parley.costing.WorkforceImport;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(name = "Costing")
class CostingApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record ModelRequest(long negotiationId, Side side, String name, LocalDate contractStart, Integer years, LocalDate firstYearEnd,
                        LocalDate contractEnd, RateRounding rateRounding, List<RollUpItem> rollUp, List<HealthPlan> healthPlans,
                        List<String> assumptions) {
    }

    record ModelResponse(long id, long negotiationId, Side side, String name, LocalDate contractStart, int years,
                         LocalDate firstYearEnd, LocalDate contractEnd, RateRounding rateRounding, List<RollUpItem> rollUp,
                         List<HealthPlan> healthPlans, List<String> assumptions, int workforce, int schedule) {
        static ModelResponse of(CostingModel m) {
            return new ModelResponse(m.id(), m.negotiationId(), m.side(), m.name(), m.contractStart(), m.years(), m.firstYearEnd(),
                    m.contractEnd(), m.rateRounding(), m.rollUp(), m.healthPlans(), m.notes(), m.workforceSize(), m.scheduleSize());
        }
    }

    record ScenarioRequest(String name, List<Term> terms) {
    }

    record TermsRequest(List<Term> terms) {
    }

    record ShareRequest(Boolean shared, Long modelId) {
    }

    record ScenarioSummary(long id, String name, boolean shared, int terms) {
        static ScenarioSummary of(Scenario s) {
            return new ScenarioSummary(s.id(), s.name(), s.shared(), s.terms().size());
        }
    }

    record OutlookResponse(String classification, Integer step, boolean salaried, String today, List<Path> offers) {
        record Path(String side, List<String> rates) {
        }

        static OutlookResponse of(MemberOutlook o) {
            return new OutlookResponse(o.classification(), o.step(), o.salaried(), CostingJson.money(o.today()),
                    o.offers().stream().map(p -> new Path(p.side(), p.rates().stream().map(CostingJson::money).toList())).toList());
        }
    }

    private final Costings costings;

    CostingApi(Costings costings) {
        this.costings = costings;
    }

    @PostMapping("/costing/models")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a costing model for the viewer's side (contract years, roll-up, rounding, health plans, assumptions)")
    ModelResponse createModel(Viewer viewer, @RequestBody ModelRequest request) {
        ParleyException.require(request.years(), "years", "The number of contract years");
        return ModelResponse.of(costings.createModel(viewer, new NewModel(request.negotiationId(), request.side(), request.name(),
                request.contractStart(), request.years(), request.firstYearEnd(), request.contractEnd(), request.rateRounding(),
                request.rollUp(), request.healthPlans(), request.assumptions())));
    }

    @GetMapping("/negotiations/{id}/costing/models")
    @Operation(summary = "The viewer's side's costing models of a negotiation")
    List<ModelResponse> models(Viewer viewer, @PathVariable long id) {
        return costings.models(viewer, id).stream().map(ModelResponse::of).toList();
    }

    @GetMapping("/costing/models/{id}")
    ModelResponse model(Viewer viewer, @PathVariable long id) {
        return ModelResponse.of(costings.model(viewer, id));
    }

    @PostMapping(path = "/costing/models/{id}/workforce", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the workforce from a CSV or XLSX file (id, classification, step, hourlyRate or annualSalary, "
            + "annualHours or fte, stepAnniversary, hireDate, differentialHours, healthTier); preview=true only reports")
    WorkforceImport workforce(Viewer viewer, @PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
                              @RequestParam(defaultValue = "false") boolean preview) throws IOException {
        requireFile(file);
        return costings.importWorkforce(viewer, id, file.getOriginalFilename(), file.getBytes(), preview);
    }

    @PostMapping("/costing/models/{id}/workforce/roster")
    @Operation(summary = "Replace the workforce with the roster's active members at a step of the schedule (labor's models)")
    WorkforceImport workforceFromRoster(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "1") int step,
                                        @RequestParam(defaultValue = "false") boolean preview) {
        return costings.workforceFromRoster(viewer, id, step, preview);
    }

    @GetMapping("/costing/models/{id}/workforce")
    List<Position> workforceRows(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
        return costings.workforce(viewer, id, limit);
    }

    @PostMapping(path = "/costing/models/{id}/schedule", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace the salary schedule from a CSV or XLSX file (classification, step, hourlyRate); preview=true only reports")
    WorkforceImport schedule(Viewer viewer, @PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
                             @RequestParam(defaultValue = "false") boolean preview) throws IOException {
        requireFile(file);
        return costings.importSchedule(viewer, id, file.getOriginalFilename(), file.getBytes(), preview);
    }

    @PostMapping("/costing/models/{id}/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cost a scenario: terms [{type, effective or date, percent, cents, amount, classifications, …}]")
    ScenarioSummary createScenario(Viewer viewer, @PathVariable long id, @RequestBody ScenarioRequest request) {
        return ScenarioSummary.of(costings.createScenario(viewer, id, request.name(), request.terms()));
    }

    @GetMapping("/costing/models/{id}/scenarios")
    List<ScenarioSummary> scenarios(Viewer viewer, @PathVariable long id) {
        return costings.scenarios(viewer, id).stream().map(ScenarioSummary::of).toList();
    }

    @GetMapping("/costing/scenarios/{id}")
    @Operation(summary = "A scenario's costing: years [{start, end, wages, increment, cumulative, rollUp, total}], wholeContract, "
            + "costOfOnePercent, endRateLiftPercent, assumptions; money as strings with two decimals")
    CostingJson.ScenarioView scenario(Viewer viewer, @PathVariable long id) {
        Scenario scenario = costings.scenario(viewer, id);
        ModelCosting costing = costings.scenarioCosting(viewer, id);
        return CostingJson.ScenarioView.of(id, scenario.name(), scenario.shared(), scenario.terms(), costing);
    }

    @PostMapping("/costing/scenarios/{id}/share")
    @Operation(summary = "Share a scenario with the other side ({shared: true}) or stop sharing it")
    ScenarioSummary share(Viewer viewer, @PathVariable long id, @RequestBody ShareRequest request) {
        return ScenarioSummary.of(costings.shareScenario(viewer, id, Boolean.TRUE.equals(request.shared())));
    }

    @GetMapping("/costing/scenarios/{id}.xlsx")
    @Operation(summary = "A scenario's costing as XLSX with live formulas and an assumptions sheet")
    ResponseEntity<byte[]> workbook(Viewer viewer, @PathVariable long id) {
        return file(costings.scenarioWorkbook(viewer, id), XLSX, "costing-" + id + ".xlsx");
    }

    @GetMapping("/costing/scenarios/{id}.pdf")
    ResponseEntity<byte[]> pdf(Viewer viewer, @PathVariable long id) {
        return file(costings.scenarioPdf(viewer, id), MediaType.APPLICATION_PDF_VALUE, "costing-" + id + ".pdf");
    }

    /** A missing file part is refused beside the file field, as a file that cannot be read is (not as Spring's bare 400). */
    static void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ParleyException.invalidField(CostingService.FILE, "Choose a CSV or XLSX file.");
        }
    }

    static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }

    @PutMapping("/versions/{id}/economics")
    @Operation(summary = "State the economic terms a passed version carries (economic threads)")
    VersionEconomics setEconomics(Viewer viewer, @PathVariable long id, @RequestBody TermsRequest request) {
        return costings.setEconomics(viewer, id, request.terms());
    }

    @GetMapping("/versions/{id}/economics")
    VersionEconomics economics(Viewer viewer, @PathVariable long id) {
        return costings.economics(viewer, id);
    }

    @GetMapping("/versions/{id}/costing")
    @Operation(summary = "The version's costing under every model the viewer may see (their side's, and those shared with them)")
    List<CostingJson.ModelCostingView> versionCosting(Viewer viewer, @PathVariable long id) {
        return costings.versionCosting(viewer, id).stream().map(CostingJson.ModelCostingView::of).toList();
    }

    @GetMapping("/versions/{id}/costing.xlsx")
    @Operation(summary = "The version's costing under one model the viewer may see (model: its id; the first if omitted), as XLSX with live formulas")
    ResponseEntity<byte[]> versionWorkbook(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long model) {
        return file(costings.versionWorkbook(viewer, id, model), XLSX, "costing-version-" + id + ".xlsx");
    }

    @PutMapping("/versions/{id}/costing/share")
    @Operation(summary = "Share the version's costing under one of the side's models ({modelId, shared})")
    Map<String, Object> shareVersion(Viewer viewer, @PathVariable long id, @RequestBody ShareRequest request) {
        ParleyException.require(request.modelId(), "The model");
        boolean shared = Boolean.TRUE.equals(request.shared());
        costings.shareVersionCosting(viewer, id, request.modelId(), shared);
        return Map.of("versionId", id, "modelId", request.modelId(), "shared", shared);
    }

    @GetMapping("/threads/{id}/costing")
    @Operation(summary = "Both sides' latest offers on a thread under the viewer's side's model, and the gap year by year")
    ResponseEntity<CostingJson.GapView> threadGap(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long model) {
        return costings.threadGap(viewer, id, model).map(CostingJson.GapView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/negotiations/{id}/costing")
    @Operation(summary = "Both sides' latest packages (every economic thread) under the viewer's side's model, and the gap")
    ResponseEntity<CostingJson.GapView> negotiationGap(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long model) {
        return costings.negotiationGap(viewer, id, model).map(CostingJson.GapView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/negotiations/{id}/costing/mine")
    @Operation(summary = "For a signed-in member: their own rate today and at the end of each contract year under each side's latest offer")
    ResponseEntity<OutlookResponse> mine(Viewer viewer, @PathVariable long id) {
        return costings.memberOutlook(viewer, id).map(OutlookResponse::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
