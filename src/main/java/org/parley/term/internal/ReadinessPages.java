package org.parley.term.internal;

import java.util.List;
import org.parley.account.Viewer;
import org.parley.negotiation.Negotiations;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.term.NewPicketShift;
import org.parley.term.PicketShift;
import org.parley.term.Readiness;
import org.parley.term.StrikeReadiness;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organizer's strike readiness page, picket shifts (labor), and members' sign-ups on their phone; and their API. */
@Controller
class ReadinessPages {

    record ShiftForm(String location, String startsAt, String endsAt, String captain, String slots, String note) {
        static ShiftForm empty() {
            return new ShiftForm("", "", "", "", "10", "");
        }
    }

    private final StrikeReadiness readiness;
    private final Negotiations negotiations;

    ReadinessPages(StrikeReadiness readiness, Negotiations negotiations) {
        this.readiness = readiness;
        this.negotiations = negotiations;
    }

    @GetMapping("/negotiations/{id}/strike-readiness")
    String page(Viewer viewer, @PathVariable long id, Model model) {
        Readiness figures = readiness.readiness(viewer, id);
        model.addAttribute("negotiation", negotiations.get(viewer, id));
        model.addAttribute("readiness", figures);
        model.addAttribute("chart", ReadinessChart.of(figures));
        if (!model.containsAttribute("shiftForm")) {
            model.addAttribute("shiftForm", ShiftForm.empty());
        }
        return "term/strike-readiness";
    }

    @PostMapping("/negotiations/{id}/picket-shifts")
    String addShift(Viewer viewer, @PathVariable long id, ShiftForm form, Model model, RedirectAttributes redirect) {
        try {
            readiness.addShift(viewer, id, new NewPicketShift(form.location(), form.startsAt(), form.endsAt(), form.captain(),
                    org.parley.platform.TypedInput.wholeNumber(form.slots(), "number of places"), form.note()));
            redirect.addFlashAttribute("notice", "The shift is added; members can sign up on their phone.");
            return "redirect:/negotiations/" + id + "/strike-readiness#shifts";
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("shiftForm", form);
            return page(viewer, id, model);
        }
    }

    /** The members' page: the shifts of their negotiation, one tap to sign up or cancel. */
    @GetMapping("/member/negotiations/{id}/picket-shifts")
    String memberShifts(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("negotiation", negotiations.get(viewer, id));
        model.addAttribute("shifts", readiness.shifts(viewer, id));
        return "term/picket-shifts";
    }

    @PostMapping("/member/picket-shifts/{shiftId}")
    String memberSignUp(Viewer viewer, @PathVariable long shiftId, @org.springframework.web.bind.annotation.RequestParam long negotiationId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String cancel, RedirectAttributes redirect) {
        try {
            PicketShift shift = cancel != null ? readiness.cancel(viewer, shiftId) : readiness.signUp(viewer, shiftId);
            redirect.addFlashAttribute("notice", cancel != null ? "You are no longer signed up for " + shift.location() + "."
                    : "You are signed up for " + shift.location() + ". Thank you!");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/member/negotiations/" + negotiationId + "/picket-shifts";
    }

    // --- API ---

    @GetMapping("/api/negotiations/{id}/strike-readiness")
    @ResponseBody
    Readiness readinessApi(Viewer viewer, @PathVariable long id) {
        return readiness.readiness(viewer, id);
    }

    @GetMapping("/api/negotiations/{id}/picket-shifts")
    @ResponseBody
    List<PicketShift> shiftsApi(Viewer viewer, @PathVariable long id) {
        return readiness.shifts(viewer, id);
    }

    @PostMapping("/api/negotiations/{id}/picket-shifts")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    PicketShift addShiftApi(Viewer viewer, @PathVariable long id, @RequestBody NewPicketShift shift) {
        return readiness.addShift(viewer, id, shift);
    }

    record SignUpRequest(String memberId) {
    }

    @PostMapping("/api/picket-shifts/{shiftId}/sign-ups")
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "A member signs up (no body); the labor team signs a member up with {memberId}")
    PicketShift signUpApi(Viewer viewer, @PathVariable long shiftId, @RequestBody(required = false) SignUpRequest request) {
        return request != null && request.memberId() != null ? readiness.signUpMember(viewer, shiftId, request.memberId())
                : readiness.signUp(viewer, shiftId);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/picket-shifts/{shiftId}/sign-ups")
    @ResponseBody
    PicketShift cancelApi(Viewer viewer, @PathVariable long shiftId) {
        return readiness.cancel(viewer, shiftId);
    }
}
