package org.parley.costing.internal;

import java.util.List;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.costing.Costings;
import org.parley.costing.MemberOutlook;
import org.parley.costing.ModelCosting;
import org.parley.costing.TermType;
import org.parley.costing.VersionEconomics;
import org.parley.negotiation.Negotiations;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.proposal.Proposals;
import org.parley.proposal.ThreadDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A passed version's economic terms and its costings; a member's own pay under the latest offers. */
@Controller
class EconomicsPages {

    record Costed(ModelCosting costing, BarChart chart) {
    }

    private final Costings costings;
    private final Proposals proposals;
    private final Negotiations negotiations;

    EconomicsPages(Costings costings, Proposals proposals, Negotiations negotiations) {
        this.costings = costings;
        this.proposals = proposals;
        this.negotiations = negotiations;
    }

    @GetMapping("/versions/{id}/economics")
    String version(Viewer viewer, @PathVariable long id, Model page) {
        CostingPages.refuseMembers(viewer);
        ThreadDetail thread = proposals.threadOfVersion(viewer, id);
        VersionEconomics economics = costings.economics(viewer, id);
        page.addAttribute("thread", thread);
        page.addAttribute("economics", economics);
        page.addAttribute("costings", costings.versionCosting(viewer, id).stream()
                .map(c -> new Costed(c, CostingPages.chartOf(c.costing()))).toList());
        page.addAttribute("own", viewer.onTeam());
        page.addAttribute("viewerSide", viewer.side());
        if (!page.containsAttribute("rows")) {
            page.addAttribute("rows", TermRows.of(economics.terms()));
        }
        page.addAttribute("types", TermType.values());
        return "costing/version";
    }

    @PostMapping("/versions/{id}/economics")
    String save(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model page,
                RedirectAttributes redirect) {
        TermRows rows = TermRows.of(form);
        try {
            costings.setEconomics(viewer, id, rows.terms());
            redirect.addFlashAttribute("notice", "Economic terms saved; the costings below use them.");
            return "redirect:/versions/" + id + "/economics";
        } catch (ParleyException e) {
            FormErrors.show(page, e);
            page.addAttribute("rows", rows.withBlanks());
            return version(viewer, id, page);
        }
    }

    @PostMapping("/versions/{id}/costing/share")
    String share(Viewer viewer, @PathVariable long id, @RequestParam long modelId, @RequestParam boolean shared,
                 RedirectAttributes redirect) {
        costings.shareVersionCosting(viewer, id, modelId, shared);
        redirect.addFlashAttribute("notice", shared ? "This costing is shared with the other side." : "This costing is no longer shared.");
        return "redirect:/versions/" + id + "/economics";
    }

    @GetMapping("/versions/{id}/costing.xlsx")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<byte[]> workbook(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long model) {
        return CostingApi.file(costings.versionWorkbook(viewer, id, model), CostingApi.XLSX, "costing-version-" + id + ".xlsx");
    }

    @GetMapping("/member/pay/{negotiationId}")
    String memberPay(Viewer viewer, @PathVariable long negotiationId, Model page) {
        if (viewer.role() != Role.MEMBER) {
            throw ParleyException.forbidden("This page shows a member their own pay; sign in as a member.");
        }
        MemberOutlook outlook = costings.memberOutlook(viewer, negotiationId)
                .orElseThrow(() -> ParleyException.notFound("No offer has been costed for your classification yet."));
        page.addAttribute("negotiation", negotiations.get(viewer, negotiationId));
        page.addAttribute("outlook", outlook);
        page.addAttribute("sentences", MemberPay.sentences(outlook));
        return "costing/member";
    }

    /** What a member reads: "Your rate goes from $41.20 to $44.53 by year 3 under the union's proposal." */
    static final class MemberPay {

        private MemberPay() {
        }

        static List<String> sentences(MemberOutlook outlook) {
            String what = outlook.salaried() ? "salary" : "hourly rate";
            return outlook.offers().stream().map(p -> "Your " + what + " goes from " + Assumptions.money(outlook.today()) + " to "
                    + Assumptions.money(p.rates().get(p.rates().size() - 1)) + " by year " + p.rates().size() + " under "
                    + p.side().substring(0, 1).toLowerCase() + p.side().substring(1) + ".").toList();
        }
    }
}
