package org.parley.priority.internal;

import org.parley.account.Viewer;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.priority.Priorities;
import org.parley.priority.Priority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PriorityPages {

    private final Priorities priorities;
    private final Negotiations negotiations;

    PriorityPages(Priorities priorities, Negotiations negotiations) {
        this.priorities = priorities;
        this.negotiations = negotiations;
    }

    @GetMapping("/tables/{tableId}/priorities")
    String list(Viewer viewer, @PathVariable long tableId, Model model) {
        viewer.requireTeam();
        BargainingTable table = negotiations.table(viewer, tableId);
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("priorities", priorities.ofTable(viewer, tableId));
        model.addAttribute("statuses", Priority.Status.values());
        model.addAttribute("kinds", Priority.LinkKind.values());
        return "priority/list";
    }

    @PostMapping("/tables/{tableId}/priorities")
    String add(Viewer viewer, @PathVariable long tableId, @RequestParam String title, @RequestParam(required = false) String source,
            RedirectAttributes redirect) {
        try {
            priorities.add(viewer, tableId, title, source, null);
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("priorityTitle", title);
            redirect.addFlashAttribute("prioritySource", source);
        }
        return "redirect:/tables/" + tableId + "/priorities";
    }

    @PostMapping("/priorities/{id}/answers")
    String answer(Viewer viewer, @PathVariable long id, @RequestParam long tableId, @RequestParam String text, RedirectAttributes redirect) {
        try {
            priorities.recordAnswer(viewer, id, text, null);
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("answerText", text);
        }
        return "redirect:/tables/" + tableId + "/priorities#priority-" + id;
    }

    @PostMapping("/priorities/{id}/status")
    String status(Viewer viewer, @PathVariable long id, @RequestParam long tableId, @RequestParam Priority.Status status,
            RedirectAttributes redirect) {
        try {
            priorities.changeStatus(viewer, id, status);
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/tables/" + tableId + "/priorities#priority-" + id;
    }

    @PostMapping("/priorities/{id}/links")
    String link(Viewer viewer, @PathVariable long id, @RequestParam long tableId, @RequestParam Priority.LinkKind kind,
            @RequestParam String targetId, RedirectAttributes redirect) {
        try {
            long target;
            try {
                target = Long.parseLong(targetId.strip());
            } catch (NumberFormatException e) {
                throw ParleyException.invalid("Give the number of the thread, subgroup or TA.");
            }
            priorities.link(viewer, id, kind, target);
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/tables/" + tableId + "/priorities#priority-" + id;
    }
}
