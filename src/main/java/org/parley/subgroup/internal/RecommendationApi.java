package org.parley.subgroup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.proposal.VersionRedline;
import org.parley.subgroup.ApprovedRecommendation;
import org.parley.subgroup.NewRecommendation;
import org.parley.subgroup.Recommendation;
import org.parley.subgroup.Recommendations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Recommendations")
class RecommendationApi {

    record ReportRequest(long sessionId) {
    }

    record SendBackRequest(String reason) {
    }

    record ApprovalRequest(List<Long> recommendationIds, LocalDate date, String laborInitials, String managementInitials) {
    }

    /** @param id the TA's id (its number) */
    record ApprovedTa(long id, long recommendationId, long threadId, String title, String subgroup, LocalDate signedOn,
                      String laborInitials, String managementInitials) {

        static ApprovedTa of(ApprovedRecommendation a) {
            return new ApprovedTa(a.tentativeAgreementId(), a.recommendationId(), a.threadId(), a.title(), a.subgroup(), a.signedOn(),
                    a.laborInitials(), a.managementInitials());
        }
    }

    record ApprovalResponse(List<ApprovedTa> tentativeAgreements) {
    }

    private final Recommendations recommendations;

    RecommendationApi(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @PostMapping("/subgroups/{id}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a recommendation from an option that reached consensus: a commitment, or contract language (changes)")
    Recommendation draft(Viewer viewer, @PathVariable long id, @RequestBody NewRecommendation request) {
        return recommendations.draft(viewer, id, request);
    }

    @GetMapping("/subgroups/{id}/recommendations")
    List<Recommendation> ofSubgroup(Viewer viewer, @PathVariable long id) {
        return recommendations.ofSubgroup(viewer, id);
    }

    @GetMapping("/tables/{tableId}/recommendations")
    List<Recommendation> ofTable(Viewer viewer, @PathVariable long tableId) {
        return recommendations.ofTable(viewer, tableId);
    }

    @GetMapping("/recommendations/{id}")
    Recommendation get(Viewer viewer, @PathVariable long id) {
        return recommendations.get(viewer, id);
    }

    @GetMapping("/recommendations/{id}/redline")
    @Operation(summary = "A recommendation's contract language redlined against the base agreement")
    VersionRedline redline(Viewer viewer, @PathVariable long id) {
        return recommendations.redline(viewer, id);
    }

    @PostMapping("/recommendations/{id}/report")
    @Operation(summary = "Report a recommendation to the full table at a check-in (a session of the table)")
    Recommendation report(Viewer viewer, @PathVariable long id, @RequestBody ReportRequest request) {
        return recommendations.report(viewer, id, request.sessionId());
    }

    @PostMapping("/recommendations/{id}/send-back")
    @Operation(summary = "The full table sends a recommendation back to its subgroup with a reason")
    Recommendation sendBack(Viewer viewer, @PathVariable long id, @RequestBody SendBackRequest request) {
        return recommendations.sendBack(viewer, id, request.reason());
    }

    @PostMapping("/tables/{tableId}/recommendation-approvals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The full table approves a batch of recommendations as TAs in one act; all or nothing (409 naming any refused)")
    ApprovalResponse approve(Viewer viewer, @PathVariable long tableId, @RequestBody ApprovalRequest request) {
        return new ApprovalResponse(recommendations.approve(viewer, tableId, request.recommendationIds(), request.date(),
                request.laborInitials(), request.managementInitials()).stream().map(ApprovedTa::of).toList());
    }
}
