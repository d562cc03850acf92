package org.parley.costing.internal;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.costing.Costing;
import org.parley.costing.CostingModel;
import org.parley.costing.Costings;
import org.parley.costing.HealthPlan;
import org.parley.costing.ModelCosting;
import org.parley.costing.NewModel;
import org.parley.costing.OfferGap;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.Scenario;
import org.parley.costing.TermType;
import org.parley.costing.WorkforceImport;
import org.parley.negotiation.Negotiations;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.TypedInput;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The side's costing pages: models, workforce and schedule uploads with a preview, scenarios and their costings. */
@Controller
class CostingPages {

    /** The new-model form as typed. */
    record ModelForm(String name, String contractStart, String years, String firstYearEnd, String contractEnd, String rateRounding,
                     String rollUp, String healthPlans, String assumptions) {

        static ModelForm empty() {
            return new ModelForm("", "", "3", "", "", RateRounding.CENTS_HALF_UP.name(),
                    "Social Security | 6.20 | yes\nMedicare | 1.45 | yes\nPension | 6.00 | no", "", "");
        }

        NewModel toModel(long negotiationId) {
            Integer count = TypedInput.wholeNumber(years, "years", "number of contract years");
            return new NewModel(negotiationId, null, name, ParleyException.require(TypedInput.date(contractStart, "contractStart", "contract start"),
                    "contractStart", "The contract start"), count == null ? 0 : count,
                    TypedInput.date(firstYearEnd, "firstYearEnd", "end of a partial first year"),
                    TypedInput.date(contractEnd, "contractEnd", "early contract end"), RateRounding.valueOf(rateRounding), rollUpItems(), plans(),
                    assumptions == null ? List.of() : Arrays.asList(assumptions.split("\\R")));
        }

        private List<RollUpItem> rollUpItems() {
            List<RollUpItem> items = new ArrayList<>();
            try {
                for (String[] parts : lines(rollUp, "Roll-up", 2)) {
                    items.add(new RollUpItem(parts[0], number(parts[1], "Roll-up " + parts[0]),
                            parts.length > 2 && parts[2].toLowerCase().startsWith("y")));
                }
            } catch (ParleyException e) {
                throw e.about("rollUp");
            }
            return items;
        }

        private List<HealthPlan> plans() {
            List<HealthPlan> plans = new ArrayList<>();
            try {
                for (String[] parts : lines(healthPlans, "Health plan", 3)) {
                    plans.add(new HealthPlan(parts[0], number(parts[1], "Health plan " + parts[0]), number(parts[2], "Health plan " + parts[0])));
                }
            } catch (ParleyException e) {
                throw e.about("healthPlans");
            }
            return plans;
        }

        private static List<String[]> lines(String text, String what, int fields) {
            List<String[]> list = new ArrayList<>();
            if (text == null) {
                return list;
            }
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
                if (parts.length < fields) {
                    throw ParleyException.invalid(what + " line '" + line.strip() + "' needs " + fields + " parts separated by |.");
                }
                list.add(parts);
            }
            return list;
        }

