package org.parley.audit.internal;

import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.platform.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AuditPage {

    private final AuditTrail trail;

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/negotiations/{id}/audit")
    String page(Viewer viewer, @PathVariable long id, Model model) {
        viewer.requireSee(Audience.TABLE);
        model.addAttribute("negotiationId", id);
        model.addAttribute("utc", java.time.ZoneOffset.UTC);
        model.addAttribute("entries", trail.ofNegotiation(viewer, id, 500));
        return "audit/trail";
    }
}
