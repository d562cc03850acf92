package org.parley.costing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.account.Viewer;
import org.parley.costing.Costing;
import org.parley.costing.Costings;
import org.parley.costing.OfferGap;
import org.parley.dashboard.PackageCosts;
import org.parley.platform.Audience;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.ThreadCosts;
import org.parley.proposal.ThreadDetail;
import org.springframework.stereotype.Component;

/** Costing's part of the thread page and of the dashboard, through the interfaces those modules declare. */
@Component
class CostingPanels implements ThreadCosts, PackageCosts {

    private final Costings costings;

    CostingPanels(Costings costings) {
        this.costings = costings;
    }

    @Override
    public Optional<Panel> panel(Viewer viewer, ThreadDetail thread) {
        if (!thread.thread().economic() || !viewer.canSee(Audience.TABLE)) {
            return Optional.empty();
        }
        Map<Long, Link> versionLinks = new LinkedHashMap<>();
        for (ProposalVersion v : thread.versions()) {
            versionLinks.put(v.id(), new Link("Economic terms and costing of " + v.label(), "/versions/" + v.id() + "/economics"));
        }
        List<Link> links = List.of(new Link("Costing", "/negotiations/" + thread.thread().negotiationId() + "/costing"));
        Optional<OfferGap> gap = costings.threadGap(viewer, thread.thread().id(), null);
        if (gap.isEmpty()) {
            return Optional.of(new Panel("What the offers cost", viewer.onTeam()
                    ? "Your side has no costing model for this negotiation yet; set one up under Costing."
                    : "Each side costs offers under its own model; open a version for the costings shared with you.",
                    List.of(), List.of(), versionLinks, links));
        }
        OfferGap g = gap.get();
        if (g.labor() == null && g.management() == null) {
            return Optional.of(new Panel("What the offers cost", "No version on this thread states its economic terms yet.",
                    List.of(), List.of(), versionLinks, links));
        }
        // Each latest offer's costing as a spreadsheet with live formulas, under the same model as the figures shown
        List<Link> withSheets = new ArrayList<>(links);
        for (ProposalVersion v : thread.versions()) {
            if (v.label().equals(g.laborLabel()) || v.label().equals(g.managementLabel())) {
                withSheets.add(new Link("Spreadsheet of " + v.label() + " (XLSX)", "/versions/" + v.id() + "/costing.xlsx?model=" + g.model().id()));
            }
        }
        return Optional.of(new Panel("What the offers cost, year by year",
                "Each side's latest offer with terms, costed under " + g.model().name() + " (your side's model): cost over the base year, roll-up and benefits included.",
                List.of("Year", "Labor" + label(g.laborLabel()), "Management" + label(g.managementLabel()), "Gap"),
                rows(g), versionLinks, withSheets));
    }

    private static String label(String label) {
        return label == null ? "" : " (" + label + ")";
    }

    static List<List<String>> rows(OfferGap g) {
        List<List<String>> rows = new ArrayList<>();
        for (var year : g.model().contractYears()) {
            int i = year.number() - 1;
            rows.add(List.of("Year " + year.number(), total(g.labor(), i), total(g.management(), i),
                    g.gap().isEmpty() ? "—" : Assumptions.money(g.gap().get(i))));
        }
        rows.add(List.of("Whole contract", whole(g.labor()), whole(g.management()),
                g.gapWholeContract() == null ? "—" : Assumptions.money(g.gapWholeContract())));
        return rows;
    }

    private static String total(Costing costing, int year) {
        return costing == null ? "—" : Assumptions.money(costing.years().get(year).total());
    }

    private static String whole(Costing costing) {
        return costing == null ? "—" : Assumptions.money(costing.wholeContract().total());
    }

    @Override
    public Optional<Summary> summary(Viewer viewer, long negotiationId) {
        return costings.negotiationGap(viewer, negotiationId, null)
                .filter(g -> g.labor() != null || g.management() != null)
                .map(g -> {
                    List<List<String>> rows = rows(g);
                    List<String> whole = rows.get(rows.size() - 1);
                    return new Summary(g.model().name(), whole.get(1) + label(g.laborLabel()), whole.get(2) + label(g.managementLabel()),
                            whole.get(3), rows.subList(0, rows.size() - 1), "/negotiations/" + negotiationId + "/costing");
                });
    }
}
