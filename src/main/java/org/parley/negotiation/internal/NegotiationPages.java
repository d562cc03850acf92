package org.parley.negotiation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.contract.Contracts;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationChanges;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.NewNegotiation;
import org.parley.negotiation.TableKind;
import org.parley.negotiation.TeamMember;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.platform.TypedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to set up negotiations, their tables and teams. */
@Controller
class NegotiationPages {

    /** What the person typed, kept as text so that a refused form comes back exactly as it was. */
    record NegotiationForm(String name, String unionName, String employerName, String baseAgreementName,
                           Long baseAgreementId, String expirationDate, String timeZone, String unitName, String memberCount) {

        static NegotiationForm empty(ZoneId zone) {
            return new NegotiationForm("", "", "", "", null, "", zone.getId(), "", "");
        }

        static NegotiationForm of(Negotiation n) {
            return new NegotiationForm(n.name(), n.unionName(), n.employerName(), n.baseAgreementName(), n.baseAgreementId(),
                    n.expirationDate().toString(), n.timeZone().getId(), "", "");
        }

        LocalDate expiration() {
            return TypedInput.date(expirationDate, "expiration date");
        }

        Integer members() {
            return TypedInput.wholeNumber(memberCount, "number of members");
        }
    }

    private final Negotiations negotiations;
    private final Contracts contracts;
    private final Clock clock;

    NegotiationPages(Negotiations negotiations, Contracts contracts, Clock clock) {
        this.negotiations = negotiations;
        this.contracts = contracts;
        this.clock = clock;
    }

    @GetMapping("/negotiations")
    String list(Viewer viewer, Model model) {
        List<Negotiation> all = negotiations.list(viewer);
        Map<Negotiation, String> countdowns = new LinkedHashMap<>();
        for (Negotiation n : all) {
            countdowns.put(n, negotiations.countdown(n.id(), clock.instant()).phrase());
        }
        model.addAttribute("countdowns", countdowns);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NegotiationForm.empty(clock.getZone()));
        }
        model.addAttribute("canSetUp", viewer.onTeam() || viewer.isAdmin());
        model.addAttribute("agreements", viewer.canSee(org.parley.platform.Audience.TABLE) ? contracts.list(viewer) : List.of());
        return "negotiation/list";
    }

    @PostMapping("/negotiations")
    String create(Viewer viewer, NegotiationForm form, Model model) {
        try {
            List<NewNegotiation.NewUnit> units = form.unitName() == null || form.unitName().isBlank() ? List.of()
                    : List.of(new NewNegotiation.NewUnit(form.unitName(), form.members()));
            Negotiation created = negotiations.create(viewer, new NewNegotiation(form.name(), form.unionName(),
                    form.employerName(), form.baseAgreementName(), form.baseAgreementId(), form.expiration(), form.timeZone(), units));
            return "redirect:/negotiations/" + created.id() + "/setup";
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", form);
            return list(viewer, model);
        }
    }

    @GetMapping("/negotiations/{id}/setup")
    String setup(Viewer viewer, @PathVariable long id, Model model) {
        Negotiation negotiation = negotiations.get(viewer, id);
        List<BargainingTable> tables = negotiations.tables(viewer, id);
        Map<BargainingTable, List<TeamMember>> teams = new LinkedHashMap<>();
        for (BargainingTable table : tables) {
            teams.put(table, negotiations.team(viewer, table.id()));
        }
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("teams", teams);
        model.addAttribute("agreements", contracts.list(viewer));
        model.addAttribute("kinds", TableKind.values());
        model.addAttribute("sides", Side.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NegotiationForm.of(negotiation));
        }
        return "negotiation/setup";
    }

    @PostMapping("/negotiations/{id}")
    String update(Viewer viewer, @PathVariable long id, NegotiationForm form, Model model, RedirectAttributes redirect) {
        try {
            negotiations.update(viewer, id, new NegotiationChanges(form.name(), form.unionName(), form.employerName(),
                    form.baseAgreementName(), form.baseAgreementId(), form.expiration(), form.timeZone()));
            redirect.addFlashAttribute("notice", "Negotiation saved.");
            return "redirect:/negotiations/" + id + "/setup";
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", form);
            return setup(viewer, id, model);
        }
    }

    @PostMapping("/negotiations/{id}/tables")
    String addTable(Viewer viewer, @PathVariable long id, @RequestParam String name,
            @RequestParam(required = false) TableKind kind, RedirectAttributes redirect) {
        try {
            negotiations.addTable(viewer, id, name, kind);
            redirect.addFlashAttribute("notice", "Table added.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("tableName", name);
        }
        return "redirect:/negotiations/" + id + "/setup";
    }

    @PostMapping("/tables/{tableId}/team")
    String addTeamMember(Viewer viewer, @PathVariable long tableId, @RequestParam(required = false) Side side,
            @RequestParam String name, @RequestParam(required = false) String title, RedirectAttributes redirect) {
        BargainingTable table = negotiations.table(viewer, tableId);
        try {
            negotiations.addTeamMember(viewer, tableId, side, name, title);
            redirect.addFlashAttribute("notice", name.strip() + " added to the " + (side == null ? "" : side.label().toLowerCase()) + " team.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/negotiations/" + table.negotiationId() + "/setup#table-" + tableId;
    }

    @PostMapping("/tables/{tableId}/team/{memberId}/remove")
    String removeTeamMember(Viewer viewer, @PathVariable long tableId, @PathVariable long memberId, RedirectAttributes redirect) {
        BargainingTable table = negotiations.table(viewer, tableId);
        negotiations.removeTeamMember(viewer, tableId, memberId);
        redirect.addFlashAttribute("notice", "Team member removed.");
        return "redirect:/negotiations/" + table.negotiationId() + "/setup#table-" + tableId;
    }
}
