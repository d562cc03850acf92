package org.parley.member.internal;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.parley.account.Viewer;
import org.parley.member.NewPetition;
import org.parley.member.PetitionKind;
import org.parley.member.Petitions;
import org.parley.member.Roster;
import org.parley.member.RosterImport;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.TypedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labor team's members page: roster import with a preview, the roster, petitions. */
@Controller
class RosterPages {

    /** The petition form as typed. */
    record PetitionForm(String kind, String title, String text, String goal, String audience, String deadline) {

        static PetitionForm empty() {
            return new PetitionForm(PetitionKind.PETITION.name(), "", "", "", Audience.MEMBERS.name(), "");
        }
    }

    private static final String PENDING = "parley.pendingRoster.";

    private final Roster roster;
    private final Petitions petitions;
    private final Negotiations negotiations;

    RosterPages(Roster roster, Petitions petitions, Negotiations negotiations) {
        this.roster = roster;
        this.petitions = petitions;
        this.negotiations = negotiations;
    }

    @GetMapping("/negotiations/{id}/members")
    String page(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String q, Model model) {
        UnionSide.require(viewer);
        model.addAttribute("negotiation", negotiations.get(viewer, id));
        model.addAttribute("counts", roster.counts(viewer, id));
        model.addAttribute("q", q);
        model.addAttribute("members", roster.members(viewer, id, q, 100));
        model.addAttribute("petitions", petitions.ofNegotiation(viewer, id));
        model.addAttribute("kinds", PetitionKind.values());
        if (!model.containsAttribute("petitionForm")) {
            model.addAttribute("petitionForm", PetitionForm.empty());
        }
        return "member/roster";
    }

    @PostMapping("/negotiations/{id}/roster")
    String preview(Viewer viewer, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
            HttpSession session, Model model) throws IOException {
        try {
            MemberApi.requireFile(file);
            String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
            RosterImport preview = roster.importCsv(viewer, id, csv, true);
            String key = UUID.randomUUID().toString();
            session.setAttribute(PENDING + key, csv);
            model.addAttribute("preview", preview);
            model.addAttribute("pending", key);
            model.addAttribute("filename", file.getOriginalFilename());
        } catch (ParleyException e) {
            FormErrors.show(model, e.about("file"));
        }
        return page(viewer, id, null, model);
    }

    @PostMapping("/negotiations/{id}/roster/confirm")
    String save(Viewer viewer, @PathVariable long id, @RequestParam String pending, HttpSession session,
            RedirectAttributes redirect) {
        Object csv = session.getAttribute(PENDING + pending);
        if (!(csv instanceof String text)) {
            redirect.addFlashAttribute("error", "That preview is no longer available; choose the file again.");
            return "redirect:/negotiations/" + id + "/members";
        }
        try {
            RosterImport done = roster.importCsv(viewer, id, text, false);
            session.removeAttribute(PENDING + pending);
            redirect.addFlashAttribute("notice", "Roster imported: " + done.added() + " added, " + done.updated()
                    + " updated, " + done.inactivated() + " made inactive, " + done.unchanged() + " unchanged"
                    + (done.problems().isEmpty() ? "." : "; " + done.problems().size() + " rows with problems were left out."));
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/negotiations/" + id + "/members";
    }

    @PostMapping("/negotiations/{id}/petitions")
    String createPetition(Viewer viewer, @PathVariable long id, PetitionForm form, Model model, RedirectAttributes redirect) {
        try {
            var created = petitions.create(viewer, new NewPetition(id,
                    form.kind() == null || form.kind().isBlank() ? null : PetitionKind.valueOf(form.kind()),
                    form.title(), form.text(), TypedInput.wholeNumber(form.goal(), "goal", "goal (signatures)"),
                    form.audience() == null || form.audience().isBlank() ? null : Audience.valueOf(form.audience()),
                    TypedInput.date(form.deadline(), "deadline", "last day to sign")));
            redirect.addFlashAttribute("notice", created.kind().label() + " started.");
            return "redirect:/petitions/" + created.id();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("petitionRefused", true);
            model.addAttribute("petitionForm", form);
            return page(viewer, id, null, model);
        }
    }
}