        private static BigDecimal number(String text, String what) {
            try {
                return new BigDecimal(text.replace("%", "").replace("$", "").replace(",", "").strip());
            } catch (NumberFormatException e) {
                throw ParleyException.invalid(what + ": '" + text + "' is not a number.");
            }
        }
    }

    private static final String PENDING = "parley.pendingCosting.";
    /** Which upload form (workforce, schedule, roster) was refused: the workforce and schedule forms both name their file "file". */
    private static final String REFUSED_UPLOAD = "refusedUpload";

    private final Costings costings;
    private final Negotiations negotiations;

    CostingPages(Costings costings, Negotiations negotiations) {
        this.costings = costings;
        this.negotiations = negotiations;
    }

    static void refuseMembers(Viewer viewer) {
        if (!viewer.canSee(org.parley.platform.Audience.TABLE)) {
            throw ParleyException.forbidden("Costings are the bargaining teams' records; members see what an offer means for them on their own page.");
        }
    }

    @GetMapping("/negotiations/{id}/costing")
    String home(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long model, Model page) {
        if (viewer.role() == Role.MEMBER) {
            return "redirect:/member";
        }
        refuseMembers(viewer);
        page.addAttribute("negotiation", negotiations.get(viewer, id));
        page.addAttribute("models", costings.models(viewer, id));
        page.addAttribute("shared", costings.sharedScenarios(viewer, id));
        OfferGap gap = costings.negotiationGap(viewer, id, model).orElse(null);
        page.addAttribute("gap", gap == null ? null : GapTable.of(gap));
        if (!page.containsAttribute("form")) {
            page.addAttribute("form", ModelForm.empty());
        }
        page.addAttribute("roundings", RateRounding.values());
        return "costing/home";
    }

    @PostMapping("/negotiations/{id}/costing/models")
    String createModel(Viewer viewer, @PathVariable long id, ModelForm form, Model page) {
        try {
            CostingModel created = costings.createModel(viewer, form.toModel(id));
            return "redirect:/costing/models/" + created.id();
        } catch (ParleyException e) {
            FormErrors.show(page, e);
            page.addAttribute("form", form);
            return home(viewer, id, null, page);
        }
    }

    @GetMapping("/costing/models/{id}")
    String model(Viewer viewer, @PathVariable long id, Model page) {
        CostingModel model = costings.model(viewer, id);
        page.addAttribute("model", model);
        page.addAttribute("negotiation", negotiations.get(viewer, model.negotiationId()));
        page.addAttribute("workforce", costings.workforce(viewer, id, 50));
        page.addAttribute("schedule", costings.schedule(viewer, id));
        page.addAttribute("scenarios", costings.scenarios(viewer, id));
        if (!page.containsAttribute("rows")) {
            page.addAttribute("rows", new TermRows(List.of()).withBlanks());
        }
        page.addAttribute("types", TermType.values());
        return "costing/model";
    }

    /** Preview of a workforce or schedule file, or of the roster as a workforce; the file waits in the session until confirmed. */
    @PostMapping("/costing/models/{id}/upload")
    String preview(Viewer viewer, @PathVariable long id, @RequestParam String kind, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(required = false) String step, HttpSession session, Model page) throws IOException {
        try {
            WorkforceImport preview;
            Pending pending;
            if (kind.equals("roster")) {
                page.addAttribute("rosterStep", step);
                int at = java.util.Objects.requireNonNullElse(TypedInput.wholeNumber(step, "step", "step"), 1);
                preview = costings.workforceFromRoster(viewer, id, at, true);
                pending = new Pending(kind, null, null, at);
            } else {
                CostingApi.requireFile(file);
                pending = new Pending(kind, file.getOriginalFilename(), file.getBytes(), 0);
                preview = upload(viewer, id, pending, true);
            }
            String key = UUID.randomUUID().toString();
            session.setAttribute(PENDING + key, pending);
            page.addAttribute("preview", preview);
            page.addAttribute("previewKind", kind);
            page.addAttribute("pending", key);
        } catch (ParleyException e) {
            FormErrors.show(page, e);
            page.addAttribute(REFUSED_UPLOAD, kind);
        }
        return model(viewer, id, page);
    }

    record Pending(String kind, String filename, byte[] content, int step) implements java.io.Serializable {
    }

    private WorkforceImport upload(Viewer viewer, long id, Pending pending, boolean preview) {
        return switch (pending.kind()) {
            case "schedule" -> costings.importSchedule(viewer, id, pending.filename(), pending.content(), preview);
            case "roster" -> costings.workforceFromRoster(viewer, id, pending.step(), preview);
            default -> costings.importWorkforce(viewer, id, pending.filename(), pending.content(), preview);
        };
    }

    @PostMapping("/costing/models/{id}/upload/confirm")
    String confirm(Viewer viewer, @PathVariable long id, @RequestParam String pending, HttpSession session, RedirectAttributes redirect) {
        Object waiting = session.getAttribute(PENDING + pending);
        if (!(waiting instanceof Pending file)) {
            redirect.addFlashAttribute("error", "That preview is no longer available; choose the file again.");
            return "redirect:/costing/models/" + id;
        }
        try {
            WorkforceImport done = upload(viewer, id, file, false);
            session.removeAttribute(PENDING + pending);
            redirect.addFlashAttribute("notice", (file.kind().equals("schedule") ? "Salary schedule saved: " : "Workforce saved: ")
                    + done.rows() + " rows" + (done.problems().isEmpty() ? "." : "; " + done.problems().size() + " problems (those rows were left out)."));
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute(REFUSED_UPLOAD, file.kind());
        }
        return "redirect:/costing/models/" + id;
    }

    @PostMapping("/costing/models/{id}/scenarios")
    String createScenario(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String scenarioName,
                          @RequestParam MultiValueMap<String, String> form, Model page) {
        TermRows rows = TermRows.of(form);
        try {
            Scenario created = costings.createScenario(viewer, id, scenarioName, rows.terms());
            return "redirect:/costing/scenarios/" + created.id();
        } catch (ParleyException e) {
            FormErrors.show(page, e);
            page.addAttribute("scenarioName", scenarioName);
            page.addAttribute("rows", rows.withBlanks());
            return model(viewer, id, page);
        }
    }

    @GetMapping("/costing/scenarios/{id}")
    String scenario(Viewer viewer, @PathVariable long id, Model page) {
        Scenario scenario = costings.scenario(viewer, id);
        ModelCosting costing = costings.scenarioCosting(viewer, id);
        page.addAttribute("scenario", scenario);
        page.addAttribute("model", costing.model());
        page.addAttribute("costing", costing.costing());
        page.addAttribute("own", viewer.onTeam() && viewer.side() == costing.model().side());
        page.addAttribute("chart", chartOf(costing.costing()));
        return "costing/scenario";
    }

    static BarChart chartOf(Costing costing) {
        return BarChart.of(costing.years().stream().map(y -> "Year " + y.number()).toList(), List.of(
                new BarChart.Series("Cost over the base year", "fill-LABOR", costing.years().stream().map(y -> y.total()).toList())));
    }

    @PostMapping("/costing/scenarios/{id}/share")
    String share(Viewer viewer, @PathVariable long id, @RequestParam boolean shared, RedirectAttributes redirect) {
        costings.shareScenario(viewer, id, shared);
        redirect.addFlashAttribute("notice", shared ? "Shared with the other side." : "No longer shared.");
        return "redirect:/costing/scenarios/" + id;
    }

    @GetMapping("/costing/scenarios/{id}/costing.xlsx")
    ResponseEntity<byte[]> workbook(Viewer viewer, @PathVariable long id) {
        return CostingApi.file(costings.scenarioWorkbook(viewer, id), CostingApi.XLSX, "costing-" + id + ".xlsx");
    }

    @GetMapping("/costing/scenarios/{id}/costing.pdf")
    ResponseEntity<byte[]> pdf(Viewer viewer, @PathVariable long id) {
        return CostingApi.file(costings.scenarioPdf(viewer, id), "application/pdf", "costing-" + id + ".pdf");
    }

    /** Both sides' offers, the gap, per year: what the pages draw as a table and a chart. */
    record GapTable(OfferGap gap, List<Map<String, String>> rows, BarChart chart) {

        static GapTable of(OfferGap gap) {
            List<Map<String, String>> rows = new ArrayList<>();
            List<BigDecimal> labor = gap.labor() == null ? null : Offers.totals(gap.labor());
            List<BigDecimal> management = gap.management() == null ? null : Offers.totals(gap.management());
            List<BarChart.Series> series = new ArrayList<>();
            if (labor != null) {
                series.add(new BarChart.Series("Labor " + gap.laborLabel(), "fill-LABOR", labor));
            }
            if (management != null) {
                series.add(new BarChart.Series("Management " + gap.managementLabel(), "fill-MANAGEMENT", management));
            }
            for (var year : gap.model().contractYears()) {
                int i = year.number() - 1;
                rows.add(Map.of("year", "Year " + year.number() + " (" + year.start() + " to " + year.end() + ")",
                        "labor", labor == null ? "—" : Assumptions.money(labor.get(i)),
                        "management", management == null ? "—" : Assumptions.money(management.get(i)),
                        "gap", gap.gap().isEmpty() ? "—" : Assumptions.money(gap.gap().get(i))));
            }
            rows.add(Map.of("year", "Whole contract",
                    "labor", gap.labor() == null ? "—" : Assumptions.money(gap.labor().wholeContract().total()),
                    "management", gap.management() == null ? "—" : Assumptions.money(gap.management().wholeContract().total()),
                    "gap", gap.gapWholeContract() == null ? "—" : Assumptions.money(gap.gapWholeContract())));
            return new GapTable(gap, rows, BarChart.of(gap.model().contractYears().stream().map(y -> "Year " + y.number()).toList(), series));
        }
    }
}
