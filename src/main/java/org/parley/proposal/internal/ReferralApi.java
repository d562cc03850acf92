package org.parley.proposal.internal;

import org.parley.platform.FormErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.proposal.Referral;
import org.parley.proposal.Referrals;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referring threads between tables: the JSON API and the thread page's form. */
@Controller
@Tag(name = "Threads and proposals")
class ReferralApi {

    record ReferralRequest(Long toTableId, String reason, LocalDate date) {
    }

    private final Referrals referrals;

    ReferralApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/api/threads/{id}/referrals")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a thread to another table of its negotiation (local ↔ national); it keeps one history")
    Referral refer(Viewer viewer, @PathVariable long id, @RequestBody ReferralRequest request) {
        long to = org.parley.platform.ParleyException.require(request.toTableId(), "The table it is referred to (toTableId)");
        return referrals.refer(viewer, id, to, request.reason(), request.date());
    }

    @GetMapping("/api/threads/{id}/referrals")
    @ResponseBody
    List<Referral> ofThread(Viewer viewer, @PathVariable long id) {
        return referrals.ofThread(viewer, id);
    }

    @GetMapping("/api/tables/{tableId}/referred-away")
    @ResponseBody
    @Operation(summary = "Threads referred away from this table, and where each lives now")
    List<Referral> referredAway(Viewer viewer, @PathVariable long tableId) {
        return referrals.referredAway(viewer, tableId);
    }

    @PostMapping("/threads/{id}/referrals")
    String referPage(Viewer viewer, @PathVariable long id, @RequestParam long toTableId, @RequestParam String reason,
            RedirectAttributes redirect) {
        try {
            Referral referral = referrals.refer(viewer, id, toTableId, reason, null);
            redirect.addFlashAttribute("notice", "Referred to " + referral.toTable() + "; the thread lives there now.");
        } catch (org.parley.platform.ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("referralReason", reason);
        }
        return "redirect:/threads/" + id + "#referrals";
    }
}
