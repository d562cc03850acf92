package org.parley.proposal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.proposal.Draft;
import org.parley.proposal.NewDraft;
import org.parley.proposal.NewPackage;
import org.parley.proposal.ProposalPackage;
import org.parley.proposal.Proposals;
import org.parley.proposal.VersionRedline;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Drafts and packages")
class DraftApi {

    record PassRequest(Long sessionId, LocalDate passedOn) {
    }

    record AcceptanceRequest(LocalDate date, String laborInitials, String managementInitials) {
    }

    record RejectionRequest(LocalDate date) {
    }

    private final Proposals proposals;

    DraftApi(Proposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/tables/{tableId}/drafts")
    @Operation(summary = "Your side's unpassed drafts at a table; the other side never sees them")
    List<Draft> drafts(Viewer viewer, @PathVariable long tableId) {
        return proposals.drafts(viewer, tableId);
    }

    @PostMapping("/tables/{tableId}/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a draft: a counter on threadId, or a new subject with title and article")
    Draft saveDraft(Viewer viewer, @PathVariable long tableId, @RequestBody NewDraft draft) {
        return proposals.saveDraft(viewer, tableId, draft);
    }

    @GetMapping("/drafts/{id}")
    Draft draft(Viewer viewer, @PathVariable long id) {
        return proposals.draft(viewer, id);
    }

    @PutMapping("/drafts/{id}")
    Draft updateDraft(Viewer viewer, @PathVariable long id, @RequestBody NewDraft draft) {
        return proposals.updateDraft(viewer, id, draft);
    }

    @DeleteMapping("/drafts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(Viewer viewer, @PathVariable long id) {
        proposals.discardDraft(viewer, id);
    }

    @GetMapping("/drafts/{id}/redline")
    @Operation(summary = "A draft's redline against the base agreement, before it is passed")
    VersionRedline draftRedline(Viewer viewer, @PathVariable long id) {
        return proposals.draftRedline(viewer, id);
    }

    @PostMapping("/drafts/{id}/pass")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Pass a draft across the table at a session; it becomes a version")
    ProposalApi.VersionResponse pass(Viewer viewer, @PathVariable long id, @RequestBody PassRequest request) {
        var version = proposals.passDraft(viewer, id, org.parley.platform.ParleyException.require(request.sessionId(),
                "The session at which it was passed (sessionId)"), request.passedOn());
        return ProposalApi.VersionResponse.of(version, proposals.thread(viewer, version.threadId()).counterTo(version));
    }

    @GetMapping("/tables/{tableId}/packages")
    List<ProposalPackage> packages(Viewer viewer, @PathVariable long tableId) {
        return proposals.packages(viewer, tableId);
    }

    @PostMapping("/tables/{tableId}/packages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Pass several threads together as one offer")
    ProposalPackage passPackage(Viewer viewer, @PathVariable long tableId, @RequestBody NewPackage request) {
        return proposals.passPackage(viewer, tableId, request);
    }

    @GetMapping("/packages/{id}")
    ProposalPackage proposalPackage(Viewer viewer, @PathVariable long id) {
        return proposals.proposalPackage(viewer, id);
    }

    @PostMapping("/packages/{id}/acceptance")
    @Operation(summary = "Accept a package whole: a TA on every thread in it")
    ProposalPackage accept(Viewer viewer, @PathVariable long id, @RequestBody AcceptanceRequest request) {
        return proposals.acceptPackage(viewer, id, request.date(), request.laborInitials(), request.managementInitials());
    }

    @PostMapping("/packages/{id}/rejection")
    @Operation(summary = "Reject a package whole; its threads stay on the table")
    ProposalPackage reject(Viewer viewer, @PathVariable long id, @RequestBody(required = false) RejectionRequest request) {
        return proposals.rejectPackage(viewer, id, request == null ? null : request.date());
    }
}
