package org.parley.communication.internal;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Optional;
import org.parley.account.Viewer;
import org.parley.communication.NewUpdate;
import org.parley.communication.Update;
import org.parley.communication.Updates;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.Postbox;
import org.parley.platform.TypedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labor team's updates: draft from the record, edit, preview, publish, follow the delivery. Members read them. */
@Controller
class UpdatePages {

    private final UpdateService updates;
    private final Negotiations negotiations;
    private final Postbox postbox;

    UpdatePages(UpdateService updates, Negotiations negotiations, Postbox postbox) {
        this.updates = updates;
        this.negotiations = negotiations;
        this.postbox = postbox;
    }

    @GetMapping("/negotiations/{id}/updates")
    String list(Viewer viewer, @PathVariable long id, Model model) {
        TeamRules.requireWriter(viewer);
        model.addAttribute("negotiation", negotiations.get(viewer, id));
        model.addAttribute("tables", negotiations.tables(viewer, id));
        if (!model.containsAttribute("tableId")) {
            model.addAttribute("tableId", updates.lastMetTable(viewer, id).orElse(null));
        }
        model.addAttribute("updates", updates.ofNegotiation(viewer, id));
        model.addAttribute("mail", postbox.whereMailGoesFor(viewer.isAdmin()));
        model.addAttribute("smtp", postbox.smtp());
        return "communication/updates";
    }

    @PostMapping("/negotiations/{id}/updates/draft")
    String draft(Viewer viewer, @PathVariable long id, @RequestParam long tableId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        try {
            LocalDate first = TypedInput.date(from, "from", "first day");
            LocalDate last = TypedInput.date(to, "to", "last day");
            UpdateDraft draft = updates.draftOf(viewer, tableId, first, last);
            Update created = updates.create(viewer, new NewUpdate(id, tableId, draft.title(), draft.markdown(), Audience.MEMBERS));
            return "redirect:/updates/" + created.id();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("tableId", tableId);
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return list(viewer, id, model);
        }
    }

    @GetMapping("/updates/{id}")
    String page(Viewer viewer, @PathVariable long id, Model model) {
        Update update = updates.get(viewer, id);
        boolean writer = viewer.onTeam() && viewer.canSee(Audience.LABOR);
        model.addAttribute("u", update);
        model.addAttribute("negotiation", negotiations.get(viewer, update.negotiationId()));
        model.addAttribute("html", updates.html(update.markdown()));
        model.addAttribute("writer", writer);
        if (writer && update.published()) {
            model.addAttribute("report", updates.delivery(viewer, id));
            model.addAttribute("errors", updates.deliveryErrors(viewer, id));
            model.addAttribute("feedback", updates.feedback(viewer, id));
        }
        model.addAttribute("mail", postbox.whereMailGoesFor(viewer.isAdmin()));
        if (!model.containsAttribute("title")) {
            model.addAttribute("title", update.title());
            model.addAttribute("markdown", update.markdown());
            model.addAttribute("audience", update.audience().name());
        }
        return "communication/update";
    }

    @PostMapping("/updates/{id}")
    String save(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String markdown, @RequestParam(required = false) String audience,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        try {
            Audience chosen = audience == null || audience.isBlank() ? null : Audience.valueOf(audience);
            updates.edit(viewer, id, title, markdown, chosen);
            if ("publish".equals(action)) {
                updates.publish(viewer, id);
                redirect.addFlashAttribute("notice", "Published. The e-mails are being sent in the background.");
            } else {
                redirect.addFlashAttribute("notice", "Draft saved.");
            }
            return "redirect:/updates/" + id;
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("title", title);
            model.addAttribute("markdown", markdown);
            model.addAttribute("audience", audience);
            return page(viewer, id, model);
        }
    }

    /** Publishing an already published update changes nothing: the button is safe to press twice. */
    @PostMapping("/updates/{id}/publish")
    String publish(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        try {
            updates.publish(viewer, id);
            redirect.addFlashAttribute("notice", "Published. The e-mails are being sent in the background.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/updates/" + id;
    }

    @PostMapping("/updates/{id}/preview")
    String preview(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String markdown, Model model) {
        updates.get(viewer, id);
        model.addAttribute("html", updates.html(markdown));
        return "communication/update :: preview";
    }

    /** The delivery report alone, for htmx to poll while e-mails are queued. */
    @GetMapping("/updates/{id}/delivery")
    String delivery(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("u", updates.get(viewer, id));
        model.addAttribute("report", updates.delivery(viewer, id));
        model.addAttribute("errors", updates.deliveryErrors(viewer, id));
        return "communication/update :: delivery";
    }

    @PostMapping("/updates/{id}/helpful")
    String helpful(Viewer viewer, @PathVariable long id, @RequestParam boolean helpful, RedirectAttributes redirect) {
        updates.answer(viewer, id, helpful);
        redirect.addFlashAttribute("notice", "Thank you for your answer.");
        return "redirect:/updates/" + id;
    }

    // --- public ---

    @GetMapping("/public/updates/{id}")
    String publicPage(@PathVariable long id, Model model) {
        Update update = updates.getPublic(id);
        model.addAttribute("u", update);
        model.addAttribute("html", updates.html(update.markdown()));
        return "communication/public-update";
    }

    @PostMapping("/public/updates/{id}/helpful")
    String publicHelpful(@PathVariable long id, @RequestParam boolean helpful, java.util.Optional<Viewer> viewer,
            HttpSession session, jakarta.servlet.http.HttpServletRequest request, Model model) {
        updates.getPublic(id);
        try {
            if (viewer.isPresent()) {
                updates.answer(viewer.get(), id, helpful); // a signed-in member counts once, whichever page they answer on
            } else {
                // getRemoteAddr is the client's address behind a trusted proxy only (server.tomcat.remoteip).
                updates.answerAnonymously(id, session.getId(), request.getRemoteAddr(), helpful);
            }
            model.addAttribute("notice", "Thank you for your answer.");
        } catch (ParleyException e) {
            model.addAttribute("notice", e.getMessage());
        }
        return publicPage(id, model);
    }

}
